import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideAgreement, evolveAgreement, initialAgreementState, type AgreementCommand, type AgreementState } from './agreement.decider.js';
import type { AgreementEvent, AgreementMade } from './agreement.events.js';
import { instalmentDueDate, planAgreement, reopenOnBreak } from './agreement-plan.js';

const debts = [
  { invoiceId: 'b', dueDate: '2026-12-10', principalCents: 5000, fineCents: 100, interestCents: 30 },
  { invoiceId: 'a', dueDate: '2026-12-01', principalCents: 10000, fineCents: 200, interestCents: 100 },
];
const plan = (over: Partial<Parameters<typeof planAgreement>[0]> = {}) =>
  planAgreement({ agreementId: 'x', date: '2027-01-20', debts, chargesWaived: false, downPaymentCents: 3000, instalments: 3, dueDay: 10, invoiceId: (n) => `i${n}`, ...over });

describe('agreement plan', () => {
  it('down payment on the agreement date, equal monthly instalments on the due day, odd centavos on the first', () => {
    const p = plan();
    expect(p).toMatchObject({ debtCents: 15000, chargesCents: 430, totalCents: 15430 });
    expect(p.instalments.map((i) => [i.number, i.invoiceId, i.dueDate, i.amountCents])).toEqual([
      [0, 'i0', '2027-01-20', 3000], [1, 'i1', '2027-02-10', 4144], [2, 'i2', '2027-03-10', 4143], [3, 'i3', '2027-04-10', 4143],
    ]);
    for (const i of p.instalments) expect(i.debtCents + i.chargesCents).toBe(i.amountCents);
    // Charges ride on the first instalments (paid first, as CC art. 354 imputes).
    expect(p.instalments.map((i) => i.chargesCents)).toEqual([430, 0, 0, 0]);
  });

  it('waived charges leave only the debt; no down payment means no entrada; day 31 falls on the month end', () => {
    const p = plan({ chargesWaived: true, downPaymentCents: 0, instalments: 2, dueDay: 31 });
    expect(p).toMatchObject({ chargesCents: 0, totalCents: 15000 });
    expect(p.instalments.map((i) => [i.number, i.dueDate, i.amountCents, i.chargesCents])).toEqual([[1, '2027-02-28', 7500, 0], [2, '2027-03-31', 7500, 0]]);
    expect(instalmentDueDate('2027-12-05', 30, 2)).toBe('2028-02-29');
  });

  it('refuses a down payment of the whole total, zero instalments and no invoices', () => {
    expect(() => plan({ downPaymentCents: 15430 })).toThrow(/downPaymentCents/);
    expect(() => plan({ instalments: 0 })).toThrow(/instalments/);
    expect(() => plan({ debts: [] })).toThrow(/invoiceIds/);
  });

  it('on a break, what was paid goes to the charges first (CC art. 354), then to the oldest invoice; the rest re-opens', () => {
    expect(reopenOnBreak(debts, 430, 3000)).toEqual([{ invoiceId: 'a', amountCents: 7430 }, { invoiceId: 'b', amountCents: 5000 }]);
    expect(reopenOnBreak(debts, 430, 100)).toEqual([{ invoiceId: 'a', amountCents: 10000 }, { invoiceId: 'b', amountCents: 5000 }]);
    expect(reopenOnBreak(debts, 0, 12000)).toEqual([{ invoiceId: 'a', amountCents: 0 }, { invoiceId: 'b', amountCents: 3000 }]);
  });

  it('property: instalments add up to the total, and a break re-opens exactly the debt not paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ principal: fc.integer({ min: 1, max: 500_000 }), fine: fc.nat(10_000), interest: fc.nat(10_000) }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 24 }), fc.nat(), fc.nat(), fc.boolean(),
        (ds, n, downSeed, paidSeed, waived) => {
          const list = ds.map((d, i) => ({ invoiceId: `v${i}`, dueDate: `2026-0${(i % 9) + 1}-10`, principalCents: d.principal, fineCents: d.fine, interestCents: d.interest }));
          const debt = list.reduce((s, d) => s + d.principalCents, 0);
          const charges = waived ? 0 : list.reduce((s, d) => s + d.fineCents + d.interestCents, 0);
          const total = debt + charges;
          if (total - n < 1) return;
          const down = downSeed % (total - n + 1);
          const p = planAgreement({ agreementId: 'x', date: '2027-01-20', debts: list, chargesWaived: waived, downPaymentCents: down, instalments: n, dueDay: 15, invoiceId: (k) => `i${k}` });
          expect(p.instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(total);
          expect(p.instalments.reduce((s, i) => s + i.chargesCents, 0)).toBe(charges);
          for (const i of p.instalments) expect(i.debtCents).toBeGreaterThanOrEqual(0);
          const paid = paidSeed % (total + 1);
          const reopened = reopenOnBreak(list, charges, paid).reduce((s, r) => s + r.amountCents, 0);
          expect(reopened).toBe(debt - Math.min(debt, Math.max(0, paid - charges)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('agreement decider', () => {
  const terms = { agreementId: 'x', customerId: 'c', date: '2027-01-20', debts, chargesWaived: false, ...plan(), breakAfterDays: 30, at: 't' } as AgreementMade['data'];
  const given = (events: AgreementEvent[]): AgreementState => events.reduce(evolveAgreement, initialAgreementState());
  const when = (s: AgreementState, c: AgreementCommand) => decideAgreement(c, s);
  const made: AgreementEvent = { type: 'AgreementMade', data: terms };
  const broken = { type: 'BreakAgreement' as const, data: { date: '2027-03-12', overdueInvoiceId: 'i1', paidCents: 0, cancelledInvoiceIds: [], movedBackInvoiceIds: [], reopened: [], at: 't' } };

  it('given nothing, when made, then AgreementMade; made twice is a no-op', () => {
    expect(when(given([]), { type: 'MakeAgreement', data: terms }).map((e) => e.type)).toEqual(['AgreementMade']);
    expect(when(given([made]), { type: 'MakeAgreement', data: terms })).toEqual([]);
  });

  it('refuses terms whose instalments do not add up to the total', () => {
    expect(() => when(given([]), { type: 'MakeAgreement', data: { ...terms, totalCents: terms.totalCents + 1 } })).toThrow(/total-mismatch/);
  });

  it('given made, when broken, then AgreementBroken; given broken, completing is refused', () => {
    expect(when(given([made]), broken).map((e) => e.type)).toEqual(['AgreementBroken']);
    const after = given([made, { type: 'AgreementBroken', data: broken.data }]);
    expect(when(after, broken)).toEqual([]);
    expect(() => when(after, { type: 'CompleteAgreement', data: { date: '2027-05-01', at: 't' } })).toThrow(/not-active/);
  });
});
