import { describe, expect, it } from 'vitest';
import type { InvoiceIssued } from '../domain/invoice.events.js';
import { LOCAL_ERROR_TYPES, PixPspError } from '../infrastructure/pix-psp/pix-psp.errors.js';
import { CHARGE_TXID } from '../infrastructure/pix-psp/pix-values.js';
import { cobvTxid, dueChargeInput, isTransient, isTxidInUse, type DueChargeFacts } from './pix-due-charge.js';

const invoice: InvoiceIssued['data'] = {
  invoiceId: '0b6f4c8e-1d2a-4a8b-9c3d-5e6f7a8b9c0d', number: 42, customerId: 'c1', contractId: 'k1', competence: '2026-12', runId: null,
  issuedOn: '2026-11-28', dueDate: '2026-12-10', items: [{ kind: 'plan', description: 'Fibra', amountCents: 9990 }], totalCents: 9990,
  rules: { finePercentBp: 200, interestMonthlyBp: 100, graceDays: 0, earlyDiscount: { amountCents: 500, daysBefore: 5 } },
  boleto: null, pix: null, at: '2026-11-28T12:00:00Z',
};
const facts = (over: Partial<DueChargeFacts> = {}): DueChargeFacts => ({
  invoice, outstandingCents: 9990, payer: { kind: 'PF', name: 'Maria das Graças', document: '123.456.789-09' }, pixKey: 'chave', validAfterDueDays: 60, today: '2026-11-28', ...over,
});

describe('cobv for an invoice', () => {
  it('derives a stable API txid from the invoice id, distinct from the static one', () => {
    const txid = cobvTxid(invoice.invoiceId);
    expect(txid).toMatch(CHARGE_TXID);
    expect(cobvTxid(invoice.invoiceId)).toBe(txid);
    expect(cobvTxid('0b6f4c8e-1d2a-4a8b-9c3d-5e6f7a8b9c0e')).not.toBe(txid);
    expect(txid.startsWith(invoice.invoiceId.replace(/-/g, '').slice(0, 25))).toBe(false);
  });

  it('maps due date, outstanding amount, payer, fine, interest and the early discount', () => {
    expect(dueChargeInput(facts({ outstandingCents: 8990 }))).toEqual({
      txid: cobvTxid(invoice.invoiceId), dueDate: '2026-12-10', validAfterDueDays: 60, amountCents: 8990,
      debtor: { name: 'Maria das Graças', cpf: '12345678909' }, key: 'chave', description: 'Fatura 42 - competência 2026-12',
      fine: { percentBasisPoints: 200 }, interest: { monthlyPercentBasisPoints: 100 }, discount: { date: '2026-12-05', amountCents: 500 },
    });
  });

  it('keeps the charge payable at least through the invoice\'s grace days (validadeAposVencimento)', () => {
    expect(dueChargeInput(facts({ validAfterDueDays: 5 }))).toMatchObject({ validAfterDueDays: 5 });
    expect(dueChargeInput(facts({ validAfterDueDays: 5, invoice: { ...invoice, rules: { ...invoice.rules, graceDays: 10 } } }))).toMatchObject({ validAfterDueDays: 10 });
    expect(dueChargeInput(facts({ validAfterDueDays: 0 }))).toMatchObject({ validAfterDueDays: 0 });
  });

  it('names a company by CNPJ, drops zero rules and a discount date already past', () => {
    const r = dueChargeInput(facts({
      invoice: { ...invoice, competence: null, rules: { finePercentBp: 0, interestMonthlyBp: 0, graceDays: 0, earlyDiscount: { amountCents: 500, daysBefore: 20 } } },
      payer: { kind: 'PJ', name: 'Padaria Ltda', document: '11.222.333/0001-81' },
    }));
    expect(r).toMatchObject({ debtor: { name: 'Padaria Ltda', cnpj: '11222333000181' }, description: 'Fatura 42' });
    expect(r).not.toHaveProperty('fine');
    expect(r).not.toHaveProperty('interest');
    expect(r).not.toHaveProperty('discount');
  });

  it('refuses a payer without a document (a cobv requires its debtor)', () => {
    expect(dueChargeInput(facts({ payer: { kind: 'PF', name: 'Titular 0b6f4c8e', document: '' } }))).toMatchObject({ property: 'cobv.devedor' });
    expect(dueChargeInput(facts({ payer: null }))).toMatchObject({ property: 'cobv.devedor' });
  });
});

describe('PSP failures', () => {
  const err = (status: number, type = 'https://pix.bcb.gov.br/api/v2/error/CobVOperacaoInvalida', violations: PixPspError['violations'] = []) => new PixPspError({ status, type, title: 't', violations });

  it('retries what may pass later and records what will not', () => {
    for (const s of [0, 401, 403, 408, 429, 500, 503]) expect(isTransient(err(s)), String(s)).toBe(true);
    for (const s of [400, 404, 409, 422]) expect(isTransient(err(s)), String(s)).toBe(false);
    expect(isTransient(err(400, LOCAL_ERROR_TYPES.token))).toBe(true);
  });

  it('recognises a txid already used by an earlier attempt', () => {
    expect(isTxidInUse(err(400, undefined, [{ reason: 'em uso', property: 'cobv.txid' }]))).toBe(true);
    expect(isTxidInUse(err(400, undefined, [{ reason: 'x', property: 'cobv.devedor' }]))).toBe(false);
    expect(isTxidInUse(new Error('x'))).toBe(false);
  });
});
