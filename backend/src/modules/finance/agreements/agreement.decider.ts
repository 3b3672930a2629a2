import { DomainError } from '../domain/domain-error.js';
import type { AgreementBroken, AgreementEvent, AgreementMade } from './agreement.events.js';

/*
 * A payment agreement (acordo de pagamento): made once (stream `agreement-<id>`), then either completed (every
 * instalment paid) or broken (an instalment too long overdue). The money moves on the invoices (billing's
 * decider); this stream records the terms and the outcome.
 */
export type AgreementStatus = 'none' | 'active' | 'broken' | 'completed';

export interface AgreementState {
  status: AgreementStatus;
  terms: AgreementMade['data'] | null;
}

export type MakeAgreement = { type: 'MakeAgreement'; data: AgreementMade['data'] };
export type BreakAgreement = { type: 'BreakAgreement'; data: AgreementBroken['data'] };
export type CompleteAgreement = { type: 'CompleteAgreement'; data: { date: string; at: string } };
export type AgreementCommand = MakeAgreement | BreakAgreement | CompleteAgreement;

export const initialAgreementState = (): AgreementState => ({ status: 'none', terms: null });

export function decideAgreement(c: AgreementCommand, s: AgreementState): AgreementEvent[] {
  switch (c.type) {
    case 'MakeAgreement': {
      if (s.status !== 'none') return [];
      const d = c.data;
      const sum = d.instalments.reduce((a, i) => a + i.amountCents, 0);
      if (sum !== d.totalCents || d.debtCents + d.chargesCents !== d.totalCents) throw new DomainError('agreement.total-mismatch', { totalCents: d.totalCents, instalments: sum });
      return [{ type: 'AgreementMade', data: d }];
    }
    case 'BreakAgreement':
      if (s.status === 'broken') return [];
      if (s.status !== 'active') throw new DomainError('agreement.not-active', { current: s.status });
      return [{ type: 'AgreementBroken', data: c.data }];
    case 'CompleteAgreement':
      if (s.status === 'completed') return [];
      if (s.status !== 'active') throw new DomainError('agreement.not-active', { current: s.status });
      return [{ type: 'AgreementCompleted', data: c.data }];
    default: {
      const unreachable: never = c;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolveAgreement(s: AgreementState, e: AgreementEvent): AgreementState {
  switch (e.type) {
    case 'AgreementMade':
      return { status: 'active', terms: e.data };
    case 'AgreementBroken':
      return { ...s, status: 'broken' };
    case 'AgreementCompleted':
      return { ...s, status: 'completed' };
  }
}

export const agreementDecider = { decide: decideAgreement, evolve: evolveAgreement, initialState: initialAgreementState };
export const agreementStreamId = (id: string) => `agreement-${id}`;
