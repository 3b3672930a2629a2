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

describe('write-off and renegotiation', () => {
  const writeOff: InvoiceCommand = { type: 'WriteOffInvoice', data: { reason: 'cliente não localizado', at } };
  const renegotiate = (agreementId = 'a1'): InvoiceCommand => ({ type: 'RenegotiateInvoice', data: { agreementId, at } });

  it('writes off what is outstanding, only on an open or partially paid invoice, and reverses by event', () => {
    const { state, events } = run([issue(10000), pay('p1', 3000), writeOff, writeOff]);
    expect(events.at(-1)).toMatchObject({ type: 'InvoiceWrittenOff', data: { amountCents: 7000, reason: 'cliente não localizado' } });
    expect(events).toHaveLength(3);
    expect(state).toMatchObject({ status: 'written_off', writtenOffCents: 7000 });
    expect(outstandingCents(state)).toBe(0);
    const back = run([{ type: 'ReverseWriteOff', data: { reason: 'cliente voltou', at } }], state);
    expect(back.events[0]).toMatchObject({ type: 'InvoiceWriteOffReversed', data: { amountCents: 7000 } });
    expect(back.state).toMatchObject({ status: 'partially_paid', writtenOffCents: 0 });
    expect(() => run([writeOff], run([issue(100), pay('p', 100)]).state)).toThrow(/paid cannot be written off/);
    expect(() => run([{ type: 'ReverseWriteOff', data: { reason: 'x', at } }], run([issue(100)]).state)).toThrow(/not written off/);
    expect(() => run([{ type: 'WriteOffInvoice', data: { reason: ' ', at } }], run([issue(100)]).state)).toThrow(/reason/);
  });

  it('money arriving on a written-off invoice reverses the write-off first (recovery)', () => {
    const { state } = run([issue(10000), writeOff]);
    const paid = run([pay('late', 10000)], state);
    expect(paid.events.map((e) => e.type)).toEqual(['InvoiceWriteOffReversed', 'InvoicePaymentRecorded']);
    expect(paid.state).toMatchObject({ status: 'paid', writtenOffCents: 0, principalPaidCents: 10000 });
    expect(() => run([{ type: 'ReversePayment', data: { paymentId: 'x', reason: 'r', at } }], state)).toThrow(/payment/);
  });

  it('moves the outstanding into an agreement and gives back what the agreement did not settle', () => {
    const { state, events } = run([issue(10000), pay('p1', 2500), renegotiate(), renegotiate()]);
    expect(events.at(-1)).toMatchObject({ type: 'InvoiceRenegotiated', data: { agreementId: 'a1', amountCents: 7500 } });
    expect(events).toHaveLength(3);
    expect(state).toMatchObject({ status: 'renegotiated', renegotiatedCents: 7500, agreementId: 'a1' });
    expect(() => run([writeOff], state)).toThrow(/renegotiated cannot be written off/);
    expect(() => run([{ type: 'CancelInvoice', data: { reason: 'erro', at } }], state)).toThrow(/renegotiated/);
    expect(() => run([{ type: 'ReopenRenegotiated', data: { agreementId: 'other', reason: 'quebra', at } }], state)).toThrow(/not renegotiated by this agreement/);
    const part = run([{ type: 'ReopenRenegotiated', data: { agreementId: 'a1', reason: 'acordo quebrado', amountCents: 5000, at } }], state);
    expect(part.state).toMatchObject({ status: 'partially_paid', renegotiatedCents: 2500 });
    expect(outstandingCents(part.state)).toBe(5000);
    const all = run([{ type: 'ReopenRenegotiated', data: { agreementId: 'a1', reason: 'acordo desfeito', at } }], state);
    expect(all.state).toMatchObject({ status: 'partially_paid', renegotiatedCents: 0 });
    expect(outstandingCents(all.state)).toBe(7500);
    // A payment on the old slip after the agreement took the debt is the customer's credit.
    const late = run([pay('old-slip', 7500)], state);
    expect(late.events[0]).toMatchObject({ data: { principalCents: 0, overpaidCents: 7500 } });
    expect(late.state.status).toBe('renegotiated');
  });
});

