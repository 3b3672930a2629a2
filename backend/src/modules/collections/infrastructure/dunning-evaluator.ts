import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConcurrencyError, type Database, type EventMetadata, type EventStore, type NewEvent, type RecordedEvent, type StreamAppend } from '@netprovider/event-store';
import { CONFIG, DATABASE, EVENT_STORE, LOGGER } from '../../../platform/database/tokens.js';
import type { Config } from '../../../platform/config/config.js';
import { addDays } from '../../../shared-kernel/business-date.js';
import { BillingPublicApi, BusinessCalendar } from '../../billing/public-api.js';
import { decide, dunningStreamId, evolve, initialDunningState, type DunningCommand, type DunningState, type OpenInvoice } from '../domain/dunning.decider.js';
import type { ContractRef, DunningEvent } from '../domain/dunning.events.js';
import { noticeCounts } from '../domain/message-delivery.js';
import { LaddersRepository } from './ladders.repository.js';

interface ContractRow { contract_id: string; company_id: string; customer_id: string; plan_id: string | null; pppoe_login: string | null; status: string }
interface InvoiceRow { id: string; contract_id: string; due_date: string; grace_days: number; open_cents: string | number }

export interface DunningContext {
  companyId: string;
  contract: ContractRef;
  planId: string | null;
  invoices: OpenInvoice[];
  state: DunningState;
  version: number;
  /** Notices whose latest delivery failed (`invoiceId:stepId` → failed messages), see the decider. */
  failedNotices: Record<string, number>;
}

/**
 * Loads what the dunning decider needs for many contracts at once (contracts, open invoices, ladders,
 * dunning streams: one query each), decides, and appends every contract's events in one transaction with
 * the versions read. A concurrent evaluation of the same contract (timer, reactor, staff) makes the append
 * fail as a whole; it is then retried contract by contract, each re-deciding on the fresh stream — the
 * decider is idempotent, so nothing is recorded twice.
 */
