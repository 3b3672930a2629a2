import { DomainError } from './domain-error.js';
import { TECHNOLOGIES, type PenaltyRule, type PlanEvent, type PlanTerms, type Technology } from './plan.events.js';

/*
 * Plan decider (stream `plan-<planId>`). Commercial-term changes publish a new version; renames and
 * (de)activation do not. Deactivating stops new sales only: contracts keep their pinned version.
 */

export interface CreatePlan {
  type: 'CreatePlan';
  data: {
    planId: string;
    name: string;
    downloadMbps: number;
    uploadMbps: number;
    priceCents: number;
    technology?: Technology;
    installationFeeCents?: number;
    loyaltyMonths?: number;
    penaltyRule?: PenaltyRule;
    ipv4?: 'public' | 'cgnat';
    ipv6PrefixLength?: number | null;
    active?: boolean;
    at: string;
  };
}
/** Any subset of the terms; publishes a new version when at least one differs. `ipv6PrefixLength: null` removes IPv6. */
export interface ChangePlanTerms {
  type: 'ChangePlanTerms';
  data: Partial<Omit<PlanTerms, 'ipv6PrefixLength'>> & { ipv6PrefixLength?: number | null; at: string };
}
export interface RenamePlan { type: 'RenamePlan'; data: { name: string; at: string } }
export interface ActivatePlan { type: 'ActivatePlan'; data: { at: string } }
export interface DeactivatePlan { type: 'DeactivatePlan'; data: { at: string } }

export type PlanCommand = CreatePlan | ChangePlanTerms | RenamePlan | ActivatePlan | DeactivatePlan;

export interface PlanState {
  exists: boolean;
  planId: string;
  name: string;
  active: boolean;
  version: number;
  terms: PlanTerms | null;
}

export const initialState = (): PlanState => ({ exists: false, planId: '', name: '', active: false, version: 0, terms: null });

/** Defaults of the optional terms: FTTH, no installation fee, no loyalty, no penalty, CGNAT, /56 IPv6. */
export const DEFAULT_TERMS = {
  technology: 'FTTH',
  installationFeeCents: 0,
  loyaltyMonths: 0,
  penaltyRule: { kind: 'none' },
  ipv4: 'cgnat',
  ipv6PrefixLength: 56,
} as const satisfies Omit<PlanTerms, 'downloadMbps' | 'uploadMbps' | 'priceCents'>;

/** Consumer loyalty is capped at 12 months by Anatel (RGC); companies may sign up to 24. */
export const MAX_LOYALTY_MONTHS = 24;

const invalid = (code: string, field: string, reason?: string) => new DomainError(code, reason ? { field, reason } : { field });

function cents(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw invalid('plan.invalid-amount', field, 'a non-negative integer number of centavos');
  return value;
}

function speed(value: number, field: string): number {
  // up to 3 decimals (512 kbps = 0.512) and at most 100 Gbps
  if (!Number.isFinite(value) || value <= 0 || value > 100_000 || Math.round(value * 1000) !== value * 1000) throw invalid('plan.invalid-speed', field, 'a positive number of Mbps');
  return value;
}

function name(value: string): string {
  const v = (value ?? '').trim().replace(/\s+/g, ' ');
  if (v === '' || v.length > 120) throw invalid('plan.invalid-name', 'name', '1 to 120 characters');
  return v;
}

export function validateTerms(t: PlanTerms): PlanTerms {
  if (!TECHNOLOGIES.includes(t.technology)) throw invalid('plan.invalid-technology', 'technology');
  const out: PlanTerms = {
    technology: t.technology,
    downloadMbps: speed(t.downloadMbps, 'downloadMbps'),
    uploadMbps: speed(t.uploadMbps, 'uploadMbps'),
    priceCents: cents(t.priceCents, 'priceCents'),
    installationFeeCents: cents(t.installationFeeCents, 'installationFeeCents'),
    loyaltyMonths: t.loyaltyMonths,
    penaltyRule: t.penaltyRule,
    ipv4: t.ipv4,
  };
  if (!Number.isInteger(t.loyaltyMonths) || t.loyaltyMonths < 0 || t.loyaltyMonths > MAX_LOYALTY_MONTHS) throw invalid('plan.invalid-loyalty', 'loyaltyMonths', `0 to ${MAX_LOYALTY_MONTHS}`);
  const p = t.penaltyRule;
  if (p.kind === 'prorata') cents(p.amountCents, 'penaltyRule.amountCents');
  else if (p.kind === 'percentage') {
    if (!Number.isInteger(p.basisPoints) || p.basisPoints < 0 || p.basisPoints > 10_000) throw invalid('plan.invalid-penalty', 'penaltyRule.basisPoints', '0 to 10000 (100%)');
  } else if (p.kind !== 'none') throw invalid('plan.invalid-penalty', 'penaltyRule.kind');
  if (p.kind !== 'none' && t.loyaltyMonths === 0) throw invalid('plan.penalty-without-loyalty', 'penaltyRule', 'a penalty needs a loyalty period');
  if (t.ipv4 !== 'public' && t.ipv4 !== 'cgnat') throw invalid('plan.invalid-ipv4', 'ipv4');
  if (t.ipv6PrefixLength !== undefined) {
    if (!Number.isInteger(t.ipv6PrefixLength) || t.ipv6PrefixLength < 32 || t.ipv6PrefixLength > 64) throw invalid('plan.invalid-ipv6-prefix', 'ipv6PrefixLength', '32 to 64');
    out.ipv6PrefixLength = t.ipv6PrefixLength;
  }
  return out;
}

