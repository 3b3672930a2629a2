import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Database, EventMetadata, NewEvent, RecordedEvent, StreamAppend, Transaction } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../../platform/database/tokens.js';
import type { EventStore } from '@netprovider/event-store';
import { daysBetween, saoPauloDate } from '../../../shared-kernel/business-date.js';
import { DomainError } from '../domain/domain-error.js';
import {
  BillingSettingsRepository, decideInvoice, evolveInvoice, initialInvoiceState, InvoiceIssuer, invoiceStreamId, lateCharges, outstandingCents,
  type InvoiceCommand, type InvoiceDraft, type InvoiceEvent, type InvoiceState,
} from '../infrastructure/billing.gateway.js';
import { agreementStreamId, decideAgreement, evolveAgreement, initialAgreementState, type AgreementCommand, type AgreementState } from './agreement.decider.js';
import type { AgreementBroken, AgreementCompleted, AgreementDebt, AgreementEvent, AgreementMade } from './agreement.events.js';
import { planAgreement, reopenOnBreak } from './agreement-plan.js';

/** Default: an agreement breaks when an instalment is 30 days past due (PUT /api/v1/finance/settings changes it). */
export const DEFAULT_AGREEMENT_BREAK_DAYS = 30;

export interface AgreementRequest {
  customerId: string;
  invoiceIds: string[];
  date?: string;
  waiveCharges?: boolean;
  downPaymentCents: number;
  instalments: number;
  dueDay: number;
}

/** An agreement as listed: its terms, and how it ended (broken or completed) once it did. */
export interface AgreementView {
  id: string;
  customerId: string;
  date: string;
  status: 'active' | 'broken' | 'completed';
  totalCents: number;
  terms: AgreementMade['data'];
  outcome: AgreementBroken['data'] | AgreementCompleted['data'] | null;
}

/** One evaluation of the company's active agreements on a date. */
export interface AgreementEvaluation { date: string; evaluated: number; completed: string[]; broken: string[] }

interface Loaded<S> { state: S; version: number; companyId: string | undefined }

function fold<S, E>(events: readonly RecordedEvent[], init: () => S, evolve: (s: S, e: E) => S): Loaded<S> {
  let state = init();
  for (const e of events) state = evolve(state, { type: e.type, data: e.data } as E);
  return { state, version: events.at(-1)?.streamVersion ?? 0, companyId: events[0]?.metadata.companyId as string | undefined };
}

const foldInvoice = (events: readonly RecordedEvent[]) => fold<InvoiceState, InvoiceEvent>(events, initialInvoiceState, evolveInvoice);
const foldAgreement = (events: readonly RecordedEvent[]) => fold<AgreementState, AgreementEvent>(events, initialAgreementState, evolveAgreement);

/** Decides commands on a loaded stream and returns the append (nothing when no command changed anything). */
function appendOf<S, C, E>(streamId: string, loaded: Loaded<S>, commands: C[], decide: (c: C, s: S) => E[], evolve: (s: S, e: E) => S): StreamAppend | null {
  let s = loaded.state;
  const events: E[] = [];
  for (const c of commands) {
    for (const e of decide(c, s)) {
      s = evolve(s, e);
      events.push(e);
    }
  }
  return events.length ? { streamId, events: events as unknown as NewEvent[], expectedVersion: loaded.version === 0 ? 'no_stream' : loaded.version } : null;
}

/**
 * Payment agreements (acordos): made from a customer's overdue invoices in one transaction (instalment invoices
 * issued through billing, originals renegotiated, the agreement recorded), and evaluated on a date (completed
 * when every instalment is paid, broken when one is too long overdue).
 */
