import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, penaltyAmountCents, type PlanCommand } from './plan.decider.js';
import type { PlanEvent, PlanTerms } from './plan.events.js';
import { createPlanRequestSchema, toCreatePlanCommand } from './plan.validation.js';

// Tier: unit (no I/O). Given (events) / When (command) / Then (events or DomainError).

const AT = '2026-03-10T12:00:00.000Z';
const given = (...events: PlanEvent[]) => events.reduce(evolve, initialState());
const when = (events: PlanEvent[], command: PlanCommand) => decide(command, given(...events));
const thenError = (events: PlanEvent[], command: PlanCommand, code: string, details?: Record<string, unknown>) =>
  expect(() => when(events, command)).toThrow(expect.objectContaining({ name: 'DomainError', code, ...(details ? { details: expect.objectContaining(details) } : {}) }));

const terms: PlanTerms = { technology: 'FTTH', downloadMbps: 500, uploadMbps: 250, priceCents: 9990, installationFeeCents: 0, loyaltyMonths: 0, penaltyRule: { kind: 'none' }, ipv4: 'cgnat', ipv6PrefixLength: 56 };
const created: PlanEvent = { type: 'PlanCreated', data: { planId: 'p1', name: 'Fibra 500', active: true, at: AT } };
const v1: PlanEvent = { type: 'PlanVersionPublished', data: { planId: 'p1', version: 1, terms, at: AT } };
const create = (over: Partial<Extract<PlanCommand, { type: 'CreatePlan' }>['data']> = {}): PlanCommand => ({
  type: 'CreatePlan',
  data: { planId: 'p1', name: ' Fibra  500 ', downloadMbps: 500, uploadMbps: 250, priceCents: 9990, at: AT, ...over },
});

describe('CreatePlan', () => {
  it('given nothing, creates the plan and publishes version 1 with default terms', () => {
    expect(when([], create())).toEqual([created, v1]);
  });

  it('takes every optional term', () => {
    const [, published] = when([], create({ technology: 'radio', installationFeeCents: 30000, loyaltyMonths: 12, penaltyRule: { kind: 'prorata', amountCents: 30000 }, ipv4: 'public', ipv6PrefixLength: null, active: false }));
    expect(published).toEqual({ type: 'PlanVersionPublished', data: { planId: 'p1', version: 1, at: AT, terms: { technology: 'radio', downloadMbps: 500, uploadMbps: 250, priceCents: 9990, installationFeeCents: 30000, loyaltyMonths: 12, penaltyRule: { kind: 'prorata', amountCents: 30000 }, ipv4: 'public' } } });
  });

  it.each([
    [{ name: ' ' }, 'plan.invalid-name', 'name'],
    [{ downloadMbps: 0 }, 'plan.invalid-speed', 'downloadMbps'],
    [{ uploadMbps: -1 }, 'plan.invalid-speed', 'uploadMbps'],
    [{ priceCents: 99.9 }, 'plan.invalid-amount', 'priceCents'],
    [{ installationFeeCents: -1 }, 'plan.invalid-amount', 'installationFeeCents'],
    [{ loyaltyMonths: 25 }, 'plan.invalid-loyalty', 'loyaltyMonths'],
    [{ loyaltyMonths: 12, penaltyRule: { kind: 'percentage' as const, basisPoints: 10001 } }, 'plan.invalid-penalty', 'penaltyRule.basisPoints'],
    [{ penaltyRule: { kind: 'prorata' as const, amountCents: 100 } }, 'plan.penalty-without-loyalty', 'penaltyRule'],
    [{ technology: 'fax' as never }, 'plan.invalid-technology', 'technology'],
    [{ ipv4: 'dynamic' as never }, 'plan.invalid-ipv4', 'ipv4'],
    [{ ipv6PrefixLength: 96 }, 'plan.invalid-ipv6-prefix', 'ipv6PrefixLength'],
  ])('refuses %j with %s (%s)', (over, code, field) => {
    thenError([], create(over), code, { field });
  });

  it('given an existing plan, refuses to create it again', () => {
    thenError([created, v1], create(), 'plan.already-exists');
  });
});