type Op =
  | { kind: 'pay'; invoice: number; id: number; amount: number; charges: number; discount: number }
  | { kind: 'reverse'; invoice: number; id: number }
  | { kind: 'cancel'; invoice: number }
  | { kind: 'write-off' | 'reverse-write-off' | 'renegotiate'; invoice: number }
  | { kind: 'reopen'; invoice: number; amount: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), invoice: fc.nat(4), id: fc.nat(6), amount: fc.integer({ min: 1, max: 30_000 }), charges: fc.nat(500), discount: fc.nat(300) }),
  fc.record({ kind: fc.constant('reverse' as const), invoice: fc.nat(4), id: fc.nat(6) }),
  fc.record({ kind: fc.constant('cancel' as const), invoice: fc.nat(4) }),
  fc.record({ kind: fc.constantFrom('write-off' as const, 'reverse-write-off' as const, 'renegotiate' as const), invoice: fc.nat(4) }),
  fc.record({ kind: fc.constant('reopen' as const), invoice: fc.nat(4), amount: fc.nat(60_000) }),
);

function commandFor(o: Op): InvoiceCommand {
  switch (o.kind) {
    case 'pay': return pay(`p${o.id}`, o.amount, { fineCents: Math.floor(o.charges / 2), interestCents: o.charges - Math.floor(o.charges / 2) }, o.discount);
    case 'reverse': return { type: 'ReversePayment', data: { paymentId: `p${o.id}`, reason: 'estorno', at } };
    case 'cancel': return { type: 'CancelInvoice', data: { reason: 'cancelada', at } };
    case 'write-off': return { type: 'WriteOffInvoice', data: { reason: 'perda', at } };
    case 'reverse-write-off': return { type: 'ReverseWriteOff', data: { reason: 'recuperada', at } };
    case 'renegotiate': return { type: 'RenegotiateInvoice', data: { agreementId: 'a', at } };
    case 'reopen': return { type: 'ReopenRenegotiated', data: { agreementId: 'a', reason: 'quebra', amountCents: o.amount % 3 === 0 ? undefined : o.amount, at } };
  }
}

describe('money invariant (property)', () => {
  it('for any sequence of payments, replays, reversals, cancellations, write-offs and renegotiations: invoiced = paid + discounted + open + cancelled + written off + renegotiated, to the centavo', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 5, maxLength: 5 }), fc.array(op, { maxLength: 60 }), (totals, ops) => {
        const states = totals.map((t, i) => run([issue(t, `i${i}`)]).state);
        let received = 0;
        let credit = 0;
        let fines = 0;
        for (const o of ops) {
          const s = states[o.invoice]!;
          const command = commandFor(o);
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
        const writtenOff = states.reduce((a, s) => a + s.writtenOffCents, 0);
        const renegotiated = states.reduce((a, s) => a + s.renegotiatedCents, 0);
        expect(paid + open + cancelled + writtenOff + renegotiated).toBe(invoiced);
        for (const s of states) {
          expect(outstandingCents(s)).toBeGreaterThanOrEqual(0);
          expect(s.writtenOffCents).toBeGreaterThanOrEqual(0);
          expect(s.renegotiatedCents).toBeGreaterThanOrEqual(0);
          // A written-off or renegotiated invoice owes nothing more here; a cancelled one never had a write-off.
          if (s.status === 'written_off' || s.status === 'renegotiated' || s.status === 'paid') expect(outstandingCents(s)).toBe(0);
          if (s.status === 'cancelled') expect(s.writtenOffCents + s.renegotiatedCents + s.principalPaidCents).toBe(0);
        }
        expect(received).toBeGreaterThanOrEqual(0);
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(fines).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
