import { describe, expect, it } from 'vitest';
import { boleto } from '@netprovider/cobranca';
import { makeBoleto, type CollectionAccount } from './collection-account.js';
import { decideInvoice, evolveInvoice, initialInvoiceState, type InvoiceCommand, type InvoiceState } from './invoice.decider.js';
import type { InvoiceEvent } from './invoice.events.js';
import { DEFAULT_LATE_CHARGE_RULES } from './late-charges.js';

const at = '2026-12-01T12:00:00.000Z';
const account: CollectionAccount = {
  id: 'acc', name: 'BB', bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17', station: null,
  cnabLayout: 240, pixKey: null, pixMode: 'none', pixMerchantCity: 'SAO PAULO', beneficiaryName: 'Provedor', beneficiaryDocument: '11222333000181', isDefault: true, active: true,
};
const issued = makeBoleto(account, 42, '2026-12-10', 9990);
const issue: InvoiceCommand = {
  type: 'IssueInvoice',
  data: {
    invoiceId: 'i1', number: 1, customerId: 'u', contractId: 'c', competence: '2026-12', runId: null, issuedOn: '2026-11-28', dueDate: '2026-12-10',
    items: [{ kind: 'plan', description: 'Plano', amountCents: 9990 }], totalCents: 9990, rules: DEFAULT_LATE_CHARGE_RULES, boleto: issued, pix: null, at,
  },
};
const change = (dueDate: string, today = '2026-12-01', reason = 'cliente pediu para o dia 20'): InvoiceCommand =>
  ({ type: 'ChangeDueDate', data: { dueDate, reason, changedBy: 'staff-1', today, at } });

function given(commands: InvoiceCommand[]): InvoiceState {
  return commands.reduce((s, c) => decideInvoice(c, s).reduce(evolveInvoice, s), initialInvoiceState());
}
const when = (s: InvoiceState, c: InvoiceCommand): InvoiceEvent[] => decideInvoice(c, s);

describe('invoice decider: alteração de vencimento', () => {
  it('records who, why, the old and the new date, and a boleto with the same nosso número whose barcode carries the new date', () => {
    const [e, ...rest] = when(given([issue]), change('2026-12-20'));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ type: 'InvoiceDueDateChanged', data: { previousDueDate: '2026-12-10', dueDate: '2026-12-20', reason: 'cliente pediu para o dia 20', changedBy: 'staff-1', at } });
    const b = (e as Extract<InvoiceEvent, { type: 'InvoiceDueDateChanged' }>).data.boleto!;
    expect(b).toMatchObject({ nossoNumero: issued.nossoNumero, nossoNumeroFormatted: issued.nossoNumeroFormatted, collectionAccountId: 'acc', bankCode: '001' });
    expect(b.digitableLine).not.toBe(issued.digitableLine);
    const parsed = boleto.parse(b.digitableLine, { referenceDate: '2026-12-01' });
    expect(parsed).toMatchObject({ dueDate: '2026-12-20', amountCents: 9990, freeField: issued.barcode.slice(19), barcode: b.barcode });
  });

  it('moves the state: fine and interest run from the new date, and a second change starts from it', () => {
    const s = given([issue, change('2026-12-20')]);
    expect(s).toMatchObject({ dueDate: '2026-12-20', status: 'open' });
    const [e] = when(s, change('2026-12-05', '2026-12-02', 'voltou ao combinado'));
    expect(e).toMatchObject({ data: { previousDueDate: '2026-12-20', dueDate: '2026-12-05' } });
  });

  it('an overdue or partially paid invoice can be moved; the same date again is a no-op', () => {
    expect(when(given([issue]), change('2026-12-30', '2026-12-15'))).toHaveLength(1); // overdue on 15/12
    const partial = given([issue, { type: 'RecordPayment', data: { paymentId: 'p1', method: 'cash', amountCents: 1000, chargesCents: { fineCents: 0, interestCents: 0 }, paidOn: '2026-12-01', source: { kind: 'manual', reference: 'r' }, receivedBy: null, at } }]);
    expect(partial.status).toBe('partially_paid');
    expect(when(partial, change('2026-12-20'))).toHaveLength(1);
    expect(when(given([issue]), change('2026-12-10'))).toEqual([]);
  });

  it('refuses a date before today, a malformed date and a missing reason, naming the field', () => {
    const s = given([issue]);
    expect(() => when(s, change('2026-11-30'))).toThrow(expect.objectContaining({ code: 'invoice.due-date-in-past', details: expect.objectContaining({ field: 'dueDate' }) }));
    expect(() => when(s, change('2026-02-30'))).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'dueDate' }) }));
    expect(() => when(s, change('2026-12-20', '2026-12-01', '  '))).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'reason' }) }));
    expect(when(s, change('2026-12-01'))).toHaveLength(1); // today itself is allowed
  });

  it('refuses paid, cancelled, written-off and renegotiated invoices (field status)', () => {
    const paid = given([issue, { type: 'RecordPayment', data: { paymentId: 'p1', method: 'cash', amountCents: 9990, chargesCents: { fineCents: 0, interestCents: 0 }, paidOn: '2026-12-01', source: { kind: 'manual', reference: 'r' }, receivedBy: null, at } }]);
    const cancelled = given([issue, { type: 'CancelInvoice', data: { reason: 'erro', at } }]);
    const writtenOff = given([issue, { type: 'WriteOffInvoice', data: { reason: 'perda', at } }]);
    const renegotiated = given([issue, { type: 'RenegotiateInvoice', data: { agreementId: 'a1', at } }]);
    for (const s of [paid, cancelled, writtenOff, renegotiated]) {
      expect(() => when(s, change('2026-12-20'))).toThrow(expect.objectContaining({ code: 'invoice.due-date-not-changeable', details: expect.objectContaining({ field: 'status', current: s.status }) }));
    }
    expect(() => when(initialInvoiceState(), change('2026-12-20'))).toThrow(expect.objectContaining({ code: 'invoice.not-found' }));
  });

  it('an invoice without boleto changes its date only', () => {
    const noBoleto = { ...issue, data: { ...issue.data, boleto: null } } as InvoiceCommand;
    expect(when(given([noBoleto]), change('2026-12-20'))[0]).toMatchObject({ data: { boleto: null, dueDate: '2026-12-20' } });
  });
});
