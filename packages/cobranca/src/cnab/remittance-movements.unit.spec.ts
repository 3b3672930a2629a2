import { describe, expect, it } from 'vitest';
import { cnab } from '@netprovider/cobranca';
import type { RemittanceCompany, RemittanceTitle } from './remittance-types.js';

const at = (line: string, s: number, e: number) => line.slice(s - 1, e);
const payer = { name: 'MARIA DA SILVA', document: '12345678909', address: 'RUA DA BAHIA 1200', district: 'CENTRO', zipCode: '30130-010', city: 'BELO HORIZONTE', state: 'MG' };
const title = (over: Partial<RemittanceTitle> = {}): RemittanceTitle => ({
  nossoNumero: '42', yourNumber: '1001', dueDate: '2026-12-10', amountCents: 9990, issueDate: '2026-11-28', payer, fine: { kind: 'percent', value: 200 }, ...over });
const company = (bankCode: string): RemittanceCompany => ({
  name: 'NetProvider ISP', document: '11222333000181', agency: bankCode === '237' ? '1172' : '4327', agencyDigit: '3', account: bankCode === '237' ? '0403005' : '12345',
  accountDigit: '6', agreement: bankCode === '104' ? '123456' : bankCode === '237' ? '4540691' : '1234567', wallet: bankCode === '341' ? '109' : bankCode === '237' ? '06' : '17',
});
const build = (layout: 240 | 400, bankCode: string, titles: RemittanceTitle[]) =>
  cnab.buildRemittance({ layout, bankCode, company: company(bankCode), fileSequence: 3, generatedAt: '2026-12-01T08:00:00', titles }).slice(0, -2).split('\r\n');

describe('remessa movements (entrada, pedido de baixa, alteração de vencimento)', () => {
  for (const bankCode of ['001', '104', '756']) {
    it(`CNAB 240 ${bankCode}: P, Q and R carry the movement in 16-17; the new due date in P 78-85`, () => {
      const ls = build(240, bankCode, [
        title({ nossoNumero: '41', movement: 'register' }),
        title({ nossoNumero: '42', movement: 'write-off' }),
        title({ nossoNumero: '43', movement: 'change-due-date', dueDate: '2026-12-20' }),
        title({ nossoNumero: '44' }),
      ]);
      const details = ls.filter((l) => l[7] === '3');
      expect(details.map((l) => `${l[13]}${at(l, 16, 17)}`)).toEqual(['P01', 'Q01', 'R01', 'P02', 'Q02', 'R02', 'P06', 'Q06', 'R06', 'P01', 'Q01', 'R01']);
      expect(at(details[6]!, 78, 85)).toBe('20122026');
      expect(at(details[6]!, 86, 100)).toBe('000000000009990');
      // sequence numbers stay consecutive in the lote and the trailers count every record
      expect(details.map((l) => Number(at(l, 9, 13)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(at(ls.at(-1)!, 24, 29)).toBe(String(ls.length).padStart(6, '0'));
    });
  }

  for (const bankCode of ['341', '237']) {
    it(`CNAB 400 ${bankCode}: the detail carries the movement in 109-110 and the new due date in 121-126`, () => {
      const ls = build(400, bankCode, [
        title({ nossoNumero: '41', movement: 'write-off' }),
        title({ nossoNumero: '42', movement: 'change-due-date', dueDate: '2026-12-20' }),
        title({ nossoNumero: '43', movementCode: '01', movement: 'write-off' }),
      ]);
      const details = ls.filter((l) => l[0] === '1');
      expect(details.map((l) => at(l, 109, 110))).toEqual(['02', '06', '01']);
      expect(at(details[1]!, 121, 126)).toBe('201226');
      expect(ls.map((l) => Number(at(l, 395, 400)))).toEqual(ls.map((_, i) => i + 1));
    });
  }

  it('maps movements per bank and refuses what it cannot write, naming the title', () => {
    expect(cnab.remittanceMovementCode('001', 240, 'write-off')).toBe('02');
    expect(cnab.remittanceMovementCode('237', 400, 'change-due-date')).toBe('06');
    expect(cnab.remittanceMovementCode('001', 240, 'change-amount')).toBeNull();
    expect(cnab.remittanceMovementCode('033', 240, 'write-off')).toBeNull();
    expect(() => build(240, '001', [title(), title({ movement: 'change-amount' })])).toThrowError(expect.objectContaining({ field: 'titles[1].movement' }));
  });

  it('is deterministic: the same input writes the same bytes', () => {
    const titles = [title({ movement: 'write-off' }), title({ nossoNumero: '43', movement: 'change-due-date', dueDate: '2027-01-05' })];
    expect(build(240, '756', titles)).toEqual(build(240, '756', titles));
  });

  it('reads the bank\'s confirmations of instructions from retorno ocorrências', () => {
    for (const bank of ['001', '104', '756']) {
      expect(cnab.instructionOutcome(bank, 240, '09')).toBe('write-off-confirmed');
      expect(cnab.instructionOutcome(bank, 240, '14')).toBe('due-date-changed');
      expect(cnab.instructionOutcome(bank, 240, '06')).toBeNull();
    }
    expect(cnab.instructionOutcome('341', 400, '09')).toBe('write-off-confirmed');
    expect(cnab.instructionOutcome('341', 400, '10')).toBeNull(); // Itaú 10 = baixa por ter sido liquidado (a settlement)
    expect(cnab.instructionOutcome('237', 400, '10')).toBe('write-off-confirmed');
    expect(cnab.instructionOutcome('237', 400, '14')).toBe('due-date-changed');
  });
});
