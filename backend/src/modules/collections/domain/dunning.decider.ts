import { addDays, daysBetween } from '../../../shared-kernel/business-date.js';
import { DomainError } from './domain-error.js';
import type { ContractRef, DunningEvent, DunningStepApplied, PaymentProof } from './dunning.events.js';
import { LEVEL_RANK, isSuspending, type Ladder, type LadderStep, type ServiceLevel, type TrustUnblockRules } from './ladder.js';
import { trustUnblockEligibility } from './trust-unblock.js';

/*
 * The dunning of one contract: pure decide/evolve. Evaluation is idempotent: run it any number of times for
 * a date and it records each step once per invoice (messages) or once per restriction episode (suspending
 * steps: only when the contract's service level must change), so a daily timer, an event reactor and a
 * manual `evaluate` can all call it.
 */

/** An unpaid invoice of the contract, as collections sees it. */
export interface OpenInvoice {
  invoiceId: string;
  dueDate: string;
  /** Last day payable without charges: due date moved to the next business day, plus grace days. */
  payableUntil: string;
  openCents: number;
}

export interface DunningState {
  contractId: string | null;
  level: ServiceLevel;
  /** The step that set the current level. */
  restriction: { stepId: string; invoiceIds: string[]; since: string } | null;
  /** `invoiceId:stepId` → business date it was applied. */
  applied: Record<string, string>;
  /** `invoiceId:stepId:reason` already recorded as waiting. */
  waiting: Record<string, true>;
  /** Restriction episodes (a restore by payment ends one). */
  episode: number;
  trust: { until: string; invoiceIds: string[] } | null;
  trustUses: Array<{ on: string; episode: number }>;
  brokenPromises: string[];
  /** PIX end-to-end ids already presented as payment proof for a release (each releases once). */
  proofs?: string[];
}

export const initialDunningState = (): DunningState => ({
  contractId: null, level: 'none', restriction: null, applied: {}, waiting: {}, episode: 1, trust: null, trustUses: [], brokenPromises: [],
});

export type DunningCommand =
  | {
      type: 'EvaluateDunning';
      data: {
        contract: ContractRef; ladder: Ladder; invoices: OpenInvoice[]; today: string; at: string;
        /**
         * `invoiceId:stepId` of notice messages whose LATEST delivery failed (provider refusal, attempts spent,
         * failed receipt, erased customer) → how many of its messages failed. Such a notice is not a recorded
         * prior notice: it is sent again (up to NOTICE_MAX_SENDS times) and the suspension waits.
         */
        failedNotices?: Record<string, number>;
        /** Days of total suspension (block) before a cancel step may fire (default CANCEL_AFTER_BLOCK_DAYS). */
        cancelAfterBlockDays?: number;
      };
    }
  | {
      type: 'GrantTrustUnblock';
      data: {
        contract: ContractRef; rules: TrustUnblockRules; invoices: OpenInvoice[]; today: string; at: string; requestedBy: 'staff' | 'subscriber'; days?: number;
        /** A PIX already received (verified by the caller against billing): releases at once, outside the usage limits. */
        proof?: PaymentProof;
      };
    };

export const dunningStreamId = (contractId: string) => `dunning-${contractId}`;

const key = (invoiceId: string, stepId: string) => `${invoiceId}:${stepId}`;

/** A notice whose delivery failed is sent again at most this many times in all (then staff must act: fix the contact). */
export const NOTICE_MAX_SENDS = 3;

/** Default days of total suspension before the cancel step (docs/collections.md; Res. 632/2014 art. 97 — VERIFY in 765/2023). */
export const CANCEL_AFTER_BLOCK_DAYS = 30;
const sum = (xs: OpenInvoice[]) => xs.reduce((s, i) => s + i.openCents, 0);

/** Days overdue on `today` (≤ 0 while still payable without charges). */
export const daysOverdue = (inv: OpenInvoice, today: string) => daysBetween(inv.payableUntil, today);

function messageDue(step: LadderStep, inv: OpenInvoice, today: string): boolean {
  if (step.daysOffset <= 0) return today >= addDays(inv.dueDate, step.daysOffset) && today <= inv.payableUntil;
  return daysOverdue(inv, today) >= step.daysOffset;
}

function applied(
  contract: ContractRef, ladder: Ladder, step: LadderStep, invoices: OpenInvoice[], today: string, at: string,
  extra: { reason: string; noticeOn?: string | null },
): DunningStepApplied {
  const worst = invoices.reduce((a, b) => (a.dueDate <= b.dueDate ? a : b));
  const notice = ladder.steps.find((s) => s.id === ladder.suspensionNotice.stepId);
  const firstSuspending = ladder.steps.filter((s) => isSuspending(s.action)).sort((a, b) => a.daysOffset - b.daysOffset)[0];
  const suspensionFrom = step.id === notice?.id && firstSuspending
    ? [addDays(worst.payableUntil, firstSuspending.daysOffset), addDays(today, ladder.suspensionNotice.minDays)].sort().at(-1)!
    : null;
  return {
    type: 'DunningStepApplied',
    data: {
      ...contract, ladderId: ladder.id, stepId: step.id, action: step.action, channel: step.channel ?? null, template: step.template ?? null,
      invoiceIds: invoices.map((i) => i.invoiceId), openCents: sum(invoices), daysOverdue: daysOverdue(worst, today), dueDate: worst.dueDate,
      on: today, reason: extra.reason, noticeOn: extra.noticeOn ?? null, suspensionFrom, at,
    },
  };
}