@Injectable()
export class DunningEvaluator {
  /** National bank holidays only (no company at hand); evaluations use the company's calendar (+ local holidays). */
  private readonly national = new BusinessCalendar();

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CONFIG) private readonly config: Config,
    private readonly ladders: LaddersRepository,
    private readonly billing: BillingPublicApi,
  ) {}

  /** Last day payable without charges: the due date moved to the next bank business day (national and the company's local holidays), plus grace. */
  payableUntil(dueDate: string, graceDays: number, calendar: BusinessCalendar = this.national): string {
    return addDays(calendar.nextBusinessDay(dueDate), graceDays);
  }

  /** The bank calendar of each company (billing's local holidays included). */
  async calendars(companyIds: Iterable<string>): Promise<Map<string, BusinessCalendar>> {
    const out = new Map<string, BusinessCalendar>();
    for (const id of new Set(companyIds)) out.set(id, await this.billing.calendar(id));
    return out;
  }

  async contexts(contractIds: readonly string[], companyId?: string): Promise<Map<string, DunningContext>> {
    const out = new Map<string, DunningContext>();
    if (!contractIds.length) return out;
    const contracts = await this.db.query<ContractRow>(
      `SELECT contract_id, company_id, customer_id, plan_id, pppoe_login, status FROM collections_contracts WHERE contract_id = ANY($1::text[]) AND ($2::text IS NULL OR company_id = $2)`,
      [contractIds, companyId ?? null],
    );
    if (!contracts.rows.length) return out;
    const ids = contracts.rows.map((c) => c.contract_id);
    const invoices = await this.db.query<InvoiceRow>(
      `SELECT id, contract_id, due_date::text AS due_date, grace_days, total_cents - settled_cents AS open_cents FROM collections_invoices
        WHERE contract_id = ANY($1::text[]) AND status = 'open' ORDER BY due_date, id`,
      [ids],
    );
    const streams = await this.store.readStreams(ids.map(dunningStreamId));
    const notices = await this.failedNotices(ids);
    const calendars = await this.calendars(contracts.rows.map((c) => c.company_id));
    for (const c of contracts.rows) {
      const events = streams.get(dunningStreamId(c.contract_id)) ?? [];
      out.set(c.contract_id, {
        companyId: c.company_id,
        contract: { contractId: c.contract_id, customerId: c.customer_id, pppoeLogin: c.pppoe_login },
        planId: c.plan_id,
        invoices: invoices.rows.filter((i) => i.contract_id === c.contract_id).map((i) => ({
          invoiceId: i.id, dueDate: i.due_date, payableUntil: this.payableUntil(i.due_date, i.grace_days, calendars.get(c.company_id)), openCents: Number(i.open_cents),
        })),
        state: fold(events),
        version: events.at(-1)?.streamVersion ?? 0,
        failedNotices: notices.get(c.contract_id) ?? {},
      });
    }
    return out;
  }

  /**
   * Per contract, the message steps whose LATEST message failed delivery (`noticeCounts` in
   * domain/message-delivery.ts), with how many of its messages failed. Only contracts that had a failure
   * are read in full.
   */
  private async failedNotices(contractIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const r = await this.db.query<{ contract_id: string; k: string; status: string }>(
      `SELECT contract_id, (invoice_ids->>0) || ':' || step_id AS k, status FROM collections_messages
        WHERE contract_id IN (SELECT contract_id FROM collections_messages WHERE contract_id = ANY($1::text[]) AND status IN ('failed', 'uncertain'))
        ORDER BY created_at, id`,
      [contractIds],
    );
    const latest = new Map<string, { contractId: string; failed: boolean; failures: number }>();
    for (const m of r.rows) {
      const failed = !noticeCounts(m.status);
      const prev = latest.get(`${m.contract_id}|${m.k}`);
      latest.set(`${m.contract_id}|${m.k}`, { contractId: m.contract_id, failed, failures: (prev?.failures ?? 0) + (failed ? 1 : 0) });
    }
    const out = new Map<string, Record<string, number>>();
    for (const [k, v] of latest) {
      if (!v.failed) continue;
      const map = out.get(v.contractId) ?? {};
      map[k.slice(v.contractId.length + 1)] = v.failures;
      out.set(v.contractId, map);
    }
    return out;
  }

  /** Evaluates the ladder for these contracts on `today`; returns the events recorded. */
  async evaluate(contractIds: readonly string[], today: string, meta: EventMetadata): Promise<DunningEvent[]> {
    const contexts = await this.contexts([...new Set(contractIds)]);
    const byCompany = new Map<string, DunningContext[]>();
    for (const ctx of contexts.values()) byCompany.set(ctx.companyId, [...(byCompany.get(ctx.companyId) ?? []), ctx]);
    const recorded: DunningEvent[] = [];
    const at = new Date().toISOString();
    for (const [companyId, list] of byCompany) {
      const ladderFor = await this.ladders.resolver(companyId);
      const appends: StreamAppend[] = [];
      for (const ctx of list) {
        const events = decide({ type: 'EvaluateDunning', data: { contract: ctx.contract, ladder: ladderFor(ctx.planId), invoices: ctx.invoices, today, at, failedNotices: ctx.failedNotices, cancelAfterBlockDays: this.config.COLLECTIONS_CANCEL_AFTER_BLOCK_DAYS } }, ctx.state);
        if (events.length) appends.push({ streamId: dunningStreamId(ctx.contract.contractId), events: events as unknown as NewEvent[], expectedVersion: ctx.version || 'no_stream' });
      }
      if (!appends.length) continue;
      const metadata = { ...meta, companyId };
      try {
        await this.store.appendMany(appends, { metadata });
        for (const a of appends) recorded.push(...(a.events as unknown as DunningEvent[]));
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
        for (const a of appends) recorded.push(...(await this.retryOne(a.streamId.slice('dunning-'.length), today, metadata)));
      }
    }
    return recorded;
  }

  private async retryOne(contractId: string, today: string, meta: EventMetadata): Promise<DunningEvent[]> {
    for (let attempt = 1; ; attempt++) {
      const ctx = (await this.contexts([contractId])).get(contractId);
      if (!ctx) return [];
      const ladder = (await this.ladders.resolver(ctx.companyId))(ctx.planId);
      const events = decide({ type: 'EvaluateDunning', data: { contract: ctx.contract, ladder, invoices: ctx.invoices, today, at: new Date().toISOString(), failedNotices: ctx.failedNotices, cancelAfterBlockDays: this.config.COLLECTIONS_CANCEL_AFTER_BLOCK_DAYS } }, ctx.state);
      if (!events.length) return [];
      try {
        await this.store.append(dunningStreamId(contractId), events as unknown as NewEvent[], { expectedVersion: ctx.version || 'no_stream', metadata: meta });
        return events;
      } catch (err) {
        if (!(err instanceof ConcurrencyError) || attempt >= 5) throw err;
        this.logger.debug({ contractId, attempt }, 'dunning evaluation raced another one; re-deciding');
      }
    }
  }

  /** A command other than the evaluation (trust unblock), on one contract, with the version read. */
  async handle(ctx: DunningContext, command: DunningCommand, meta: EventMetadata): Promise<DunningEvent[]> {
    const events = decide(command, ctx.state);
    if (events.length) {
      await this.store.append(dunningStreamId(ctx.contract.contractId), events as unknown as NewEvent[], { expectedVersion: ctx.version || 'no_stream', metadata: meta });
    }
    return events;
  }

  /** Every contract the ladder may act on by `today`: open invoices due up to a month ahead (reminders), or a restriction / trust release in force. */
  async sweep(today: string, meta: EventMetadata, companyId?: string): Promise<{ contracts: number; events: number }> {
    const r = await this.db.query<{ contract_id: string }>(
      `SELECT contract_id FROM collections_invoices WHERE status = 'open' AND contract_id IS NOT NULL AND due_date <= $1::date + 31 AND ($2::text IS NULL OR company_id = $2)
       UNION
       SELECT contract_id FROM collections_dunning WHERE (level <> 'none' OR trust_until IS NOT NULL) AND ($2::text IS NULL OR company_id = $2)
       ORDER BY 1`,
      [today, companyId ?? null],
    );
    let events = 0;
    const ids = r.rows.map((x) => x.contract_id);
    for (let i = 0; i < ids.length; i += 500) {
      events += (await this.evaluate(ids.slice(i, i + 500), today, meta)).length;
      // Let API requests in between chunks: embedded PGlite has one connection.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { contracts: ids.length, events };
  }
}

export function fold(events: readonly RecordedEvent[]): DunningState {
  return events.reduce((s, e) => evolve(s, { type: e.type, data: e.data } as DunningEvent), initialDunningState());
}
