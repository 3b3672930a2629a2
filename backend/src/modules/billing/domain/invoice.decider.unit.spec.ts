import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideInvoice, evolveInvoice, initialInvoiceState, outstandingCents, type InvoiceCommand, type InvoiceState } from './invoice.decider.js';
import type { InvoiceEvent } from './invoice.events.js';
import { DEFAULT_LATE_CHARGE_RULES } from './late-charges.js';

const at = '2026-12-01T12:00:00.000Z';
const issue = (totalCents: number, id = 'i1'): InvoiceCommand => ({
  type: 'IssueInvoice',
  data: {
    invoiceId: id, number: 1, customerId: 'u', contractId: 'c', competence: '2026-12', runId: null, issuedOn: '2026-11-28', dueDate: '2026-12-10',
    items: [{ kind: 'plan', description: 'Plano', amountCents: totalCents }], totalCents, rules: DEFAULT_LATE_CHARGE_RULES, boleto: null, pix: null, at,
  },
});
const pay = (paymentId: string, amountCents: number, charges = { fineCents: 0, interestCents: 0 }, discountCents = 0): InvoiceCommand => ({
  type: 'RecordPayment',
  data: { paymentId, method: 'cash', amountCents, chargesCents: charges, discountCents, paidOn: '2026-12-10', source: { kind: 'manual', reference: 'x' }, receivedBy: 'staff', at },
});

function run(commands: InvoiceCommand[], s: InvoiceState = initialInvoiceState()): { state: InvoiceState; events: InvoiceEvent[] } {
  const events: InvoiceEvent[] = [];
  for (const c of commands) {
    for (const e of decideInvoice(c, s)) {
      s = evolveInvoice(s, e);
      events.push(e);
    }
  }
  return { state: s, events };
}

describe('invoice decider', () => {
  it('issues once: issuing the same invoice again is a no-op', () => {
    const { state, events } = run([issue(9990), issue(9990)]);
    expect(events).toHaveLength(1);
    expect(state).toMatchObject({ status: 'open', totalCents: 9990 });
  });

  it('refuses items that do not add up, a non-positive total and a due date before the issue date', () => {
    const bad = issue(9990);
    (bad.data as { totalCents: number }).totalCents = 1000;
    expect(() => run([bad])).toThrow(/totalCents/);
    expect(() => run([issue(0)])).toThrow(/items/);
    const early = issue(100);
    (early.data as { dueDate: string }).dueDate = '2026-11-01';
    expect(() => run([early])).toThrow(/dueDate/);
  });

  it('imputes a payment to interest, then the fine, then the principal (CC art. 354); the excess is credit', () => {
    const { state, events } = run([issue(10000), pay('p1', 10233, { fineCents: 200, interestCents: 33 }), pay('p2', 500)]);
    expect(events[1]).toMatchObject({ data: { interestCents: 33, fineCents: 200, principalCents: 10000, overpaidCents: 0 } });
    expect(events[2]).toMatchObject({ data: { principalCents: 0, overpaidCents: 500 } });
    expect(state.status).toBe('paid');
    const partial = run([issue(10000), pay('p1', 100, { fineCents: 200, interestCents: 33 })]);
    expect(partial.events[1]).toMatchObject({ data: { interestCents: 33, fineCents: 67, principalCents: 0 } });
    expect(partial.state.status).toBe('open');
  });

  it('settles once per payment id, reverses by event, and cancels only with nothing paid', () => {
    const { state, events } = run([issue(10000), pay('p1', 4000), pay('p1', 4000)]);
    expect(events).toHaveLength(2);
    expect(state).toMatchObject({ status: 'partially_paid', principalPaidCents: 4000 });
    expect(() => run([{ type: 'CancelInvoice', data: { reason: 'erro', at } }], state)).toThrow(/partially_paid/);
    const reversed = run([{ type: 'ReversePayment', data: { paymentId: 'p1', reason: 'cheque devolvido', at } }, { type: 'CancelInvoice', data: { reason: 'erro de cadastro', at } }], state);
    expect(reversed.state.status).toBe('cancelled');
    expect(() => run([pay('p9', 100)], reversed.state)).toThrow(/cancelled/);
  });

  it('applies a bank discount only when it closes the invoice', () => {
    expect(run([issue(10000), pay('p', 9500, undefined, 500)]).state).toMatchObject({ status: 'paid', discountCents: 500 });
    expect(run([issue(10000), pay('p', 5000, undefined, 500)]).state).toMatchObject({ status: 'partially_paid', discountCents: 0 });
  });
});

type Op =
  | { kind: 'pay'; invoice: number; id: number; amount: number; charges: number; discount: number }
  | { kind: 'reverse'; invoice: number; id: number }
  | { kind: 'cancel'; invoice: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), invoice: fc.nat(4), id: fc.nat(6), amount: fc.integer({ min: 1, max: 30_000 }), charges: fc.nat(500), discount: fc.nat(300) }),
  fc.record({ kind: fc.constant('reverse' as const), invoice: fc.nat(4), id: fc.nat(6) }),
  fc.record({ kind: fc.constant('cancel' as const), invoice: fc.nat(4) }),
);

describe('money invariant (property)', () => {
  it('for any sequence of payments, replays, reversals and cancellations: invoiced = paid + discounted + open + cancelled, to the centavo', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 5, maxLength: 5 }), fc.array(op, { maxLength: 60 }), (totals, ops) => {
        const states = totals.map((t, i) => run([issue(t, `i${i}`)]).state);
        let received = 0;
        let credit = 0;
        let fines = 0;
        for (const o of ops) {
          const s = states[o.invoice]!;
          const command: InvoiceCommand =
            o.kind === 'pay' ? pay(`p${o.id}`, o.amount, { fineCents: Math.floor(o.charges / 2), interestCents: o.charges - Math.floor(o.charges / 2) }, o.discount)
            : o.kind === 'reverse' ? { type: 'ReversePayment', data: { paymentId: `p${o.id}`, reason: 'estorno', at } }
            : { type: 'CancelInvoice', data: { reason: 'cancelada', at } };
          let events: InvoiceEvent[];
          try {
            events = decideInvoice(command, s);
          } catch {
            continue; // refused (cancelled invoice, unknown payment, something paid): changes nothing
          }
          let next = s;
          for (const e of events) {
            next = evolveInvoice(next, e);
            if (e.type === 'InvoicePaymentRecorded') {
              received += e.data.amountCents;
              credit += e.data.overpaidCents;
              fines += e.data.fineCents + e.data.interestCents;
              // Received money is exactly principal + fine + interest + credit.
              expect(e.data.principalCents + e.data.fineCents + e.data.interestCents + e.data.overpaidCents).toBe(e.data.amountCents);
            }
            if (e.type === 'InvoicePaymentReversed') {
              const orig = s.payments[e.data.paymentId]!;
              credit -= orig.overpaidCents;
            }
          }
          states[o.invoice] = next;
        }
        const invoiced = totals.reduce((a, b) => a + b, 0);
        const paid = states.reduce((a, s) => a + s.principalPaidCents + s.discountCents, 0);
        const open = states.reduce((a, s) => a + (s.status === 'cancelled' ? 0 : outstandingCents(s)), 0);
        const cancelled = states.reduce((a, s) => a + (s.status === 'cancelled' ? s.totalCents : 0), 0);
        expect(paid + open + cancelled).toBe(invoiced);
        for (const s of states) expect(outstandingCents(s)).toBeGreaterThanOrEqual(0);
        expect(received).toBeGreaterThanOrEqual(0);
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(fines).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