/**
 * The full penalty before proration (what a contract snapshot carries as `penaltyAmountCents`).
 * Percentage: floor(basisPoints × priceCents × loyaltyMonths / 10 000), rounding down (in the subscriber's favour).
 */
export function penaltyAmountCents(terms: PlanTerms): number {
  const p = terms.penaltyRule;
  switch (p.kind) {
    case 'none':
      return 0;
    case 'prorata':
      return p.amountCents;
    case 'percentage':
      return Math.floor((p.basisPoints * terms.priceCents * terms.loyaltyMonths) / 10_000);
    default: {
      const unreachable: never = p;
      throw new Error(`unknown penalty rule ${(unreachable as { kind: string }).kind}`);
    }
  }
}

const sameTerms = (a: PlanTerms, b: PlanTerms): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PlanTerms>;
  return [...keys].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
};

function assertExists(state: PlanState): void {
  if (!state.exists) throw new DomainError('plan.not-found');
}

export function decide(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'CreatePlan': {
      if (state.exists) throw new DomainError('plan.already-exists', { planId: state.planId });
      const c = command.data;
      const terms: PlanTerms = {
        technology: c.technology ?? DEFAULT_TERMS.technology,
        downloadMbps: c.downloadMbps,
        uploadMbps: c.uploadMbps,
        priceCents: c.priceCents,
        installationFeeCents: c.installationFeeCents ?? DEFAULT_TERMS.installationFeeCents,
        loyaltyMonths: c.loyaltyMonths ?? DEFAULT_TERMS.loyaltyMonths,
        penaltyRule: c.penaltyRule ?? DEFAULT_TERMS.penaltyRule,
        ipv4: c.ipv4 ?? DEFAULT_TERMS.ipv4,
      };
      if (c.ipv6PrefixLength !== null) terms.ipv6PrefixLength = c.ipv6PrefixLength ?? DEFAULT_TERMS.ipv6PrefixLength;
      const validName = name(c.name);
      return [
        { type: 'PlanCreated', data: { planId: c.planId, name: validName, active: c.active ?? true, at: c.at } },
        { type: 'PlanVersionPublished', data: { planId: c.planId, version: 1, terms: validateTerms(terms), at: c.at } },
      ];
    }
    case 'ChangePlanTerms': {
      assertExists(state);
      const { at, ipv6PrefixLength, ...changes } = command.data;
      const current = state.terms!;
      const next: PlanTerms = { ...current, ...changes };
      if (ipv6PrefixLength === null) delete next.ipv6PrefixLength;
      else if (ipv6PrefixLength !== undefined) next.ipv6PrefixLength = ipv6PrefixLength;
      const terms = validateTerms(next);
      if (sameTerms(terms, current)) return [];
      return [{ type: 'PlanVersionPublished', data: { planId: state.planId, version: state.version + 1, terms, at } }];
    }
    case 'RenamePlan': {
      assertExists(state);
      const n = name(command.data.name);
      return n === state.name ? [] : [{ type: 'PlanRenamed', data: { planId: state.planId, name: n, at: command.data.at } }];
    }
    case 'ActivatePlan':
      assertExists(state);
      return state.active ? [] : [{ type: 'PlanActivated', data: { planId: state.planId, at: command.data.at } }];
    case 'DeactivatePlan':
      assertExists(state);
      return state.active ? [{ type: 'PlanDeactivated', data: { planId: state.planId, at: command.data.at } }] : [];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolve(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanCreated':
      return { ...state, exists: true, planId: event.data.planId, name: event.data.name, active: event.data.active };
    case 'PlanVersionPublished':
      return { ...state, version: event.data.version, terms: event.data.terms };
    case 'PlanRenamed':
      return { ...state, name: event.data.name };
    case 'PlanActivated':
      return { ...state, active: true };
    case 'PlanDeactivated':
      return { ...state, active: false };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const planDecider = { decide, evolve, initialState };
export const planStreamId = (planId: string): string => `plan-${planId}`;
