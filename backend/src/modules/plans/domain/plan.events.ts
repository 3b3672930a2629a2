/*
 * Events of the plans context: the commercial catalogue. A plan's identity (name, active) lives in
 * PlanCreated/PlanRenamed/PlanActivated/PlanDeactivated; its commercial terms (price, speeds, loyalty...)
 * live in numbered versions (PlanVersionPublished). Contracts pin a (planId, version): changing the price
 * never changes what existing subscribers signed.
 */

export type Technology = 'FTTH' | 'radio' | 'cable' | 'DSL' | 'satellite' | 'other';
export const TECHNOLOGIES: readonly Technology[] = ['FTTH', 'radio', 'cable', 'DSL', 'satellite', 'other'];

/**
 * Early-cancellation penalty during the loyalty period (Anatel RGC: proportional to the remaining time).
 * - `prorata`: `amountCents` (usually the benefit granted: waived installation, discount) prorated by day.
 * - `percentage`: `basisPoints` (1% = 100) of priceCents × loyaltyMonths, then prorated by day.
 */
export type PenaltyRule = { kind: 'none' } | { kind: 'prorata'; amountCents: number } | { kind: 'percentage'; basisPoints: number };

export interface PlanTerms {
  technology: Technology;
  downloadMbps: number;
  uploadMbps: number;
  priceCents: number;
  installationFeeCents: number;
  /** 0 = no loyalty (fidelização). */
  loyaltyMonths: number;
  penaltyRule: PenaltyRule;
  ipv4: 'public' | 'cgnat';
  /** Delegated IPv6 prefix (e.g. 56 for a /56); absent = no IPv6. */
  ipv6PrefixLength?: number;
}

export type PlanCreated = { type: 'PlanCreated'; data: { planId: string; name: string; active: boolean; at: string } };
export type PlanVersionPublished = { type: 'PlanVersionPublished'; data: { planId: string; version: number; terms: PlanTerms; at: string } };
export type PlanRenamed = { type: 'PlanRenamed'; data: { planId: string; name: string; at: string } };
export type PlanActivated = { type: 'PlanActivated'; data: { planId: string; at: string } };
export type PlanDeactivated = { type: 'PlanDeactivated'; data: { planId: string; at: string } };

export type PlanEvent = PlanCreated | PlanVersionPublished | PlanRenamed | PlanActivated | PlanDeactivated;
