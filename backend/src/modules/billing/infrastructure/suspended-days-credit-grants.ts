import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyError, type Database, type EventStore, type InlineProjection, type ReactorProcessor, type RecordedEvent, type Transaction } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../../platform/database/tokens.js';
import { creditStreamId } from '../commands/refund-credit/refund-credit.http.controller.js';

/**
 * Suspended-days credit that no invoice carries becomes customer credit balance (see docs/collections.md):
 * the billing_contracts projection decides it inline with the contract event (`billing_credit_grants`, ids
 * `<contract event id>:suspended-days:<YYYY-MM>`: a whole month suspended at a reactivation, or the days already
 * charged of a contract cancelled while suspended for delinquency); this reactor appends one
 * `CustomerCreditGranted` per decided line to the customer's credit stream (`billing-credit-<customerId>`),
 * at most once per id (it reads the stream first; a concurrent append conflicts on the version and is re-read);
 * the inline projection raises the balance. The balance is applied to the next invoices and refundable
 * (`POST /billing/credits/{customerId}/refunds`).
 */
export type CustomerCreditGranted = {
  type: 'CustomerCreditGranted';
  data: { creditId: string; customerId: string; contractId: string; amountCents: number; reason: 'delinquency-suspended-days'; description: string; grantedOn: string; sourceEventId: string; at: string };
};

export function creditGrantsProjection(): InlineProjection {
  return {
    name: 'billing-credit-grants',
    eventTypes: ['CustomerCreditGranted'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) {
        const d = (e as unknown as CustomerCreditGranted).data;
        await tx.query(
          `INSERT INTO billing_customer_credits (company_id, customer_id, balance_cents) VALUES ($1, $2, $3)
           ON CONFLICT (company_id, customer_id) DO UPDATE SET balance_cents = billing_customer_credits.balance_cents + EXCLUDED.balance_cents`,
          [e.metadata.companyId, d.customerId, d.amountCents],
        );
        await tx.query('UPDATE billing_credit_grants SET granted = true WHERE id = $1', [d.creditId]);
      }
    },
  };
}

interface GrantRow { id: string; company_id: string; customer_id: string; contract_id: string; source_event_id: string; amount_cents: string; description: string; decided_on: string }

@Injectable()
export class GrantSuspendedDaysCredit {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  processor(): ReactorProcessor {
    return { kind: 'reactor', name: 'billing-suspended-days-credit-grants', eventTypes: ['ContractReactivated', 'ContractCancelled'], batchSize: 200, handle: (events) => this.handle(events) };
  }

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    const sources = events.filter((e) => e.streamId.startsWith('contract-'));
    if (!sources.length) return;
    const r = await this.db.query<GrantRow>(
      `SELECT id, company_id, customer_id, contract_id, source_event_id, amount_cents, description, decided_on::text AS decided_on FROM billing_credit_grants
        WHERE source_event_id = ANY($1::text[]) AND NOT granted ORDER BY id`,
      [sources.map((e) => e.id)],
    );
    const byCustomer = new Map<string, GrantRow[]>();
    for (const g of r.rows) byCustomer.set(g.customer_id, [...(byCustomer.get(g.customer_id) ?? []), g]);
    const cause = new Map(sources.map((e) => [e.id, e]));
    for (const [customerId, grants] of byCustomer) {
      for (let attempt = 1; ; attempt++) {
        const stream = await this.store.readStream(creditStreamId(customerId));
        const done = new Set(stream.filter((e) => e.type === 'CustomerCreditGranted').map((e) => (e.data as CustomerCreditGranted['data']).creditId));
        const todo = grants.filter((g) => !done.has(g.id));
        if (!todo.length) break;
        const source = cause.get(todo[0]!.source_event_id)!;
        const at = new Date().toISOString();
        try {
          await this.store.append(creditStreamId(customerId), todo.map((g) => ({
            type: 'CustomerCreditGranted',
            data: {
              creditId: g.id, customerId, contractId: g.contract_id, amountCents: Number(g.amount_cents), reason: 'delinquency-suspended-days',
              description: g.description, grantedOn: g.decided_on, sourceEventId: g.source_event_id, at,
            } satisfies CustomerCreditGranted['data'],
          })), {
            expectedVersion: stream.at(-1)?.streamVersion ?? 'no_stream',
            metadata: { actorId: 'system', actorKind: 'system', companyId: todo[0]!.company_id, correlationId: source.metadata.correlationId, causationId: source.id, trigger: 'suspended-days-credit' },
          });
          break;
        } catch (err) {
          if (!(err instanceof ConcurrencyError) || attempt >= 5) throw err;
        }
      }
    }
  }
}
