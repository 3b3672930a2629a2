import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared-kernel/business-date.js';
import { decide, evolve, initialDunningState, type DunningState, type OpenInvoice } from './dunning.decider.js';
import type { DunningEvent } from './dunning.events.js';
import { BUILT_IN_LADDER, DEFAULT_TRUST_UNBLOCK, validateLadder, type Ladder } from './ladder.js';
import { trustUnblockEligibility } from './trust-unblock.js';

const contract = { contractId: 'k1', customerId: 'c1', pppoeLogin: 'maria.k1' };
const at = '2026-01-01T12:00:00.000Z';
const inv = (id: string, dueDate: string, payableUntil = dueDate, openCents = 9990): OpenInvoice => ({ invoiceId: id, dueDate, payableUntil, openCents });
const fold = (events: DunningEvent[], s = initialDunningState()) => events.reduce(evolve, s);

/** Runs the evaluation every day from `from` to `to`, like the daily timer, and returns every event. */
function walk(state: DunningState, ladder: Ladder, invoices: (day: string) => OpenInvoice[], from: string, to: string) {
  const log: Array<DunningEvent & { day: string }> = [];
  let s = state;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const events = decide({ type: 'EvaluateDunning', data: { contract, ladder, invoices: invoices(day), today: day, at } }, s);
    for (const e of events) log.push({ ...e, day });
    s = fold(events, s);
  }
  return { state: s, log };
}

const steps = (log: Array<DunningEvent & { day: string }>) =>
  log.map((e) => `${e.day} ${e.type === 'DunningStepApplied' ? e.data.stepId : e.type === 'ServiceRestored' ? `restored:${e.data.reason}` : e.type}`);

