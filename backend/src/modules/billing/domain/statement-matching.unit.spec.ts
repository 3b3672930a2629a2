import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.js';
import { DEFAULT_LATE_CHARGE_RULES } from './late-charges.js';
import { digitRuns, nameTokens, proposeMatches, type OpenInvoiceCandidate, type StatementLineInput } from './statement-matching.js';

const calendar = new BusinessCalendar();
const maria = { name: 'Maria das Graças Souza', document: '52998224725' };
const joao = { name: 'João Pedro Alves', document: '11144477735' };

const invoice = (over: Partial<OpenInvoiceCandidate> = {}): OpenInvoiceCandidate => ({
  invoiceId: 'inv-1', number: 1, customerId: 'c-maria', issuedOn: '2026-11-25', dueDate: '2026-12-10', outstandingCents: 9990,
  rules: DEFAULT_LATE_CHARGE_RULES, payer: maria, ...over,
});
const line = (over: Partial<StatementLineInput> = {}): StatementLineInput => ({ fitId: 'F1', postedAt: '2026-12-09', amountCents: 9990, memo: 'TED RECEBIDA', ...over });

describe('proposeMatches', () => {
  it('proposes the invoice whose outstanding amount was credited inside the date window', () => {
    const [r] = proposeMatches([line()], [invoice()], { calendar });
    expect(r).toMatchObject({ fitId: 'F1', status: 'proposed', proposals: [{ invoiceId: 'inv-1', number: 1, customerId: 'c-maria', score: 65, reasons: ['amount', 'date-window'] }] });
  });

  it('matches the amount with fine and interest for the posted date (R$ 99,90 paid 4 days late: 2 % + 0,13)', () => {
    // due Thursday 2026-12-10, paid Monday 2026-12-14: fine 2,00 (199,8 → 200) + interest 99,90 × 1 % × 4/30 = 0,13
    const [r] = proposeMatches([line({ postedAt: '2026-12-14', amountCents: 9990 + 200 + 13 })], [invoice()], { calendar });
    expect(r!.proposals).toEqual([expect.objectContaining({ invoiceId: 'inv-1', reasons: ['amount-with-charges', 'date-window'] })]);
  });

  it('does not add charges to a payment made on the next business day after a weekend due date', () => {
    // due Saturday 2026-12-12, paid Monday 2026-12-14: nothing is added, the plain amount matches
    const [r] = proposeMatches([line({ postedAt: '2026-12-14', amountCents: 9990 })], [invoice({ dueDate: '2026-12-12' })], { calendar });
    expect(r!.proposals[0]!.reasons).toEqual(['amount', 'date-window']);
  });

  it('finds the payer by a masked or bare CPF in the memo, and ranks that customer first among equal amounts', () => {
    const candidates = [invoice({ invoiceId: 'inv-joao', customerId: 'c-joao', payer: joao, number: 2 }), invoice()];
    const [masked, bare] = proposeMatches(
      [line({ memo: 'PIX RECEBIDO 529.982.247-25 MARIA' }), line({ fitId: 'F2', memo: 'PIX REC 52998224725' })],
      candidates,
      { calendar },
    );
    for (const r of [masked!, bare!]) {
      expect(r.proposals.map((p) => p.invoiceId)).toEqual(['inv-1', 'inv-joao']);
      expect(r.proposals[0]!.reasons).toEqual(['amount', 'document', 'date-window']);
    }
  });

  it('finds the payer by name with accents folded and the name cut short by the bank', () => {
    const [full, cut] = proposeMatches(
      [line({ amountCents: 5000, memo: 'PIX RECEBIDO MARIA DAS GRACAS SOUZA' }), line({ fitId: 'F2', amountCents: 5000, memo: 'PIX RECEBIDO MARIA DAS GRACAS SOU' })],
      [invoice()],
      { calendar },
    );
    expect(full!.proposals[0]).toMatchObject({ reasons: ['name', 'date-window'], score: 45 });
    // "MARIA GRACAS" is a partial name (20) + window (15) = 35: under the threshold, so not proposed on its own
    expect(cut!.status).toBe('unmatched');
  });

  it('a partial name and the exact amount together make a strong proposal', () => {
    const [r] = proposeMatches([line({ memo: 'PIX RECEBIDO MARIA DAS GRACAS SOU' })], [invoice()], { calendar });
    expect(r!.proposals[0]).toMatchObject({ reasons: ['amount', 'name-partial', 'date-window'], score: 85 });
  });

  it('leaves a credit unmatched when nothing but the date fits, and gives debits no proposals', () => {
    const [credit, debit] = proposeMatches([line({ amountCents: 1234 }), line({ fitId: 'D1', amountCents: -9990, memo: 'TARIFA' })], [invoice()], { calendar });
    expect(credit).toMatchObject({ status: 'unmatched', proposals: [] });
    expect(debit).toMatchObject({ status: 'debit', proposals: [] });
  });

  it('keeps an exact amount outside the date window as a weaker proposal', () => {
    const [r] = proposeMatches([line({ postedAt: '2027-03-01' })], [invoice()], { calendar, daysAfterDue: 30 });
    expect(r!.proposals[0]).toMatchObject({ reasons: ['amount'], score: 50 });
  });

  it('orders equal scores by the oldest due date, and caps the number of proposals', () => {
    const many = Array.from({ length: 8 }, (_, i) => invoice({ invoiceId: `inv-${i}`, number: 10 + i, customerId: `c-${i}`, payer: null, issuedOn: '2026-10-01', dueDate: `2026-12-${String(10 - i).padStart(2, '0')}` }));
    const [r] = proposeMatches([line()], many, { calendar, maxProposals: 3 });
    expect(r!.proposals.map((p) => p.invoiceId)).toEqual(['inv-7', 'inv-6', 'inv-5']);
  });

  it('ignores invoices with nothing outstanding', () => {
    const [r] = proposeMatches([line()], [invoice({ outstandingCents: 0 })], { calendar });
    expect(r!.status).toBe('unmatched');
  });
});

describe('memo normalisation', () => {
  it('folds accents and drops connectives and numbers', () => {
    expect(nameTokens('Conceição & Filhos Ltda - João da Silva 123')).toEqual(['CONCEICAO', 'FILHOS', 'JOAO', 'SILVA']);
  });
  it('keeps masked documents together and separate numbers apart', () => {
    expect([...digitRuns('CNPJ 12.345.678/0001-95 AG 1234 CC 56789-0')]).toEqual(['12345678000195', '1234', '567890']);
  });
});
