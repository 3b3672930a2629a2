import { describe, expect, it } from 'vitest';
import { suspendedDaysCredit, suspensionPeriods } from './suspended-days-credit.js';

describe('credit for days suspended for delinquency', () => {
  it('credits the totally suspended days of the month pro rata, rounded up for the subscriber', () => {
    // Blocked 2026-03-03, restored 2026-03-11: 8 days of 31 on R$ 99,90 → 25,78064… → R$ 25,79.
    const periods = suspensionPeriods([{ on: '2026-02-01', level: 'throttle' }, { on: '2026-03-03', level: 'block' }, { on: '2026-03-11', level: 'none' }]);
    expect(periods).toEqual([{ from: '2026-02-01', to: '2026-03-03', kind: 'partial' }, { from: '2026-03-03', to: '2026-03-11', kind: 'total' }]);
    expect(suspendedDaysCredit(9990, '2026-03', periods)).toEqual({ competence: '2026-03', days: 8, creditCents: 2579 });
    // Partial suspension is credited only when the contract says so.
    expect(suspendedDaysCredit(9990, '2026-02', periods)).toEqual({ competence: '2026-02', days: 0, creditCents: 0 });
    expect(suspendedDaysCredit(9990, '2026-02', periods, { creditPartial: true })).toEqual({ competence: '2026-02', days: 28, creditCents: 9990 });
  });

  it('counts an open suspension to the end of the month and never credits more than the price', () => {
    const periods = suspensionPeriods([{ on: '2026-04-20', level: 'block' }]);
    expect(suspendedDaysCredit(10000, '2026-04', periods)).toEqual({ competence: '2026-04', days: 11, creditCents: 3667 });
    expect(suspendedDaysCredit(10000, '2026-05', periods)).toEqual({ competence: '2026-05', days: 31, creditCents: 10000 });
    expect(suspendedDaysCredit(10000, '2026-03', periods)).toEqual({ competence: '2026-03', days: 0, creditCents: 0 });
  });
});