describe('dunning ladder over a simulated calendar', () => {
  it('walks a contract through every step of the built-in ladder, once each, and back on payment', () => {
    // Due Saturday 2026-01-10 → payable without charges until Monday 2026-01-12.
    const invoice = inv('i1', '2026-01-10', '2026-01-12');
    const { state, log } = walk(initialDunningState(), BUILT_IN_LADDER, () => [invoice], '2026-01-01', '2026-04-30');
    expect(steps(log)).toEqual([
      '2026-01-07 lembrete',
      '2026-01-13 aviso-atraso',
      '2026-01-17 notificacao-suspensao',
      '2026-02-01 reducao',
      '2026-03-03 bloqueio',
      '2026-04-02 cancelamento',
    ]);
    const notice = log.find((e) => e.type === 'DunningStepApplied' && e.data.stepId === 'notificacao-suspensao')!;
    expect(notice.type === 'DunningStepApplied' && notice.data.suspensionFrom).toBe('2026-02-01');
    expect(state.level).toBe('cancel');

    // Paid while blocked: restored at once, and nothing more happens.
    const until = walk(initialDunningState(), BUILT_IN_LADDER, () => [invoice], '2026-01-01', '2026-03-10');
    expect(until.state.level).toBe('block');
    const paid = walk(until.state, BUILT_IN_LADDER, () => [], '2026-03-11', '2026-05-01');
    expect(steps(paid.log)).toEqual(['2026-03-11 restored:payment']);
    expect(paid.log[0]).toMatchObject({ data: { previousLevel: 'block', invoiceIds: ['i1'], pppoeLogin: 'maria.k1' } });
  });

  it('cancels only after the legal period of total suspension (30 days blocked by default): before that the cancel step waits, once, and the block applies', () => {
    // Block at 16 days, cancel at 20: the cancel step is reached 4 days after the block.
    const ladder: Ladder = {
      ...BUILT_IN_LADDER,
      steps: [
        { id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Aviso.' },
        { id: 'bloqueio', daysOffset: 16, action: 'block' },
        { id: 'cancelamento', daysOffset: 20, action: 'cancel' },
      ],
      suspensionNotice: { stepId: 'aviso', minDays: 15 },
    };
    const invoice = inv('i1', '2026-01-12');
    const { state, log } = walk(initialDunningState(), ladder, () => [invoice], '2026-01-13', '2026-03-31');
    expect(steps(log)).toEqual(['2026-01-13 aviso', '2026-01-28 bloqueio', '2026-02-01 DunningStepWaiting', '2026-02-27 cancelamento']);
    expect(log[2]).toMatchObject({ data: { stepId: 'cancelamento', action: 'cancel', reason: 'full-suspension-too-recent', earliestOn: '2026-02-27' } });
    expect(state.level).toBe('cancel');

    // Configurable: 10 days → the cancel step fires on 2026-02-07.
    const shorter: string[] = [];
    let s = initialDunningState();
    for (let day = '2026-01-13'; day <= '2026-03-31'; day = addDays(day, 1)) {
      const events = decide({ type: 'EvaluateDunning', data: { contract, ladder, invoices: [invoice], today: day, at, cancelAfterBlockDays: 10 } }, s);
      for (const e of events) if (e.type === 'DunningStepApplied' && e.data.action === 'cancel') shorter.push(day);
      s = fold(events, s);
    }
    expect(shorter).toEqual(['2026-02-07']);

    // Evaluated first when both steps are already due (system installed late): block first, cancel 30 days later.
    const late = walk(initialDunningState(), ladder, () => [invoice], '2026-03-01', '2026-05-31');
    expect(late.log.filter((e) => e.type === 'DunningStepWaiting').map((e) => e.type === 'DunningStepWaiting' && e.data.reason)).toEqual(['prior-notice-too-recent', 'not-fully-suspended', 'full-suspension-too-recent']);
    expect(steps(late.log).filter((x) => !x.endsWith('aviso'))).toEqual(['2026-03-01 DunningStepWaiting', '2026-03-16 DunningStepWaiting', '2026-03-16 bloqueio', '2026-03-17 DunningStepWaiting', '2026-04-15 cancelamento']);
  });

  it('never suspends without the prior notice recorded long enough before: the step waits and says why, once', () => {
    // First evaluation 30 days after the due date (system installed late): the notices go out today and
    // the reduction waits 15 days for them.
    const invoice = inv('i1', '2026-01-12');
    const { log } = walk(initialDunningState(), BUILT_IN_LADDER, () => [invoice], '2026-02-11', '2026-03-05');
    expect(steps(log).slice(0, 4)).toEqual(['2026-02-11 aviso-atraso', '2026-02-11 notificacao-suspensao', '2026-02-11 DunningStepWaiting', '2026-02-26 reducao']);
    expect(log[2]).toMatchObject({ data: { stepId: 'reducao', reason: 'prior-notice-too-recent', noticeOn: '2026-02-11', earliestOn: '2026-02-26' } });

    // A ladder whose notice step never fires for this invoice (removed by the company): no suspension ever.
    const noNotice = { ...BUILT_IN_LADDER, steps: BUILT_IN_LADDER.steps.map((s) => (s.id === 'notificacao-suspensao' ? { ...s, daysOffset: 500 } : s)) };
    const never = walk(initialDunningState(), noNotice, () => [invoice], '2026-01-13', '2026-06-30');
    expect(never.state.level).toBe('none');
    expect(never.log.filter((e) => e.type === 'DunningStepApplied' && e.data.action !== 'notify')).toEqual([]);
    expect(never.log.filter((e) => e.type === 'DunningStepWaiting').map((e) => e.data)).toEqual([
      expect.objectContaining({ stepId: 'reducao', reason: 'prior-notice-missing' }),
      expect.objectContaining({ stepId: 'bloqueio', reason: 'prior-notice-missing' }),
      expect.objectContaining({ stepId: 'cancelamento', reason: 'prior-notice-missing' }),
    ]);
  });

  it('steps down when one of two overdue invoices is paid, and restores when none is suspendable', () => {
    const a = inv('a', '2026-01-12');
    const b = inv('b', '2026-02-12');
    const both = walk(initialDunningState(), BUILT_IN_LADDER, () => [a, b], '2026-01-01', '2026-03-10');
    expect(both.state.level).toBe('block');
    const onlyB = walk(both.state, BUILT_IN_LADDER, () => [b], '2026-03-11', '2026-03-11');
    expect(steps(onlyB.log)).toEqual(['2026-03-11 reducao']);
    expect(onlyB.log[0]).toMatchObject({ data: { invoiceIds: ['b'] } });
    expect(steps(walk(onlyB.state, BUILT_IN_LADDER, () => [], '2026-03-12', '2026-03-12').log)).toEqual(['2026-03-12 restored:payment']);
  });

  it('rejects ladders that would suspend before the notice period', () => {
    const bad = { ...BUILT_IN_LADDER, steps: BUILT_IN_LADDER.steps.map((s) => (s.id === 'reducao' ? { ...s, daysOffset: 10 } : s)) };
    expect(() => validateLadder(bad)).toThrow(expect.objectContaining({ code: 'collections.invalid-ladder', details: expect.objectContaining({ field: 'steps.3.daysOffset' }) }));
    expect(() => validateLadder({ ...BUILT_IN_LADDER, suspensionNotice: { stepId: 'lembrete', minDays: 15 } })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'suspensionNotice.stepId' }) }));
    expect(() => validateLadder({ ...BUILT_IN_LADDER, steps: [...BUILT_IN_LADDER.steps, { id: 'x', daysOffset: 2, action: 'notify', channel: 'email', template: 'Olá {{nome}}' }] })).toThrow(/placeholder|invalid-ladder/);
    expect(validateLadder(BUILT_IN_LADDER).steps.map((s) => s.daysOffset)).toEqual([-3, 1, 5, 20, 50, 80]);
  });
});

