import { describe, expect, it } from 'vitest';
import { boleto, cnab } from '@netprovider/cobranca';
import { fixture } from '../test-support/fixtures.js';
import { CnabError } from './errors.js';
import type { RemittanceInput, RemittanceTitle } from './remittance-types.js';

const at = (line: string, s: number, e: number) => line.slice(s - 1, e);

const payer = { name: 'PABLO DIEGO JOSE FRANCISCO DE PAULA JUAN', document: '12345678901', address: 'RUA RIO GRANDE DO SUL SAO PAULO MINAS CASAO JOSE DOS QUATRO',
  district: 'SAO JOSE DOS QUATRO', zipCode: '12345-678', city: 'SANTA RITA DE CASSIA', state: 'SP' };
const title = (over: Partial<RemittanceTitle> = {}): RemittanceTitle => ({
  nossoNumero: '123', yourNumber: '6969', dueDate: '2015-07-14', amountCents: 19990, issueDate: '2015-07-14', payer, ...over });

function lines(out: string, width: number): string[] {
  expect(out.endsWith('\r\n')).toBe(true);
  const ls = out.slice(0, -2).split('\r\n');
  for (const l of ls) expect(l).toHaveLength(width);
  expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ls;
}

describe('CNAB 240 remessa', () => {
  it('Caixa: matches the key positions of the brcobranca golden file', () => {
    const golden = fixture('cnab240_remessa_caixa_brcobranca.rem').split('\n').filter((l) => l !== '');
    const out = cnab.buildRemittance({
      layout: 240, bankCode: '104', fileSequence: 1, generatedAt: '2015-07-14T16:15:15',
      company: { name: 'SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA', document: '12345678901', agency: '12345', agencyDigit: '1', account: '1234', agreement: '123456' },
      titles: [title({ interest: { kind: 'daily', value: 0, date: '2015-07-15' }, fine: { kind: 'percent', value: 0, date: '2015-07-15' }, species: '99', writeOffDays: 120 })],
    });
    const ls = lines(out, 240);
    expect(ls.map((l) => l[7])).toEqual(golden.map((l) => l[7]));
    expect(ls.map((l) => l[13])).toEqual(golden.map((l) => l[13]));
    const same = (i: number, s: number, e: number) => expect(at(ls[i]!, s, e), `line ${i + 1} ${s}-${e}`).toBe(at(golden[i]!, s, e));
    // header: bank, CPF, agência/DV, código beneficiário, nome, remessa, data, hora, NSA, versão
    for (const [s, e] of [[1, 17], [18, 32], [33, 72], [73, 102], [143, 166]] as const) same(0, s, e);
    for (const [s, e] of [[1, 16], [18, 33], [34, 73], [74, 103], [184, 199]] as const) same(1, s, e);
    // P: movimento, conta, nosso número, carteira…, documento, vencimento, valor, espécie, aceite, emissão, juros
    for (const [s, e] of [[1, 17], [18, 37], [38, 57], [58, 62], [63, 77], [78, 85], [86, 100], [107, 117], [118, 141], [221, 239]] as const) same(2, s, e);
    // Q: payer
    for (const [s, e] of [[1, 17], [18, 33], [34, 73], [74, 113], [114, 128], [129, 136], [137, 151], [152, 153]] as const) same(3, s, e);
    // R: multa code/date/value
    for (const [s, e] of [[1, 17], [66, 89]] as const) same(4, s, e);
    same(5, 1, 23); // trailer lote: 5 records
    same(6, 1, 29); // trailer arquivo: 1 lote, 7 records
  });

  for (const bankCode of ['001', '104', '756']) {
    it(`${bankCode}: structure, counts and sums parse back`, () => {
      const titles = [
        title({ nossoNumero: '42', yourNumber: 'FAT-0001', amountCents: 9990, fine: { kind: 'percent', value: 200 }, interest: { kind: 'monthly', value: 100 },
          discount: { kind: 'fixed', value: 500, date: '2015-07-10' } }),
        title({ nossoNumero: '43', yourNumber: 'FAT-0002', amountCents: 12345, payer: { ...payer, document: '12.345.678/0001-95', name: 'Provedor Ação Ltda' } }),
      ];
      const input: RemittanceInput = {
        layout: 240, bankCode, fileSequence: 77, generatedAt: '2026-01-05',
        company: { name: 'NetProvider ISP', document: '11222333000181', agency: '4327', agencyDigit: '3', account: '12345', accountDigit: '6', agreement: bankCode === '104' ? '123456' : '1234567', wallet: '17', walletVariation: '019' },
        titles,
      };
      const ls = lines(cnab.buildRemittance(input), 240);
      expect(ls.map((l) => `${l[7]}${l[7] === '3' ? l[13] : ''}`)).toEqual(['0', '1', '3P', '3Q', '3R', '3P', '3Q', '5', '9']);
      for (const l of ls) expect(at(l, 1, 3)).toBe(bankCode);
      expect(at(ls[0]!, 143, 143)).toBe('1');
      expect(at(ls[0]!, 144, 151)).toBe('05012026');
      expect(at(ls[0]!, 158, 163)).toBe('000077');
      expect(at(ls[1]!, 9, 9)).toBe('R');
      const p1 = ls[2]!;
      expect(at(p1, 9, 13)).toBe('00001');
      expect(at(p1, 16, 17)).toBe('01');
      expect(at(p1, 78, 85)).toBe('14072015');
      expect(at(p1, 86, 100)).toBe('000000000009990');
      expect(at(p1, 118, 118)).toBe('2');
      expect(at(p1, 127, 141)).toBe('000000000000100');
      expect(at(p1, 142, 150)).toBe('110072015');
      expect(at(p1, 151, 165)).toBe('000000000000500');
      expect(at(p1, 196, 220).trim()).toBe('FAT-0001');
      expect(at(ls[4]!, 66, 89)).toBe('215072015000000000000200');
      expect(at(ls[5]!, 118, 118)).toBe('3');
      expect(at(ls[6]!, 18, 33)).toBe('2012345678000195');
      expect(at(ls[6]!, 34, 73).trim()).toBe('PROVEDOR ACAO LTDA');
      // nosso número per bank
      const nn = at(p1, 38, 57);
      if (bankCode === '001') expect(nn).toBe('12345670000000042   ');
      if (bankCode === '104') expect(nn).toBe('00014000000000000042');
      if (bankCode === '756') {
        const dv = boleto.nossoNumero('756', { agencia: '4327', codigoBeneficiario: '1234567', nossoNumero: '42' }).checkDigit;
        expect(nn).toBe(`00000004${'2'}${dv}01014     `);
      }
      // trailers
      expect(at(ls[7]!, 18, 23)).toBe('000007');
      expect(at(ls[7]!, 24, 29)).toBe('000002');
      expect(at(ls[7]!, 30, 46)).toBe(String(9990 + 12345).padStart(17, '0'));
      expect(at(ls[8]!, 18, 23)).toBe('000001');
      expect(at(ls[8]!, 24, 29)).toBe('000009');
    });
  }

  it('Sicoob: nosso número carries the DV, parcela, modalidade and tipo formulário', () => {
    const ls = lines(cnab.buildRemittance({ layout: 240, bankCode: '756', fileSequence: 1, generatedAt: '2026-01-05',
      company: { name: 'X', document: '11222333000181', agency: '4327', account: '1', agreement: '229385' }, titles: [title({ nossoNumero: '2' })] }), 240);
    const dv = boleto.nossoNumero('756', { agencia: '4327', codigoBeneficiario: '229385', nossoNumero: '2' }).checkDigit;
    expect(dv).toBe('4');
    expect(at(ls[2]!, 38, 57)).toBe(`000000002${dv}01014     `);
  });

  it('rejects bad input with CnabError', () => {
    const base: RemittanceInput = { layout: 240, bankCode: '001', fileSequence: 1, generatedAt: '2026-01-05',
      company: { name: 'X', document: '11222333000181', agency: '1', account: '1', agreement: '1234567' }, titles: [title()] };
    expect(() => cnab.buildRemittance({ ...base, bankCode: '999' })).toThrow(CnabError);
    expect(() => cnab.buildRemittance({ ...base, titles: [title({ amountCents: 0 })] })).toThrow(/amountCents/);
    expect(() => cnab.buildRemittance({ ...base, titles: [title({ dueDate: '2026-02-30' })] })).toThrow(/dueDate/);
    expect(() => cnab.buildRemittance({ ...base, titles: [title({ payer: { ...payer, document: '123' } })] })).toThrow(/document/);
    expect(() => cnab.buildRemittance({ ...base, titles: [title({ payer: { ...payer, zipCode: '1' } })] })).toThrow(/CEP/);
  });
});