function evaluate(s: DunningState, c: Extract<DunningCommand, { type: 'EvaluateDunning' }>['data']): DunningEvent[] {
  const { contract, ladder, invoices, today, at } = c;
  const failedNotices = { ...(c.failedNotices ?? {}) };
  const out: DunningEvent[] = [];
  let state = s;
  const emit = (e: DunningEvent) => {
    out.push(e);
    state = evolve(state, e);
  };

  // Messages: each step once per invoice.
  for (const inv of invoices) {
    for (const step of ladder.steps) {
      if (isSuspending(step.action) || !messageDue(step, inv, today)) continue;
      const failures = failedNotices[key(inv.invoiceId, step.id)] ?? 0;
      const resend = step.id === ladder.suspensionNotice.stepId && failures > 0 && failures < NOTICE_MAX_SENDS;
      if (state.applied[key(inv.invoiceId, step.id)] && !resend) continue;
      const d = daysOverdue(inv, today);
      emit(applied(contract, ladder, step, [inv], today, at, {
        reason: `${resend ? `reenvio do aviso (falha na entrega anterior, ${failures}x); ` : ''}${step.daysOffset <= 0 ? `fatura vence em ${inv.dueDate} (passo ${step.daysOffset} dias)` : `fatura ${d} dia(s) em atraso (passo: ${step.daysOffset} dias)`}`,
      }));
      if (resend) delete failedNotices[key(inv.invoiceId, step.id)]; // the new message is on its way
    }
  }
  if (state.level === 'cancel') return out; // terminal: the contract is (to be) cancelled; staff decides what follows

  const overdue = invoices.filter((i) => daysOverdue(i, today) > 0);
  if (state.trust) {
    if (!overdue.length) emit({ type: 'TrustPromiseKept', data: { contractId: contract.contractId, until: state.trust.until, on: today, at } });
    else if (today <= state.trust.until) return out; // released on a promise: no suspension until it expires
    else emit({ type: 'TrustPromiseBroken', data: { contractId: contract.contractId, until: state.trust.until, on: today, invoiceIds: overdue.map((i) => i.invoiceId), at } });
  }

  // The level the ladder asks for now: the most restrictive step reached by any overdue invoice whose
  // prior notice was recorded long enough ago. A step reached without it waits, and says why (once).
  const notice = ladder.suspensionNotice;
  let target: { step: LadderStep; invoices: OpenInvoice[]; noticeOn: string } | null = null;
  for (const inv of overdue) {
    const d = daysOverdue(inv, today);
    const reachedSteps = ladder.steps.filter((st) => isSuspending(st.action) && st.daysOffset <= d).sort((a, b) => LEVEL_RANK[b.action as ServiceLevel] - LEVEL_RANK[a.action as ServiceLevel]);
    let reached: LadderStep | undefined = reachedSteps[0];
    if (!reached) continue;
    const noticeOn = state.applied[key(inv.invoiceId, notice.stepId)] ?? null;
    const noticeFailed = !!failedNotices[key(inv.invoiceId, notice.stepId)];
    if (!noticeOn || noticeFailed || daysBetween(noticeOn, today) < notice.minDays) {
      const reason = noticeFailed ? 'prior-notice-failed' : noticeOn ? 'prior-notice-too-recent' : 'prior-notice-missing';
      const wkey = `${key(inv.invoiceId, reached.id)}:${reason}`;
      if (LEVEL_RANK[reached.action as ServiceLevel] > LEVEL_RANK[state.level] && !state.waiting[wkey]) {
        emit({
          type: 'DunningStepWaiting',
          data: { contractId: contract.contractId, stepId: reached.id, action: reached.action, invoiceIds: [inv.invoiceId], on: today, reason, noticeOn, earliestOn: noticeOn && !noticeFailed ? addDays(noticeOn, notice.minDays) : null, at },
        });
      }
      continue;
    }
    if (reached.action === 'cancel') {
      // Cancellation only after the legal period of total suspension (block); until then it waits and the
      // most severe other step reached applies (the contract is blocked first).
      const blockedSince: string | null = state.level === 'block' && state.restriction ? state.restriction.since : null;
      const earliestOn = blockedSince ? addDays(blockedSince, c.cancelAfterBlockDays ?? CANCEL_AFTER_BLOCK_DAYS) : null;
      if (!earliestOn || today < earliestOn) {
        const reason: 'full-suspension-too-recent' | 'not-fully-suspended' = blockedSince ? 'full-suspension-too-recent' : 'not-fully-suspended';
        const wkey = `${key(inv.invoiceId, reached.id)}:${reason}`;
        if (!state.waiting[wkey]) {
          emit({ type: 'DunningStepWaiting', data: { contractId: contract.contractId, stepId: reached.id, action: reached.action, invoiceIds: [inv.invoiceId], on: today, reason, noticeOn, earliestOn, at } });
        }
        const fallback: LadderStep | undefined = reachedSteps.find((st) => st.action !== 'cancel');
        if (!fallback) continue;
        reached = fallback;
      }
    }
    const rank = LEVEL_RANK[reached.action as ServiceLevel];
    if (!target || rank > LEVEL_RANK[target.step.action as ServiceLevel]) target = { step: reached, invoices: [inv], noticeOn };
    else if (target.step.id === reached.id) target.invoices.push(inv);
  }

  const targetLevel: ServiceLevel = target ? (target.step.action as ServiceLevel) : 'none';
  if (target && targetLevel !== state.level) {
    const d = daysOverdue(target.invoices[0]!, today);
    emit(applied(contract, ladder, target.step, target.invoices, today, at, {
      reason: `${s.trust && out.some((e) => e.type === 'TrustPromiseBroken') ? 'promessa de pagamento vencida; ' : ''}fatura ${d} dia(s) em atraso (passo: ${target.step.daysOffset} dias); aviso prévio em ${target.noticeOn}`,
      noticeOn: target.noticeOn,
    }));
  } else if (!target && state.level !== 'none') {
    emit({
      type: 'ServiceRestored',
      data: { ...contract, reason: 'payment', previousLevel: state.level, invoiceIds: state.restriction?.invoiceIds ?? [], on: today, until: null, at },
    });
  }
  return out;
}

