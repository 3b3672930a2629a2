import { describe, expect, it } from 'vitest';
import { remittanceFileName, remittanceTitle } from './generate-remittance.handler.js';

const invoice = { id: 'i1', number: 42, customerId: 'c1', issuedOn: '2026-12-01', dueDate: '2026-12-10', totalCents: 9990, nossoNumero: '12345670000000042' };
const payer = {
  customerId: 'c1', kind: 'PF' as const, name: 'Maria Souza', document: '52998224725', emails: [], erased: false,
  address: { id: 'a1', type: 'billing' as const, zipCode: '30130010', street: 'Rua da Bahia', number: '1200', complement: 'ap 3', district: 'Centro', city: 'Belo Horizonte', state: 'MG' as const },
};

describe('remessa title from an invoice', () => {
  it('carries the invoice rules: fine in hundredths of a percent, monthly interest, both from the day after the grace period', () => {
    const t = remittanceTitle(invoice, { finePercentBp: 200, interestMonthlyBp: 100, graceDays: 3 }, payer);
    expect(t).toMatchObject({
      nossoNumero: '12345670000000042', yourNumber: '42', dueDate: '2026-12-10', issueDate: '2026-12-01', amountCents: 9990,
      fine: { kind: 'percent', value: 200, date: '2026-12-14' }, interest: { kind: 'monthly', value: 100, date: '2026-12-14' },
      payer: { name: 'Maria Souza', document: '52998224725', address: 'Rua da Bahia, 1200 ap 3', district: 'Centro', zipCode: '30130010', city: 'Belo Horizonte', state: 'MG' },
    });
    expect(t.discount).toBeUndefined();
  });

  it('leaves out charges the invoice does not have, and sends the early discount as a fixed value up to its date', () => {
    const t = remittanceTitle(invoice, { finePercentBp: 0, interestMonthlyBp: 0, graceDays: 0, earlyDiscount: { amountCents: 500, daysBefore: 5 } }, payer);
    expect(t.fine).toBeUndefined();
    expect(t.interest).toBeUndefined();
    expect(t.discount).toEqual({ kind: 'fixed', value: 500, date: '2026-12-05' });
  });

  it('names the file the way Bradesco asks (CBDDMMNN.REM)', () => {
    expect(remittanceFileName('2026-12-03T10:15:00', 7)).toBe('CB031207.REM');
    expect(remittanceFileName('2026-12-03', 123)).toBe('CB031223.REM');
  });
});