describe('ChangePlanTerms', () => {
  it('a price change publishes version 2 with the full terms', () => {
    expect(when([created, v1], { type: 'ChangePlanTerms', data: { priceCents: 10990, at: AT } })).toEqual([{ type: 'PlanVersionPublished', data: { planId: 'p1', version: 2, terms: { ...terms, priceCents: 10990 }, at: AT } }]);
  });

  it('a speed change publishes the next version after the last one', () => {
    const v2: PlanEvent = { type: 'PlanVersionPublished', data: { planId: 'p1', version: 2, terms: { ...terms, priceCents: 10990 }, at: AT } };
    const [e] = when([created, v1, v2], { type: 'ChangePlanTerms', data: { downloadMbps: 600, uploadMbps: 300, at: AT } });
    expect(e).toMatchObject({ data: { version: 3, terms: { downloadMbps: 600, uploadMbps: 300, priceCents: 10990 } } });
  });

  it('removing IPv6 is a change; same values are not', () => {
    const [e] = when([created, v1], { type: 'ChangePlanTerms', data: { ipv6PrefixLength: null, at: AT } });
    expect(e).toMatchObject({ data: { version: 2 } });
    expect(e?.type === 'PlanVersionPublished' && e.data.terms).not.toHaveProperty('ipv6PrefixLength');
    expect(when([created, v1], { type: 'ChangePlanTerms', data: { priceCents: 9990, downloadMbps: 500, ipv6PrefixLength: 56, at: AT } })).toEqual([]);
  });

  it('refuses invalid terms and unknown plans', () => {
    thenError([created, v1], { type: 'ChangePlanTerms', data: { priceCents: -5, at: AT } }, 'plan.invalid-amount', { field: 'priceCents' });
    thenError([], { type: 'ChangePlanTerms', data: { priceCents: 1, at: AT } }, 'plan.not-found');
  });
});

describe('RenamePlan / ActivatePlan / DeactivatePlan (no new version)', () => {
  it('renames without a version', () => {
    expect(when([created, v1], { type: 'RenamePlan', data: { name: 'Fibra 500 Plus', at: AT } })).toEqual([{ type: 'PlanRenamed', data: { planId: 'p1', name: 'Fibra 500 Plus', at: AT } }]);
    expect(when([created, v1], { type: 'RenamePlan', data: { name: 'Fibra 500', at: AT } })).toEqual([]);
    thenError([created, v1], { type: 'RenamePlan', data: { name: '', at: AT } }, 'plan.invalid-name');
  });

  it('deactivates and activates idempotently', () => {
    const off: PlanEvent = { type: 'PlanDeactivated', data: { planId: 'p1', at: AT } };
    expect(when([created, v1], { type: 'DeactivatePlan', data: { at: AT } })).toEqual([off]);
    expect(when([created, v1, off], { type: 'DeactivatePlan', data: { at: AT } })).toEqual([]);
    expect(when([created, v1, off], { type: 'ActivatePlan', data: { at: AT } })).toEqual([{ type: 'PlanActivated', data: { planId: 'p1', at: AT } }]);
    expect(when([created, v1], { type: 'ActivatePlan', data: { at: AT } })).toEqual([]);
    expect(given(created, v1, off)).toMatchObject({ active: false, version: 1 });
    thenError([], { type: 'ActivatePlan', data: { at: AT } }, 'plan.not-found');
    thenError([], { type: 'DeactivatePlan', data: { at: AT } }, 'plan.not-found');
    thenError([], { type: 'RenamePlan', data: { name: 'x', at: AT } }, 'plan.not-found');
  });
});

describe('penaltyAmountCents', () => {
  it('none, fixed prorata amount, or a percentage of price × loyalty months rounded down', () => {
    expect(penaltyAmountCents(terms)).toBe(0);
    expect(penaltyAmountCents({ ...terms, loyaltyMonths: 12, penaltyRule: { kind: 'prorata', amountCents: 30000 } })).toBe(30000);
    // 10% of 99,90 × 12 = 119,88
    expect(penaltyAmountCents({ ...terms, loyaltyMonths: 12, penaltyRule: { kind: 'percentage', basisPoints: 1000 } })).toBe(11988);
    // 33.33% of 99,99 × 1 = 33,3266... → 33,32
    expect(penaltyAmountCents({ ...terms, priceCents: 9999, loyaltyMonths: 1, penaltyRule: { kind: 'percentage', basisPoints: 3333 } })).toBe(3332);
  });
});

describe('request schema (zod)', () => {
  it('accepts the minimal documented shape; the decider fills the defaults', () => {
    const body = createPlanRequestSchema.parse({ name: 'Fibra 500', downloadMbps: 500, uploadMbps: 250, priceCents: 9990 });
    expect(decide(toCreatePlanCommand(body, { planId: 'p1', at: AT }), initialState())).toEqual([{ ...created, data: { ...created.data } }, v1]);
  });
  it('names the field of an invalid value', () => {
    const r = createPlanRequestSchema.safeParse({ name: 'x', downloadMbps: 500, uploadMbps: 250, priceCents: 99.9 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['priceCents']);
  });
});
