import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Database, EventMetadata, EventStore, ReactorProcessor, RecordedEvent } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE, LOGGER } from '../../../platform/database/tokens.js';
import { systemMetadata } from '../../../platform/auth/command-context.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { CustomersPublicApi } from '../../customers/public-api.js';
import { evolveInvoice, initialInvoiceState, invoiceStreamId, outstandingCents } from '../domain/invoice.decider.js';
import type { InvoiceEvent, InvoiceIssued, PixData } from '../domain/invoice.events.js';
import { BillingSettingsRepository } from '../infrastructure/billing-settings.repository.js';
import { CollectionAccountsRepository } from '../infrastructure/collection-accounts.repository.js';
import { InvoiceAggregates } from '../infrastructure/invoice-aggregates.js';
import { PixChargeFailuresRepository, type PixChargeFailure, type PixChargeOperation } from '../infrastructure/pix-charge-failures.repository.js';
import { PixPspError } from '../infrastructure/pix-psp/pix-psp.errors.js';
import type { PixCharge, PixDueChargeRevision, PixPsp } from '../infrastructure/pix-psp/pix-psp.port.js';
import { PIX_PSP } from '../infrastructure/pix-psp/pix-psp.provider.js';
import { cobvTxid, dueChargeInput, dueChargeRevision, isTransient, isTxidInUse } from './pix-due-charge.js';

export type PixChargeSync =
  | { outcome: 'created'; pix: PixData }
  | { outcome: 'due-date-changed'; txid: string; dueDate: string }
  | { outcome: 'cancelled'; txid: string }
  | { outcome: 'nothing-to-do' }
  | { outcome: 'failed'; failure: PixChargeFailure };

/** Calls to the PSP in flight at once within a batch (each invoice is independent). */
const CONCURRENCY = 4;

/**
 * Dynamic PIX through the PSP (a reactor: at-least-once, every step idempotent).
 * - InvoiceIssued on an account with pixMode `psp` → PUT /cobv/{txid} (txid derived from the invoice id,
 *   so a replay re-PUTs the same charge) → `RegisterPixCharge` on the invoice (its view, slip QR code and
 *   the webhook's txid lookup follow from the event).
 * - InvoiceCancelled → PATCH the cobv to REMOVIDA_PELO_USUARIO_RECEBEDOR.
 * - InvoiceDueDateChanged → PATCH the cobv's calendario.dataDeVencimento and valor (same txid and BR Code;
 *   the early-payment discount date moves with the due date); a cobv created after the change is created
 *   with the new date.
 * Each event is handled from the invoice's current state, not the event alone, so a late or repeated event
 * does what is still needed and nothing else. A transient PSP failure fails the batch (the runner retries it
 * with backoff); a refusal about this charge is recorded in billing_pix_charge_failures and the queue moves
 * on. Payer name and document go to the PSP only, never to logs or to the failures table.
 */
@Injectable()
export class PixChargesReactor {
  constructor(
    @Inject(PIX_PSP) private readonly psp: PixPsp | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly aggregates: InvoiceAggregates,
    private readonly accounts: CollectionAccountsRepository,
    private readonly settings: BillingSettingsRepository,
    private readonly customers: CustomersPublicApi,
    private readonly failures: PixChargeFailuresRepository,
  ) {}

  processor(): ReactorProcessor {
    return {
      kind: 'reactor',
      name: 'billing-pix-charges',
      eventTypes: ['InvoiceIssued', 'InvoiceCancelled', 'InvoiceDueDateChanged'],
      batchSize: 100,
      handle: async (events: readonly RecordedEvent[]) => {
        const work = await this.relevant(events);
        let transient: unknown;
        for (let i = 0; i < work.length; i += CONCURRENCY) {
          await Promise.all(work.slice(i, i + CONCURRENCY).map(async (e) => {
            try {
              await this.sync(e.metadata.companyId!, e.streamId.slice('invoice-'.length), systemMetadata(e.metadata.companyId!, { actorId: 'pix-charges', correlationId: e.metadata.correlationId }));
            } catch (err) {
              transient ??= err;
            }
          }));
          // the whole batch is retried by the runner; the invoices already done find nothing left to do
          if (transient) throw transient;
        }
      },
    };
  }