describe('trust unblock', () => {
  const blockedOn = (day: string) => walk(initialDunningState(), BUILT_IN_LADDER, () => [inv('i1', '2026-01-12')], addDays(day, -60), day).state;
  const grant = (s: DunningState, today: string, rules = DEFAULT_TRUST_UNBLOCK) =>
    decide({ type: 'GrantTrustUnblock', data: { contract, rules, invoices: [inv('i1', '2026-01-12')], today, at, requestedBy: 'subscriber' } }, s);

  it('releases a blocked contract for N days; unpaid, it returns to the current step and records the broken promise', () => {
    const s = blockedOn('2026-03-10');
    expect(s.level).toBe('block');
    const granted = grant(s, '2026-03-10');
    expect(granted.map((e) => e.type)).toEqual(['TrustUnblockGranted', 'ServiceRestored']);
    expect(granted[1]).toMatchObject({ data: { reason: 'trust', until: '2026-03-13', previousLevel: 'block' } });
    const released = fold(granted, s);
    // While the promise lasts nothing is suspended; the day after it expires, the block comes back.
    const after = walk(released, BUILT_IN_LADDER, () => [inv('i1', '2026-01-12')], '2026-03-11', '2026-03-15');
    expect(steps(after.log)).toEqual(['2026-03-14 TrustPromiseBroken', '2026-03-14 bloqueio']);
    expect(after.state).toMatchObject({ level: 'block', brokenPromises: ['2026-03-14'] });
    // Second request in the same block and within 30 days: refused, with the reason in pt-BR.
    expect(() => grant(after.state, '2026-03-15')).toThrow(/últimos 30 dias/);
    expect(trustUnblockEligibility(after.state, DEFAULT_TRUST_UNBLOCK, '2026-03-15')).toMatchObject({ eligible: false, code: 'period-limit', nextEligibleOn: '2026-04-09' });
    // 30 days later the period allows it, but it is still the same block.
    expect(trustUnblockEligibility(after.state, DEFAULT_TRUST_UNBLOCK, '2026-04-10')).toMatchObject({ eligible: false, code: 'block-limit' });
    expect(trustUnblockEligibility(after.state, { ...DEFAULT_TRUST_UNBLOCK, maxUsesPerBlock: 2 }, '2026-04-10')).toMatchObject({ eligible: true, until: '2026-04-13' });
  });

  it('a PIX already received releases at once outside the usage limits, each proof once', () => {
    const proof = { kind: 'pix' as const, endToEndId: 'E12345678202603101200abcdefghijk', invoiceId: 'i0', amountCents: 9990, paidOn: '2026-03-10' };
    const withProof = (st: DunningState, today: string, p = proof) =>
      decide({ type: 'GrantTrustUnblock', data: { contract, rules: DEFAULT_TRUST_UNBLOCK, invoices: [inv('i1', '2026-01-12')], today, at, requestedBy: 'subscriber', proof: p } }, st);
    // Used the promise, broke it, blocked again: a plain request is refused (period limit)...
    const s = blockedOn('2026-03-10');
    const after = walk(fold(grant(s, '2026-03-10'), s), BUILT_IN_LADDER, () => [inv('i1', '2026-01-12')], '2026-03-11', '2026-03-15').state;
    expect(() => grant(after, '2026-03-15')).toThrow(/últimos 30 dias/);
    // ...but a PIX proof releases it, recorded on the event, without counting as a use.
    const released = withProof(after, '2026-03-15');
    expect(released.map((e) => e.type)).toEqual(['TrustUnblockGranted', 'ServiceRestored']);
    expect(released[0]).toMatchObject({ data: { proof, until: '2026-03-18' } });
    const folded = fold(released, after);
    expect(folded.trustUses).toEqual(after.trustUses);
    expect(folded.proofs).toEqual([proof.endToEndId]);
    // Broken again and re-blocked: the same proof is refused naming the field; another one is accepted.
    const reblocked = walk(folded, BUILT_IN_LADDER, () => [inv('i1', '2026-01-12')], '2026-03-16', '2026-03-19').state;
    expect(reblocked.level).toBe('block');
    expect(() => withProof(reblocked, '2026-03-19')).toThrow(expect.objectContaining({ code: 'collections.trust-unblock-proof-used', details: expect.objectContaining({ field: 'endToEndId' }) }));
    expect(withProof(reblocked, '2026-03-19', { ...proof, endToEndId: 'E12345678202603191200abcdefghijk' })).toHaveLength(2);
    // Still only for a suspended contract.
    expect(() => withProof(initialDunningState(), '2026-03-19')).toThrow(/não está suspenso/);
  });

  it('a payment during the promise keeps it; two broken promises in 12 months refuse further ones', () => {
    const released = fold(grant(blockedOn('2026-03-10'), '2026-03-10'), blockedOn('2026-03-10'));
    const kept = walk(released, BUILT_IN_LADDER, () => [], '2026-03-11', '2026-03-11');
    expect(steps(kept.log)).toEqual(['2026-03-11 TrustPromiseKept']);
    expect(kept.state.trust).toBeNull();

    const s = { ...blockedOn('2026-03-10'), brokenPromises: ['2025-06-01', '2025-12-01'] };
    expect(trustUnblockEligibility(s, DEFAULT_TRUST_UNBLOCK, '2026-03-10')).toMatchObject({ eligible: false, code: 'broken-promises' });
    expect(trustUnblockEligibility({ ...s, brokenPromises: ['2025-03-01', '2025-12-01'] }, DEFAULT_TRUST_UNBLOCK, '2026-03-10')).toMatchObject({ eligible: true });
    expect(trustUnblockEligibility({ ...s, brokenPromises: [], trustUses: [{ on: '2026-02-01', episode: 0 }] }, { ...DEFAULT_TRUST_UNBLOCK, minDaysSinceLastUse: 45 }, '2026-03-10')).toMatchObject({ eligible: false, code: 'too-soon', nextEligibleOn: '2026-03-18' });
    expect(trustUnblockEligibility(initialDunningState(), DEFAULT_TRUST_UNBLOCK, '2026-03-10')).toMatchObject({ eligible: false, code: 'not-suspended' });
  });
});