@Injectable()
export class AgreementsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly issuer: InvoiceIssuer,
    private readonly settings: BillingSettingsRepository,
  ) {}

  async breakDays(companyId: string): Promise<number> {
    const r = await this.db.query<{ agreement_break_days: number }>('SELECT agreement_break_days FROM finance_settings WHERE company_id = $1', [companyId]);
    return r.rows[0]?.agreement_break_days ?? DEFAULT_AGREEMENT_BREAK_DAYS;
  }

  async setBreakDays(companyId: string, days: number): Promise<void> {
    await this.db.query(
      `INSERT INTO finance_settings (company_id, agreement_break_days) VALUES ($1, $2)
       ON CONFLICT (company_id) DO UPDATE SET agreement_break_days = EXCLUDED.agreement_break_days, updated_at = now()`,
      [companyId, days],
    );
  }

  /** The terms an agreement would have (nothing is issued): what the attendant shows before confirming. */
  async simulate(companyId: string, req: AgreementRequest): Promise<AgreementMade['data']> {
    const ctx = await this.context(companyId); // before the transaction: PGlite has one connection
    return this.db.transaction(async (tx) => (await this.terms(tx, companyId, req, ctx)).terms);
  }

  async make(companyId: string, req: AgreementRequest, metadata: EventMetadata): Promise<AgreementMade['data']> {
    const ctx = await this.context(companyId);
    return this.db.transaction(async (tx) => {
      const { terms, originals } = await this.terms(tx, companyId, req, ctx);
      const drafts: InvoiceDraft[] = terms.instalments.map((i) => {
        const label = i.number === 0 ? 'entrada' : `parcela ${i.number}/${req.instalments}`;
        const items = [
          { kind: 'agreement' as const, description: `Acordo de pagamento — ${label}`, amountCents: i.debtCents, reference: terms.agreementId },
          { kind: 'agreement-charges' as const, description: `Multa e juros do acordo — ${label}`, amountCents: i.chargesCents, reference: terms.agreementId },
        ].filter((x) => x.amountCents > 0);
        return { invoiceId: i.invoiceId, customerId: req.customerId, contractId: null, competence: null, runId: null, dueDate: i.dueDate, items, totalCents: i.amountCents };
      });
      await this.issuer.issue(tx, companyId, drafts, metadata, terms.date, terms.at);
      const appends: StreamAppend[] = [];
      for (const [id, loaded] of originals) {
        const a = appendOf<InvoiceState, InvoiceCommand, InvoiceEvent>(invoiceStreamId(id), loaded, [{ type: 'RenegotiateInvoice', data: { agreementId: terms.agreementId, at: terms.at } }], decideInvoice, evolveInvoice);
        if (a) appends.push(a);
      }
      appends.push(appendOf<AgreementState, AgreementCommand, AgreementEvent>(agreementStreamId(terms.agreementId), { state: initialAgreementState(), version: 0, companyId }, [{ type: 'MakeAgreement', data: terms }], decideAgreement, evolveAgreement)!);
      await this.store.appendMany(appends, { tx, metadata });
      return terms;
    });
  }

  private async context(companyId: string) {
    return { calendar: await this.settings.calendar(companyId), breakAfterDays: await this.breakDays(companyId) };
  }

  private async terms(tx: Transaction, companyId: string, req: AgreementRequest, ctx: Awaited<ReturnType<AgreementsService['context']>>) {
    const date = req.date ?? saoPauloDate(new Date());
    const ids = [...new Set(req.invoiceIds)];
    const streams = await this.store.readStreams(ids.map(invoiceStreamId), tx);
    const originals = new Map<string, Loaded<InvoiceState>>();
    const debts: AgreementDebt[] = [];
    for (const [i, id] of ids.entries()) {
      const loaded = foldInvoice(streams.get(invoiceStreamId(id)) ?? []);
      const s = loaded.state;
      const field = `invoiceIds.${i}`;
      if (s.status === 'none' || loaded.companyId !== companyId || s.customerId !== req.customerId) throw new DomainError('agreement.unknown-invoice', { field, reason: 'not an invoice of this customer' });
      if (s.status !== 'open' && s.status !== 'partially_paid') throw new DomainError('agreement.invoice-not-owing', { field, reason: `the invoice is ${s.status}` });
      const owed = lateCharges(outstandingCents(s), s.dueDate, date, s.rules!, ctx.calendar);
      if (owed.daysLate === 0) throw new DomainError('agreement.invoice-not-overdue', { field, reason: `not overdue on ${date}` });
      originals.set(id, loaded);
      debts.push({ invoiceId: id, dueDate: s.dueDate, principalCents: outstandingCents(s), fineCents: owed.fineCents, interestCents: owed.interestCents });
    }
    const agreementId = randomUUID();
    const instalmentIds = new Map<number, string>();
    const plan = planAgreement({
      agreementId, date, debts, chargesWaived: !!req.waiveCharges, downPaymentCents: req.downPaymentCents, instalments: req.instalments, dueDay: req.dueDay,
      invoiceId: (n) => {
        if (!instalmentIds.has(n)) instalmentIds.set(n, randomUUID());
        return instalmentIds.get(n)!;
      },
    });
    const terms: AgreementMade['data'] = {
      agreementId, customerId: req.customerId, date, debts, chargesWaived: !!req.waiveCharges, ...plan, breakAfterDays: ctx.breakAfterDays, at: new Date().toISOString(),
    };
    return { terms, originals };
  }

  async activeAgreements(companyId: string): Promise<string[]> {
    const r = await this.db.query<{ id: string }>(`SELECT id FROM finance_agreements WHERE company_id = $1 AND status = 'active' ORDER BY date, id`, [companyId]);
    return r.rows.map((x) => x.id);
  }

  /** Every active agreement of the company on `date`: completed, broken, or left as it is. */
  async evaluate(companyId: string, date: string, metadata: EventMetadata): Promise<AgreementEvaluation> {
    const ids = await this.activeAgreements(companyId);
    const out = { date, evaluated: ids.length, completed: [] as string[], broken: [] as string[] };
    for (const id of ids) {
      const outcome = await this.db.transaction((tx) => this.evaluateOne(tx, id, date, metadata));
      if (outcome) out[outcome].push(id);
    }
    return out;
  }

  private async evaluateOne(tx: Transaction, agreementId: string, date: string, metadata: EventMetadata): Promise<'completed' | 'broken' | null> {
    const agreement = foldAgreement((await this.store.readStreams([agreementStreamId(agreementId)], tx)).get(agreementStreamId(agreementId)) ?? []);
    const terms = agreement.state.terms;
    if (agreement.state.status !== 'active' || !terms) return null;
    const instalmentStreams = await this.store.readStreams(terms.instalments.map((i) => invoiceStreamId(i.invoiceId)), tx);
    const instalments = terms.instalments.map((i) => ({ ...i, loaded: foldInvoice(instalmentStreams.get(invoiceStreamId(i.invoiceId)) ?? []) }));
    const at = new Date().toISOString();
    const appends: StreamAppend[] = [];
    const agreementAppend = (c: AgreementCommand) => appendOf(agreementStreamId(agreementId), agreement, [c], decideAgreement, evolveAgreement);
    if (instalments.every((i) => i.loaded.state.status === 'paid')) {
      appends.push(agreementAppend({ type: 'CompleteAgreement', data: { date, at } })!);
      await this.store.appendMany(appends, { tx, metadata });
      return 'completed';
    }
    const overdue = instalments.find((i) => outstandingCents(i.loaded.state) > 0 && daysBetween(i.dueDate, date) >= terms.breakAfterDays);
    if (!overdue) return null;
    const reason = `acordo ${agreementId} quebrado: parcela vencida em ${overdue.dueDate} sem pagamento`;
    const paidCents = instalments.reduce((s, i) => s + i.loaded.state.principalPaidCents + i.loaded.state.discountCents, 0);
    const cancelled: string[] = [];
    const movedBack: string[] = [];
    for (const i of instalments) {
      const s = i.loaded.state;
      if (outstandingCents(s) === 0) continue;
      // Nothing paid: the instalment is cancelled. Partly paid: what it still owes goes back with the debt.
      const command: InvoiceCommand = s.status === 'open'
        ? { type: 'CancelInvoice', data: { reason, at } }
        : { type: 'RenegotiateInvoice', data: { agreementId, at } };
      (s.status === 'open' ? cancelled : movedBack).push(i.invoiceId);
      const a = appendOf<InvoiceState, InvoiceCommand, InvoiceEvent>(invoiceStreamId(i.invoiceId), i.loaded, [command], decideInvoice, evolveInvoice);
      if (a) appends.push(a);
    }
    const reopened = reopenOnBreak(terms.debts, terms.chargesCents, paidCents).filter((r) => r.amountCents > 0);
    const originalStreams = await this.store.readStreams(reopened.map((r) => invoiceStreamId(r.invoiceId)), tx);
    for (const r of reopened) {
      const loaded = foldInvoice(originalStreams.get(invoiceStreamId(r.invoiceId)) ?? []);
      const a = appendOf<InvoiceState, InvoiceCommand, InvoiceEvent>(invoiceStreamId(r.invoiceId), loaded, [{ type: 'ReopenRenegotiated', data: { agreementId, reason, amountCents: r.amountCents, at } }], decideInvoice, evolveInvoice);
      if (a) appends.push(a);
    }
    appends.push(agreementAppend({
      type: 'BreakAgreement',
      data: { date, overdueInvoiceId: overdue.invoiceId, paidCents, cancelledInvoiceIds: cancelled, movedBackInvoiceIds: movedBack, reopened, at },
    })!);
    await this.store.appendMany(appends, { tx, metadata });
    return 'broken';
  }

  async list(companyId: string, f: { customerId?: string; status?: string }): Promise<AgreementView[]> {
    const r = await this.db.query<{
      id: string; customer_id: string; date: string; status: AgreementView['status']; total_cents: string; terms: AgreementMade['data']; outcome: AgreementView['outcome'];
    }>(
      `SELECT id, customer_id, to_char(date, 'YYYY-MM-DD') AS date, status, total_cents, terms, outcome FROM finance_agreements
        WHERE company_id = $1 AND ($2::text IS NULL OR customer_id = $2) AND ($3::text IS NULL OR status = $3) ORDER BY date DESC, id LIMIT 500`,
      [companyId, f.customerId ?? null, f.status ?? null],
    );
    return r.rows.map((x) => ({ id: x.id, customerId: x.customer_id, date: x.date, status: x.status, totalCents: Number(x.total_cents), terms: x.terms, outcome: x.outcome ?? null }));
  }

  async companiesWithActiveAgreements(): Promise<string[]> {
    const r = await this.db.query<{ company_id: string }>(`SELECT DISTINCT company_id FROM finance_agreements WHERE status = 'active'`);
    return r.rows.map((x) => x.company_id);
  }
}
