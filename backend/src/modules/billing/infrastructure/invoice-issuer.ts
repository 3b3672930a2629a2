import { Inject, Injectable } from '@nestjs/common';
import { pix } from '@netprovider/cobranca';
import type { EventMetadata, EventStore, NewEvent, StreamAppend, Transaction } from '@netprovider/event-store';
import { EVENT_STORE } from '../../../platform/database/tokens.js';
import { makeBoleto, nossoNumeroCapacity } from '../domain/collection-account.js';
import { DomainError } from '../domain/domain-error.js';
import { decideInvoice, evolveInvoice, initialInvoiceState, invoiceStreamId, type InvoiceCommand } from '../domain/invoice.decider.js';
import type { InvoiceEvent, InvoiceItem, PixData } from '../domain/invoice.events.js';
import { BillingSettingsRepository } from './billing-settings.repository.js';
import { allocateInvoiceNumbers, CollectionAccountsRepository, type CollectionAccountRecord } from './collection-accounts.repository.js';

export interface InvoiceDraft {
  invoiceId: string;
  customerId: string;
  contractId: string | null;
  competence: string | null;
  runId: string | null;
  dueDate: string;
  items: InvoiceItem[];
  totalCents: number;
}

/** A static BR Code carrying the amount and a txid derived from the invoice id (≤ 25 alphanumerics). */
export function staticPix(account: CollectionAccountRecord, invoiceId: string, amountCents: number): PixData | null {
  if (account.pixMode !== 'static' || !account.pixKey) return null;
  const txid = invoiceId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 25);
  const brCode = pix.build({ key: account.pixKey, merchantName: account.beneficiaryName.slice(0, 25), merchantCity: account.pixMerchantCity.slice(0, 15), amountCents, txid });
  return { txid, brCode, kind: 'static' };
}

/**
 * Issues invoices inside the caller's transaction: invoice numbers and nosso números are allocated there
 * (gap-free, never reused), each invoice is a new stream (`no_stream`: a second issue of the same id fails
 * the whole batch instead of duplicating), and a customer's credit (earlier overpayment) is applied at once
 * as a payment. Either the whole batch commits or nothing does.
 */
@Injectable()
export class InvoiceIssuer {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accounts: CollectionAccountsRepository,
    private readonly settings: BillingSettingsRepository,
  ) {}

  async issue(tx: Transaction, companyId: string, drafts: readonly InvoiceDraft[], metadata: EventMetadata, issuedOn: string, at: string): Promise<void> {
    if (!drafts.length) return;
    const account = await this.accounts.defaultFor(companyId, tx);
    if (!account) throw new DomainError('billing.no-collection-account', {}, 'No active collection account: register one before issuing invoices.');
    const { rules } = await this.settings.get(companyId, tx);
    const firstNumber = await allocateInvoiceNumbers(tx, companyId, drafts.length);
    const firstNossoNumero = await this.accounts.allocateNossoNumeros(tx, account.id, drafts.length);
    if (firstNossoNumero + drafts.length - 1 > nossoNumeroCapacity(account)) {
      throw new DomainError('billing.nosso-numero-exhausted', { accountId: account.id }, `Collection account ${account.name} has used every nosso número its bank allows.`);
    }
    const customerIds = [...new Set(drafts.map((d) => d.customerId))];
    const credits = new Map<string, number>();
    const r = await tx.query<{ customer_id: string; balance_cents: string | number }>(
      'SELECT customer_id, balance_cents FROM billing_customer_credits WHERE company_id = $1 AND customer_id = ANY($2::text[]) AND balance_cents > 0 FOR UPDATE',
      [companyId, customerIds],
    );
    for (const row of r.rows) credits.set(row.customer_id, Number(row.balance_cents));

    const appends: StreamAppend[] = drafts.map((d, i) => {
      const commands: InvoiceCommand[] = [{
        type: 'IssueInvoice',
        data: {
          invoiceId: d.invoiceId, number: firstNumber + i, customerId: d.customerId, contractId: d.contractId, competence: d.competence, runId: d.runId,
          issuedOn, dueDate: d.dueDate, items: d.items, totalCents: d.totalCents, rules,
          boleto: makeBoleto(account, firstNossoNumero + i, d.dueDate, d.totalCents), pix: staticPix(account, d.invoiceId, d.totalCents), at,
        },
      }];
      const credit = Math.min(credits.get(d.customerId) ?? 0, d.totalCents);
      if (credit > 0) {
        credits.set(d.customerId, (credits.get(d.customerId) ?? 0) - credit);
        commands.push({
          type: 'RecordPayment',
          data: {
            paymentId: `${d.invoiceId}:credit`, method: 'credit', amountCents: credit, chargesCents: { fineCents: 0, interestCents: 0 }, paidOn: issuedOn,
            source: { kind: 'credit', reference: 'saldo de crédito do cliente' }, receivedBy: null, at,
          },
        });
      }
      let state = initialInvoiceState();
      const events: InvoiceEvent[] = [];
      for (const c of commands) {
        const produced = decideInvoice(c, state);
        for (const e of produced) state = evolveInvoice(state, e);
        events.push(...produced);
      }
      return { streamId: invoiceStreamId(d.invoiceId), events: events as unknown as NewEvent[], expectedVersion: 'no_stream' as const };
    });
    await this.store.appendMany(appends, { tx, metadata });
  }
}
