import { describe, expect, it } from 'vitest';
import { suspendedDaysCredit, suspendedDaysCreditLines, suspensionPeriods, splitSuspendedDaysCredit } from './suspended-days-credit.js';

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

  it('credit lines of one suspension: a line per month it touches, pro rata of that month, exact in centavos', () => {
    // Blocked 01/03, restored 11/03: 10 days of 31 on R$ 99,90 → 32,2258… → R$ 32,23.
    expect(suspendedDaysCreditLines('e1', '2026-03-01', '2026-03-11', () => 9990)).toEqual([
      { id: 'e1:suspended-days:2026-03', competence: '2026-03', days: 10, amountCents: -3223, description: 'Crédito de 10 dias suspensos por inadimplência (01/03 a 10/03)' },
    ]);
    // Across a month end (and a year end): 28/12 → 03/01 is 4 days of December (31) + 2 of January (31).
    expect(suspendedDaysCreditLines('e2', '2026-12-28', '2027-01-03', () => 9300)).toEqual([
      { id: 'e2:suspended-days:2026-12', competence: '2026-12', days: 4, amountCents: -1200, description: 'Crédito de 4 dias suspensos por inadimplência (28/12 a 31/12)' },
      { id: 'e2:suspended-days:2027-01', competence: '2027-01', days: 2, amountCents: -600, description: 'Crédito de 2 dias suspensos por inadimplência (01/01 a 02/01)' },
    ]);
    // February of 28 days, each month priced by its own callback (a price change between them).
    const lines = suspendedDaysCreditLines('e3', '2026-02-27', '2026-03-02', (c) => (c === '2026-02' ? 5600 : 6200));
    expect(lines.map((l) => [l.competence, l.days, l.amountCents])).toEqual([['2026-02', 2, -400], ['2026-03', 1, -200]]);
    expect(lines[1]!.description).toBe('Crédito de 1 dia suspenso por inadimplência (01/03 a 01/03)');
    // A whole month suspended is credited in full, never more.
    expect(suspendedDaysCreditLines('e4', '2026-03-31', '2026-05-01', () => 9990).map((l) => [l.competence, l.days, l.amountCents])).toEqual([['2026-03', 1, -323], ['2026-04', 30, -9990]]);
  });

  it('nothing for a block lifted the same day; several suspensions never overlap ids', () => {
    expect(suspendedDaysCreditLines('e5', '2026-03-05', '2026-03-05', () => 9990)).toEqual([]);
    const a = suspendedDaysCreditLines('a', '2026-03-01', '2026-03-04', () => 9990);
    const b = suspendedDaysCreditLines('b', '2026-03-20', '2026-03-22', () => 9990);
    expect([...a, ...b].map((l) => [l.id, l.days, l.amountCents])).toEqual([['a:suspended-days:2026-03', 3, -967], ['b:suspended-days:2026-03', 2, -645]]);
  });
});

describe('splitSuspendedDaysCredit', () => {
  const line = (competence: string, cents: number) => ({ id: `e1:suspended-days:${competence}`, competence, days: 1, description: competence, amountCents: -cents });
  it('a whole month goes to the credit balance; partial months stay on the invoice while it stays payable', () => {
    const { onInvoice, toBalance } = splitSuspendedDaysCredit([line('2027-01', 3600), line('2027-02', 9300), line('2027-03', 1200)], [], 9300);
    expect(onInvoice.map((l) => l.competence)).toEqual(['2027-01', '2027-03']);
    expect(toBalance.map((l) => l.competence)).toEqual(['2027-02']);
  });
  it('counts the suspended-days credits already pending for the invoice (other adjustments do not count)', () => {
    const pending = [{ id: 'e0:suspended-days:2026-12', amountCents: -6000 }, { id: 'e0:fee', amountCents: 1500 }];
    expect(splitSuspendedDaysCredit([line('2027-01', 3000), line('2027-02', 3400)], pending, 9300).toBalance.map((l) => l.competence)).toEqual(['2027-02']);
  });
});
