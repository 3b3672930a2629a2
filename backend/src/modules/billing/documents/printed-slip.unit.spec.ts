import { describe, expect, it } from 'vitest';
import { bankCodeWithDv, formatCompetence, formatDate, formatDocument, formatMoney, printSlip } from './printed-slip.js';
import { sampleSlip } from './test-support/sample-slip.js';

describe('printed slip formatting', () => {
  it('prints the bank code with the DV banks print next to their logo', () => {
    expect(['001', '033', '104', '237', '341', '756', '748', '077'].map(bankCodeWithDv)).toEqual([
      '001-9',
      '033-7',
      '104-0',
      '237-2',
      '341-7',
      '756-0',
      '748-X',
      '077-9',
    ]);
  });

  it('formats money from integer centavos, dates and competence in pt-BR', () => {
    expect(formatMoney(12345)).toBe('R$ 123,45');
    expect(formatMoney(123456789)).toBe('R$ 1.234.567,89');
    expect(formatMoney(5)).toBe('R$ 0,05');
    expect(formatDate('2026-06-10')).toBe('10/06/2026');
    expect(formatDate('2028-02-29')).toBe('29/02/2028');
    expect(() => formatDate('2026-02-29')).toThrow(/calendar date/);
    expect(() => formatDate('10/06/2026')).toThrow(/YYYY-MM-DD/);
    expect(formatCompetence('2026-05')).toBe('05/2026');
    expect(() => formatCompetence('2026-13')).toThrow();
  });

  it('masks CPF and CNPJ (numeric and alphanumeric), and prints anything else as given', () => {
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
    expect(formatDocument('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatDocument('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(formatDocument('123')).toBe('123');
  });

  it('accepts a formatted linha digitável and fills the FEBRABAN defaults', () => {
    const slip = sampleSlip();
    const formatted = `${slip.digitableLine.slice(0, 5)}.${slip.digitableLine.slice(5, 10)} ${slip.digitableLine.slice(10)}`;
    const p = printSlip({ ...slip, digitableLine: formatted, species: undefined, acceptance: undefined, processingDate: undefined });
    expect(p.digitableLine).toMatch(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{14}$/);
    expect(p.species).toBe('DS');
    expect(p.acceptance).toBe('N');
    expect(p.processingDate).toBe('25/05/2026');
    expect(p.paymentPlace).toBe('Pagável em qualquer banco até o vencimento. Após, somente no Banco do Brasil');
  });
});
