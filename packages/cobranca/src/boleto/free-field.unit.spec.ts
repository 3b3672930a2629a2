import { describe, expect, it } from 'vitest';
import { boleto } from '@netprovider/cobranca';
import { vectors } from '../test-support/fixtures.js';
import { BoletoError } from './errors.js';

describe('nosso número DV vectors (vectors.json kind nosso_numero_dv)', () => {
  const dv: Record<string, (s: string) => string> = {
    '001': boleto.dvBancoDoBrasil,
    '237': boleto.dvBradesco,
    '341': boleto.dvItau,
    '033': boleto.dvSantander,
    '104': boleto.dvCaixa,
    '748': boleto.dvSicredi,
    '756': boleto.dvSicoob,
  };
  const all = vectors('nosso_numero_dv');
  it('has vectors for every bank', () => expect(new Set(all.map((v) => v.bank))).toEqual(new Set(Object.keys(dv))));
  for (const v of all) {
    it(`${String(v.bank)} ${String(v.input)} → ${String(v.expected_dv)}`, () => {
      expect((dv[v.bank as string] as (s: string) => string)(v.input as string)).toBe(v.expected_dv);
    });
  }
});

/** campo livre of a public vector, by bank code and barcode */
const campo = (barcode: string): string => {
  const v = vectors('boleto').find((x) => x.barcode === barcode);
  if (!v) throw new Error(`vector ${barcode} missing from fixtures`);
  return v.campo_livre as string;
};