describe('CNAB 400 remessa', () => {
  it('Itaú: matches the key positions of the brcobranca golden file', () => {
    const golden = fixture('cnab400_remessa_itau_brcobranca.rem').split('\n').filter((l) => l !== '');
    const ls = lines(cnab.buildRemittance({
      layout: 400, bankCode: '341', fileSequence: 1, generatedAt: '2015-07-14',
      company: { name: 'SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA', document: '12345678910', agency: '1234', account: '12345', accountDigit: '1', wallet: '123' },
      titles: [title({ fine: { kind: 'percent', value: 200, date: '2015-07-14' } })],
    }), 400);
    expect(ls).toHaveLength(golden.length);
    const same = (i: number, s: number, e: number) => expect(at(ls[i]!, s, e), `line ${i + 1} ${s}-${e}`).toBe(at(golden[i]!, s, e));
    for (const [s, e] of [[1, 38], [47, 79], [95, 100], [395, 400]] as const) same(0, s, e);
    for (const [s, e] of [[1, 29], [38, 62], [63, 86], [108, 110], [121, 156], [219, 264], [275, 351], [395, 400]] as const) same(1, s, e);
    // multa record byte for byte except position 2: brcobranca writes code 1 for its 2 % multa, we follow the
    // notes' Itaú table (1 = valor, 2 = percentual) and write 2 for a percentage
    same(2, 1, 1);
    same(2, 3, 400);
    expect(at(ls[2]!, 2, 2)).toBe('2');
    same(3, 1, 400); // trailer
  });

  it('Bradesco: structure, nosso número with DV, seu número and sequence', () => {
    const ls = lines(cnab.buildRemittance({
      layout: 400, bankCode: '237', fileSequence: 12, generatedAt: '2026-01-05',
      company: { name: 'NetProvider', document: '11222333000181', agency: '1172', account: '0403005', accountDigit: '2', agreement: '4540691', wallet: '06' },
      titles: [title({ nossoNumero: '525', fine: { kind: 'percent', value: 200 }, interest: { kind: 'daily', value: 7 } }), title({ nossoNumero: '1', amountCents: 100 })],
    }), 400);
    expect(ls.map((l) => l[0])).toEqual(['0', '1', '1', '9']);
    expect(at(ls[0]!, 1, 26)).toBe('01REMESSA01COBRANCA       ');
    expect(at(ls[0]!, 77, 79)).toBe('237');
    expect(at(ls[0]!, 111, 117)).toBe('0000012');
    expect(at(ls[1]!, 22, 37)).toBe('0060117204030052');
    expect(at(ls[1]!, 66, 70)).toBe('20200');
    expect(at(ls[1]!, 71, 82)).toBe('00000000525P');
    expect(at(ls[1]!, 109, 110)).toBe('01');
    expect(at(ls[1]!, 111, 120).trim()).toBe('6969');
    expect(at(ls[1]!, 121, 139)).toBe('1407150000000019990');
    expect(at(ls[1]!, 161, 173)).toBe('0000000000007');
    expect(ls.map((l) => at(l, 395, 400))).toEqual(['000001', '000002', '000003', '000004']);
  });

  it('rejects unsupported banks and layouts', () => {
    const base = { layout: 400 as const, bankCode: '001', fileSequence: 1, generatedAt: '2026-01-05',
      company: { name: 'X', document: '11222333000181', agency: '1', account: '1' }, titles: [title()] };
    expect(() => cnab.buildRemittance(base)).toThrow(CnabError);
    expect(() => cnab.buildRemittance({ ...base, layout: 300 as unknown as 400 })).toThrow(CnabError);
  });
});