  /** Issued invoices of psp-mode accounts (one query per batch: most installations have none), every cancellation and due-date change. */
  private async relevant(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const issued = events.filter((e) => e.type === 'InvoiceIssued');
    const accountIds = [...new Set(issued.map((e) => (e.data as InvoiceIssued['data']).boleto?.collectionAccountId).filter((x): x is string => !!x))];
    const psp = new Set(
      accountIds.length
        ? (await this.db.query<{ id: string }>(`SELECT id FROM billing_collection_accounts WHERE id = ANY($1::text[]) AND pix_mode = 'psp'`, [accountIds])).rows.map((r) => r.id)
        : [],
    );
    return events.filter((e) => e.metadata.companyId && (e.type === 'InvoiceCancelled' || e.type === 'InvoiceDueDateChanged' || psp.has((e.data as InvoiceIssued['data']).boleto?.collectionAccountId ?? '')));
  }

  /**
   * Brings the invoice's PSP charge in line with the invoice: creates the cobv of an unpaid invoice of a psp
   * account that has none, cancels the cobv of a cancelled one, moves the cobv's due date after an alteração de
   * vencimento. Used by the reactor and the retry endpoint.
   * Throws on transient PSP failures; records and returns the others.
   */
  async sync(companyId: string, invoiceId: string, metadata: EventMetadata): Promise<PixChargeSync> {
    const r = await this.reconcileCharge(companyId, invoiceId, metadata);
    // paid, cancelled before its charge existed, account no longer psp: a recorded failure is moot
    if (r.outcome === 'nothing-to-do') await this.failures.resolve(invoiceId);
    return r;
  }

  private async reconcileCharge(companyId: string, invoiceId: string, metadata: EventMetadata): Promise<PixChargeSync> {
    const events = await this.store.readStream(invoiceStreamId(invoiceId));
    const first = events[0];
    if (first?.type !== 'InvoiceIssued') return { outcome: 'nothing-to-do' };
    const issued = first.data as InvoiceIssued['data'];
    const state = events.reduce((s, e) => evolveInvoice(s, { type: e.type, data: e.data } as InvoiceEvent), initialInvoiceState());
    const account = issued.boleto ? await this.accounts.get(companyId, issued.boleto.collectionAccountId) : null;
    const txid = cobvTxid(invoiceId);

    if (state.status === 'cancelled') {
      // also when the cobv was created but its registration lost the race with the cancellation
      if (state.pix?.kind !== 'cobv' && account?.pixMode !== 'psp') return { outcome: 'nothing-to-do' };
      return this.cancel(companyId, invoiceId, txid);
    }
    if (state.status !== 'open' && state.status !== 'partially_paid') return { outcome: 'nothing-to-do' };
    if (state.pix?.kind === 'cobv') {
      const revision = dueChargeRevision({ invoice: { ...issued, dueDate: state.dueDate }, outstandingCents: outstandingCents(state), today: saoPauloDate(new Date()) });
      return this.followDueDate(companyId, invoiceId, state.pix.txid, revision, events);
    }
    if (account?.pixMode !== 'psp') return { outcome: 'nothing-to-do' };
    const fail = async (f: Omit<PixChargeFailure, 'invoiceId' | 'operation' | 'txid'>): Promise<PixChargeSync> => this.fail(companyId, { invoiceId, operation: 'create', txid, ...f });
    if (!this.psp) return fail({ pspStatus: 0, errorType: 'urn:netprovider:pix-psp:not-configured', title: 'no PSP configured', detail: null, violations: [] });
    const input = dueChargeInput({
      invoice: { ...issued, dueDate: state.dueDate }, // after an alteração de vencimento, the new date
      outstandingCents: outstandingCents(state),
      payer: await this.customers.payer(companyId, issued.customerId),
      pixKey: account.pixKey ?? '',
      validAfterDueDays: (await this.settings.get(companyId)).pixValidAfterDueDays,
      today: saoPauloDate(new Date()),
    });
    if ('refused' in input) {
      return fail({ pspStatus: 0, errorType: 'urn:netprovider:pix-psp:refused-locally', title: input.refused, detail: null, violations: [{ property: input.property, reason: input.refused }] });
    }
    let charge: PixCharge;
    try {
      charge = await this.psp.createDueCharge(input);
    } catch (err) {
      const adopted = isTxidInUse(err) ? await this.psp.getCharge('cobv', txid).catch(() => null) : null;
      // an earlier attempt created it with data that changed since (payer renamed, settings edited): keep that charge
      if (adopted?.status === 'ATIVA') charge = adopted;
      else return this.failOrThrow(companyId, 'create', invoiceId, txid, err);
    }
    const pix: PixData = { txid: charge.txid, brCode: charge.brCode, kind: 'cobv', ...(charge.location ? { location: charge.location } : {}) };
    const r = await this.aggregates.invoices.handle(invoiceId, { type: 'RegisterPixCharge', data: { pix, at: new Date().toISOString() } }, metadata);
    await this.failures.resolve(invoiceId);
    // paid or cancelled meanwhile: the InvoiceCancelled event that follows in the log removes the charge
    if (!r.events.length && r.state.pix?.txid !== pix.txid) return { outcome: 'nothing-to-do' };
    this.logger.info({ invoiceId, txid }, 'pix cobv registered');
    return { outcome: 'created', pix };
  }