describe('boleto.freeField per bank', () => {
  it('001 Banco do Brasil, convênio 7 (carteira 18) — public vector', () => {
    expect(boleto.freeField('001', { convenio: '1238798', nossoNumero: '7777700168', carteira: '18' })).toBe(
      campo('00193377100000135000000001238798777770016818'),
    );
  });
  it('001 convênio 7 with carteira 17 works, and the nosso número has 17 digits without DV', () => {
    const ff = boleto.freeField('001', { convenio: '1234567', nossoNumero: '42', carteira: '17' });
    expect(ff).toBe('0000001234567000000004217');
    const nn = boleto.nossoNumero('001', { convenio: '1234567', nossoNumero: '42' });
    expect(nn.value).toBe('12345670000000042');
    expect(nn.formatted).toBe('12345670000000042');
    const b = boleto.build({ bankCode: '001', dueDate: '2026-05-10', amountCents: 9990, freeField: ff });
    expect(boleto.parse(b.digitableLine, { referenceDate: '2026-05-01' }).freeField).toBe(ff);
  });
  it('001 convênio 8, 6 and 4 layouts', () => {
    expect(boleto.freeField('001', { convenio: '12387989', nossoNumero: '4042', carteira: '18' })).toBe('0000001238798900000404218');
    expect(boleto.freeField('001', { convenio: '123879', nossoNumero: '1234', agencia: '4042', conta: '61900', carteira: '18' })).toBe(
      '1238790123440420006190018',
    );
    expect(boleto.freeField('001', { convenio: '123879', nossoNumero: '12345678901234567', carteira: '16' })).toBe('1238791234567890123456721');
    expect(boleto.freeField('001', { convenio: '1238', nossoNumero: '123456', agencia: '4042', conta: '61900', carteira: '18' })).toBe(
      '1238012345640420006190018',
    );
    const nn = boleto.nossoNumero('001', { convenio: '1238', nossoNumero: '123456' });
    expect(nn.value).toBe('12380123456');
    expect(nn.formatted).toBe(`12380123456-${boleto.dvBancoDoBrasil('12380123456')}`);
    expect(boleto.nossoNumero('001', { convenio: '12387989', nossoNumero: '4042' }).checkDigit).toBe('4');
  });
  it('033 Santander — public vector', () => {
    expect(boleto.freeField('033', { codigoBeneficiario: '1899775', nossoNumero: '000009000026', carteira: '102' })).toBe(
      campo('03399511500000025009189977500000900002690102'),
    );
    expect(boleto.nossoNumero('033', { nossoNumero: '566612457800' })).toEqual({ value: '566612457800', checkDigit: '2', formatted: '566612457800-2' });
  });
  it('104 Caixa SIGCB — brcobranca vector', () => {
    expect(boleto.freeField('104', { codigoBeneficiario: '245274', nossoNumero: '000000000000001' })).toBe('2452740000100040000000017');
    expect(boleto.freeField('104', { codigoBeneficiario: '245274', nossoNumero: '14000000000000001' })).toBe('2452740000100040000000017');
    expect(boleto.nossoNumero('104', { nossoNumero: '1' })).toEqual({ value: '14000000000000001', checkDigit: '4', formatted: '14000000000000001-4' });
  });
  it('237 Bradesco — public vector and P digit', () => {
    expect(boleto.freeField('237', { agencia: '1172', carteira: '06', nossoNumero: '00075896452', conta: '0403005' })).toBe(
      campo('23795422300002952951172060007589645204030050'),
    );
    expect(boleto.nossoNumero('237', { carteira: '06', nossoNumero: '525' })).toEqual({ value: '00000000525', checkDigit: 'P', formatted: '06/00000000525-P' });
  });
  it('341 Itaú — notes vector and public vector', () => {
    expect(boleto.freeField('341', { agencia: '0810', conta: '53678', carteira: '175', nossoNumero: '12345678' })).toBe('1751234567840810536789000');
    expect(boleto.freeField('341', { agencia: '0810', conta: '53678', carteira: '175', nossoNumero: '00258281' })).toBe(
      campo('34191377000000135001750025828170810536789000'),
    );
    expect(boleto.nossoNumero('341', { agencia: '0810', conta: '53678', carteira: '175', nossoNumero: '12345678' }).formatted).toBe('175/12345678-4');
    const special = boleto.freeField('341', { carteira: '198', nossoNumero: '12345678', seuNumero: '1234567', codigoCliente: '12345' });
    expect(special.slice(0, 23)).toBe('19812345678123456712345');
    expect(special[23]).toBe(String(boleto.mod10(special.slice(0, 23))));
    expect(special[24]).toBe('0');
  });
  it('748 Sicredi — public vector and formatted nosso número', () => {
    expect(boleto.freeField('748', { agencia: '0710', posto: '65', codigoBeneficiario: '00129', nossoNumero: '16208902' })).toBe(
      campo('74893686600000700001116208902107106500129100'),
    );
    expect(boleto.nossoNumero('748', { agencia: '0710', posto: '65', codigoBeneficiario: '00129', ano: '16', byte: '2', nossoNumero: '08879' }).formatted).toBe('16/208879-3');
    expect(boleto.nossoNumero('748', { agencia: '0165', posto: '02', codigoBeneficiario: '00623', nossoNumero: '07200003' }).formatted).toBe('07/200003-1');
  });
  it('756 Sicoob — public vector and DV sequence', () => {
    expect(boleto.freeField('756', { agencia: '4327', codigoBeneficiario: '0229385', nossoNumero: '2' })).toBe(
      campo('75692670800000050001432701022938500000024001'),
    );
    const dvs = Array.from({ length: 13 }, (_, i) => boleto.nossoNumero('756', { agencia: '4327', codigoBeneficiario: '229385', nossoNumero: String(i + 1) }).checkDigit);
    expect(dvs.join(' ')).toBe('7 4 1 9 6 3 0 8 5 3 0 8 5');
  });
  it('English aliases are accepted', () => {
    expect(boleto.freeField('237', { agency: '1172', wallet: '06', nossoNumero: '00075896452', account: '0403005' })).toBe(
      boleto.freeField('237', { agencia: '1172', carteira: '06', nossoNumero: '00075896452', conta: '0403005' }),
    );
  });
  it('rejects unknown banks, missing and oversized inputs', () => {
    expect(() => boleto.freeField('999', {})).toThrow(BoletoError);
    expect(() => boleto.nossoNumero('999', {})).toThrow(BoletoError);
    expect(() => boleto.freeField('237', { agencia: '1172', carteira: '06', conta: '1' })).toThrow(/nossoNumero/);
    expect(() => boleto.freeField('237', { agencia: '11720', carteira: '06', nossoNumero: '1', conta: '1' })).toThrow(BoletoError);
    expect(() => boleto.freeField('001', { convenio: '12345', nossoNumero: '1', carteira: '17' })).toThrow(BoletoError);
    expect(() => boleto.freeField('756', { agencia: 'abcd', codigoBeneficiario: '1', nossoNumero: '1' })).toThrow(/numeric/);
  });
});
