import { Inject, Injectable } from '@nestjs/common';
import type { Database, ReactorProcessor, RecordedEvent } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { ContractsPublicApi, type DelinquencyIntent } from '../../contracts/public-api.js';
import type { DunningStepApplied, ServiceRestored } from '../domain/dunning.events.js';

const BLOCKING = new Set(['block', 'cancel']);
const SERVICE_LEVELS = new Set(['throttle', 'redirect', 'block', 'cancel']);

/**
 * Reactor: dunning blocked the service (a `block` step) → the contract is suspended for `delinquency`; the
 * `cancel` step → the contract is cancelled for `delinquency` (ContractsPublicApi, reason delinquency); service restored (payment, trust unblock), or stepped down from block to throttle / redirect
 * (one of several overdue invoices paid) → a contract suspended for delinquency is reactivated. Through the
 * contracts context's public API (never its streams); throttle and redirect never suspend a contract, and a
 * suspension at the customer's request is never lifted here.
 *
 * At least once and convergent: per contract only the batch's last relevant event counts, and only when it
 * agrees with the contract's current service level (collections_dunning, folded inline with the dunning
 * append, so it may already be ahead of this batch) — a replayed old block after a restoration does nothing;
 * the later event brings the contract to the right state. A contract already there is a no-op.
 */
@Injectable()
export class SuspendContractWhenServiceBlocked {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly contracts: ContractsPublicApi,
  ) {}

  processor(): ReactorProcessor {
    return {
      kind: 'reactor',
      name: 'collections-contract-suspension',
      eventTypes: ['DunningStepApplied', 'ServiceRestored'],
      batchSize: 500,
      handle: (events) => this.handle(events),
    };
  }

  async handle(events: readonly RecordedEvent[]): Promise<void> {
    const last = new Map<string, RecordedEvent>();
    for (const e of events) {
      if (!e.streamId.startsWith('dunning-')) continue;
      if (e.type === 'DunningStepApplied' && !SERVICE_LEVELS.has((e.data as DunningStepApplied['data']).action)) continue; // messages only
      last.set(e.streamId.slice('dunning-'.length), e);
    }
    if (!last.size) return;
    const r = await this.db.query<{ contract_id: string; level: string }>('SELECT contract_id, level FROM collections_dunning WHERE contract_id = ANY($1::text[])', [[...last.keys()]]);
    const level = new Map(r.rows.map((x) => [x.contract_id, x.level]));
    for (const [contractId, e] of last) {
      const current = level.get(contractId) ?? 'none';
      const intent = e.type === 'ServiceRestored' ? restoreIntent(e) : stepIntent(e);
      if (intent.kind === 'cancel' ? current !== 'cancel' : (intent.kind === 'suspend') !== BLOCKING.has(current)) continue; // superseded: a later event of this contract follows
      await this.contracts.applyDelinquency(contractId, intent, {
        actorId: 'system', actorKind: 'system', companyId: e.metadata.companyId, correlationId: e.metadata.correlationId, causationId: e.id,
        trigger: 'collections-dunning', reason: 'delinquency',
      });
    }
  }
}

/**
 * A block step suspends; a cancel step (it fires only after the legal period of total suspension, see the
 * decider) cancels the contract for delinquency; a step down to throttle / redirect (an overdue invoice of
 * several paid) lifts the block.
 */
function stepIntent(e: RecordedEvent): DelinquencyIntent {
  const d = e.data as DunningStepApplied['data'];
  const kind = d.action === 'cancel' ? 'cancel' : BLOCKING.has(d.action) ? 'suspend' : 'lift';
  return { kind, on: d.on, at: d.at, cause: { source: 'collections', dunningEventId: e.id, stepId: d.stepId, action: d.action, invoiceIds: d.invoiceIds } };
}

function restoreIntent(e: RecordedEvent): DelinquencyIntent {
  const d = e.data as ServiceRestored['data'];
  return { kind: 'lift', on: d.on, at: d.at, cause: { source: 'collections', dunningEventId: e.id, stepId: null, action: d.reason, invoiceIds: d.invoiceIds } };
}