  /**
   * A cobv registered before the invoice's last alteração de vencimento is moved to the new date, its discount
   * date with it (PATCH; the same revision again is harmless, so a replayed event or a retry just repeats it).
   * Static BR Codes carry no date.
   */
  private async followDueDate(companyId: string, invoiceId: string, txid: string, revision: PixDueChargeRevision, events: readonly RecordedEvent[]): Promise<PixChargeSync> {
    const lastRegistration = events.findLastIndex((e) => e.type === 'InvoicePixChargeRegistered');
    const lastChange = events.findLastIndex((e) => e.type === 'InvoiceDueDateChanged');
    if (lastChange < lastRegistration) return { outcome: 'nothing-to-do' };
    if (!this.psp) return this.fail(companyId, { invoiceId, operation: 'change-due-date', txid, pspStatus: 0, errorType: 'urn:netprovider:pix-psp:not-configured', title: 'no PSP configured', detail: null, violations: [] });
    try {
      await this.psp.reviseDueCharge(txid, revision);
    } catch (err) {
      return this.failOrThrow(companyId, 'change-due-date', invoiceId, txid, err);
    }
    await this.failures.resolve(invoiceId);
    this.logger.info({ invoiceId, txid }, 'pix cobv due date changed');
    return { outcome: 'due-date-changed', txid, dueDate: revision.dueDate };
  }

  private async cancel(companyId: string, invoiceId: string, txid: string): Promise<PixChargeSync> {
    if (!this.psp) return this.fail(companyId, { invoiceId, operation: 'cancel', txid, pspStatus: 0, errorType: 'urn:netprovider:pix-psp:not-configured', title: 'no PSP configured', detail: null, violations: [] });
    try {
      await this.psp.cancelCharge('cobv', txid);
    } catch (err) {
      if (!(err instanceof PixPspError) || isTransient(err)) throw err;
      if (err.status === 404) return { outcome: 'nothing-to-do' }; // never created
      // a repeated PATCH (lost answer, replayed event) finds it no longer ATIVA: read what it is
      const now = err.status === 400 ? await this.psp.getCharge('cobv', txid).catch(() => null) : null;
      if (now?.status !== 'REMOVIDA_PELO_USUARIO_RECEBEDOR' && now?.status !== 'REMOVIDA_PELO_PSP') return this.failOrThrow(companyId, 'cancel', invoiceId, txid, err);
    }
    await this.failures.resolve(invoiceId);
    this.logger.info({ invoiceId, txid }, 'pix cobv removed');
    return { outcome: 'cancelled', txid };
  }

  private async failOrThrow(companyId: string, operation: PixChargeOperation, invoiceId: string, txid: string, err: unknown): Promise<PixChargeSync> {
    if (!(err instanceof PixPspError) || isTransient(err)) throw err;
    return this.fail(companyId, {
      invoiceId, operation, txid, pspStatus: err.status, errorType: err.type, title: err.title, detail: err.detail ?? null,
      violations: err.violations.map((v) => ({ property: v.property ?? null, reason: v.reason })),
    });
  }

  private async fail(companyId: string, f: PixChargeFailure): Promise<PixChargeSync> {
    await this.failures.record(companyId, f);
    this.logger.warn({ invoiceId: f.invoiceId, txid: f.txid, operation: f.operation, pspStatus: f.pspStatus, errorType: f.errorType }, 'pix charge failed; recorded for retry');
    return { outcome: 'failed', failure: f };
  }
}