function grantTrust(s: DunningState, c: Extract<DunningCommand, { type: 'GrantTrustUnblock' }>['data']): DunningEvent[] {
  if (c.proof && (s.proofs ?? []).includes(c.proof.endToEndId)) {
    const message = 'Este comprovante de PIX já foi usado para liberar este contrato.';
    throw new DomainError('collections.trust-unblock-proof-used', { field: 'endToEndId', reason: message }, message);
  }
  const verdict = trustUnblockEligibility(s, c.rules, c.today, { paymentProof: !!c.proof });
  if (!verdict.eligible) throw new DomainError(`collections.trust-unblock-${verdict.code}`, { reason: verdict.message }, verdict.message);
  const days = c.days ?? c.rules.days;
  const until = addDays(c.today, days);
  const invoiceIds = c.invoices.filter((i) => daysOverdue(i, c.today) > 0).map((i) => i.invoiceId);
  return [
    {
      type: 'TrustUnblockGranted',
      data: { contractId: c.contract.contractId, days, until, on: c.today, invoiceIds, requestedBy: c.requestedBy, at: c.at, ...(c.proof ? { proof: c.proof } : {}) },
    },
    { type: 'ServiceRestored', data: { ...c.contract, reason: 'trust', previousLevel: s.level, invoiceIds, on: c.today, until, at: c.at } },
  ];
}

export function decide(command: DunningCommand, state: DunningState): DunningEvent[] {
  switch (command.type) {
    case 'EvaluateDunning':
      return evaluate(state, command.data);
    case 'GrantTrustUnblock':
      return grantTrust(state, command.data);
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolve(s: DunningState, e: DunningEvent): DunningState {
  switch (e.type) {
    case 'DunningStepApplied': {
      const appliedNow = { ...s.applied };
      for (const id of e.data.invoiceIds) appliedNow[key(id, e.data.stepId)] = e.data.on;
      if (!isSuspending(e.data.action)) return { ...s, contractId: e.data.contractId, applied: appliedNow };
      return { ...s, contractId: e.data.contractId, applied: appliedNow, level: e.data.action as ServiceLevel, restriction: { stepId: e.data.stepId, invoiceIds: e.data.invoiceIds, since: e.data.on } };
    }
    case 'DunningStepWaiting': {
      const waiting = { ...s.waiting };
      for (const id of e.data.invoiceIds) waiting[`${key(id, e.data.stepId)}:${e.data.reason}`] = true;
      return { ...s, contractId: e.data.contractId, waiting };
    }
    case 'ServiceRestored':
      return e.data.reason === 'payment'
        ? { ...s, level: 'none', restriction: null, episode: s.episode + 1 }
        : { ...s, level: 'none', trust: { until: e.data.until!, invoiceIds: e.data.invoiceIds } };
    case 'TrustUnblockGranted':
      // A release on a payment proof does not count against the usage limits.
      return e.data.proof
        ? { ...s, contractId: e.data.contractId, proofs: [...(s.proofs ?? []), e.data.proof.endToEndId] }
        : { ...s, contractId: e.data.contractId, trustUses: [...s.trustUses, { on: e.data.on, episode: s.episode }] };
    case 'TrustPromiseBroken':
      return { ...s, trust: null, brokenPromises: [...s.brokenPromises, e.data.on] };
    case 'TrustPromiseKept':
      return { ...s, trust: null, restriction: null, episode: s.episode + 1 };
    default: {
      const unreachable: never = e;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const dunningDecider = { decide, evolve, initialState: initialDunningState };
