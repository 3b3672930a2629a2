import { DomainError } from './domain-error.js';
import { isCompetence } from './monthly-invoice.js';

/*
 * A billing run for a competence: requested → previewed (dry run listing every invoice, with warnings) →
 * approved by someone holding billing-runs:approve → completed (every invoice issued or failed), or
 * discarded before approval. Stream `billing-run-<id>`; progress counters live in the read model.
 */

export type BillingRunStatus = 'none' | 'previewing' | 'awaiting_approval' | 'issuing' | 'completed' | 'discarded';

export type BillingRunEvent =
  | { type: 'BillingRunRequested'; data: { runId: string; competence: string; dueDayFrom: number; dueDayTo: number; at: string } }
  | { type: 'BillingRunPreviewed'; data: { invoices: number; totalCents: number; warnings: Record<string, number>; at: string } }
  | { type: 'BillingRunApproved'; data: { invoices: number; totalCents: number; at: string } }
  | { type: 'BillingRunCompleted'; data: { issued: number; failed: number; at: string } }
  | { type: 'BillingRunDiscarded'; data: { reason: string; at: string } };

export type BillingRunCommand =
  | { type: 'RequestBillingRun'; data: { runId: string; competence: string; dueDayFrom: number; dueDayTo: number; at: string } }
  | { type: 'RecordPreview'; data: { invoices: number; totalCents: number; warnings: Record<string, number>; at: string } }
  | { type: 'ApproveBillingRun'; data: { at: string } }
  | { type: 'CompleteBillingRun'; data: { issued: number; failed: number; at: string } }
  | { type: 'DiscardBillingRun'; data: { reason: string; at: string } };

export interface BillingRunState {
  status: BillingRunStatus;
  invoices: number;
  totalCents: number;
}

export const initialBillingRunState = (): BillingRunState => ({ status: 'none', invoices: 0, totalCents: 0 });

const refuse = (s: BillingRunState, command: string) =>
  new DomainError('billing-run.invalid-transition', { current: s.status, command }, `The billing run is ${s.status}; ${command} is not allowed now.`);

export function decideBillingRun(c: BillingRunCommand, s: BillingRunState): BillingRunEvent[] {
  switch (c.type) {
    case 'RequestBillingRun': {
      if (s.status !== 'none') return [];
      const d = c.data;
      if (!isCompetence(d.competence)) throw new DomainError('billing-run.invalid-competence', { field: 'competence', reason: 'a month YYYY-MM' });
      if (!Number.isInteger(d.dueDayFrom) || d.dueDayFrom < 1 || d.dueDayFrom > 31) throw new DomainError('billing-run.invalid-due-day', { field: 'dueDayFrom', reason: '1–31' });
      if (!Number.isInteger(d.dueDayTo) || d.dueDayTo < d.dueDayFrom || d.dueDayTo > 31) throw new DomainError('billing-run.invalid-due-day', { field: 'dueDayTo', reason: 'dueDayFrom–31' });
      return [{ type: 'BillingRunRequested', data: d }];
    }
    case 'RecordPreview':
      if (s.status !== 'previewing') throw refuse(s, c.type);
      return [{ type: 'BillingRunPreviewed', data: c.data }];
    case 'ApproveBillingRun':
      if (s.status === 'issuing' || s.status === 'completed') return [];
      if (s.status !== 'awaiting_approval') throw refuse(s, c.type);
      if (s.invoices === 0) throw new DomainError('billing-run.nothing-to-issue', { current: s.status }, 'The preview has no invoice to issue.');
      return [{ type: 'BillingRunApproved', data: { invoices: s.invoices, totalCents: s.totalCents, at: c.data.at } }];
    case 'CompleteBillingRun':
      if (s.status === 'completed') return [];
      if (s.status !== 'issuing') throw refuse(s, c.type);
      return [{ type: 'BillingRunCompleted', data: c.data }];
    case 'DiscardBillingRun':
      if (s.status === 'discarded') return [];
      if (s.status !== 'awaiting_approval' && s.status !== 'previewing') throw refuse(s, c.type);
      return [{ type: 'BillingRunDiscarded', data: c.data }];
  }
}

export function evolveBillingRun(s: BillingRunState, e: BillingRunEvent): BillingRunState {
  switch (e.type) {
    case 'BillingRunRequested': return { ...s, status: 'previewing' };
    case 'BillingRunPreviewed': return { status: 'awaiting_approval', invoices: e.data.invoices, totalCents: e.data.totalCents };
    case 'BillingRunApproved': return { ...s, status: 'issuing' };
    case 'BillingRunCompleted': return { ...s, status: 'completed' };
    case 'BillingRunDiscarded': return { ...s, status: 'discarded' };
  }
}

export const billingRunDecider = { decide: decideBillingRun, evolve: evolveBillingRun, initialState: initialBillingRunState };
export const billingRunStreamId = (id: string) => `billing-run-${id}`;
