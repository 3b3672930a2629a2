import { describe, expect, it } from 'vitest';
import { BrDocsError, cep, cnpj, cpf, document, email, formatBRL, money, parseBRL, phone, seededRandom, uf } from './index.js';

// Tier: unit (no I/O). Known public examples; the alphanumeric CNPJ example is Receita Federal's own.

describe('cpf', () => {
  it.each(['529.982.247-25', '52998224725', ' 529 982 247 25 ', '111.444.777-35', '390.533.447-05'])('accepts %s', (v) => {
    expect(cpf.isValid(v)).toBe(true);
  });

  it.each([
    ['529.982.247-24', 'check-digit'],
    ['529.982.247-52', 'check-digit'],
    ['111.111.111-11', 'repeated-digits'],
    ['000.000.000-00', 'repeated-digits'],
    ['5299822472', 'length'],
    ['529982247250', 'length'],
    ['529.982.247-2a', 'invalid-characters'],
    ['', 'empty'],
  ])('refuses %s (%s)', (v, reason) => {
    expect(cpf.isValid(v)).toBe(false);
    expect(cpf.validate(v)?.reason).toBe(reason);
  });

  it('computes the check digits of the base', () => {
    expect(cpf.checkDigits('529982247')).toBe('25');
    expect(cpf.checkDigits('111444777')).toBe('35');
  });

  it('normalizes and formats', () => {
    expect(cpf.normalize('529.982.247-25')).toBe('52998224725');
    expect(cpf.format('52998224725')).toBe('529.982.247-25');
    expect(() => cpf.format('52998224724')).toThrow(BrDocsError);
  });

  it('generates reproducibly from a seed', () => {
    expect(cpf.generate(seededRandom(42))).toBe(cpf.generate(seededRandom(42)));
    expect(cpf.isValid(cpf.generate())).toBe(true);
  });
});

describe('cnpj', () => {
  it.each(['11.222.333/0001-81', '11222333000181', '12.ABC.345/01DE-35', '12ABC34501DE35', '12.abc.345/01de-35'])('accepts %s', (v) => {
    expect(cnpj.isValid(v)).toBe(true);
  });

  it('verifies the official alphanumeric example with the published algorithm (value = ASCII − 48)', () => {
    // 1 2 A B C 3 4 5 0 1 D E → 1,2,17,18,19,3,4,5,0,1,20,21
    // DV1: Σ(v × 5,4,3,2,9,8,7,6,5,4,3,2) = 459; 459 mod 11 = 8 → 11 − 8 = 3
    // DV2: Σ(v+3 × 6,5,4,3,2,9,8,7,6,5,4,3,2) = 424; 424 mod 11 = 6 → 11 − 6 = 5
    expect(cnpj.checkDigits('12ABC34501DE')).toBe('35');
    expect(cnpj.checkDigits('112223330001')).toBe('81');
    expect(cnpj.isAlphanumeric('12.ABC.345/01DE-35')).toBe(true);
    expect(cnpj.isAlphanumeric('11.222.333/0001-81')).toBe(false);
  });

  it('cannot detect substitutions whose values differ by a multiple of 11 (a limit of the published algorithm)', () => {
    // '1' (1) → 'G' (23): +22; '6' (6) → 'A' (17): +11. Both check digits stay the same.
    expect(cnpj.isValid('G2.ABC.345/01DE-35')).toBe(true);
    expect(cnpj.isValid('12.6BC.345/01DE-35')).toBe(true); // 'A' (17) → '6' (6): −11
  });

  it('like every mod-11 "remainder 0 or 1 → 0" scheme, misses some changes when a check digit is 0', () => {
    // Remainders 0 and 1 both give 0: a change that moves the remainder between them goes unnoticed.
    expect(cnpj.isValid('20.039.201/0001-00')).toBe(true);
    expect(cnpj.isValid('00.039.201/0001-00')).toBe(true);
    // CPF: the first digit weighs 11 ≡ 0 in the second check digit, so only the first one (0 here) guards it.
    expect(cpf.isValid('704.074.412-04')).toBe(true);
    expect(cpf.isValid('604.074.412-04')).toBe(true);
  });

  it.each([
    ['11.222.333/0001-82', 'check-digit'],
    ['12.ABC.345/01DE-36', 'check-digit'],
    ['12.ABC.345/01DF-35', 'check-digit'],
    ['12.ABC.345/01DE-3A', 'invalid-characters'],
    ['00.000.000/0000-00', 'repeated-digits'],
    ['1122233300018', 'length'],
    ['12.ABÇ.345/01DE-35', 'invalid-characters'],
    ['', 'empty'],
  ])('refuses %s (%s)', (v, reason) => {
    expect(cnpj.isValid(v)).toBe(false);
    expect(cnpj.validate(v)?.reason).toBe(reason);
  });

  it('normalizes lower case to upper case and formats both forms', () => {
    expect(cnpj.normalize('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(cnpj.format('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(cnpj.format('11222333000181')).toBe('11.222.333/0001-81');
  });

  it('generates numeric by default and alphanumeric on request', () => {
    expect(cnpj.generate(seededRandom(7))).toMatch(/^\d{8}0001\d{2}$/);
    const alpha = cnpj.generate(seededRandom(7), { alphanumeric: true });
    expect(alpha).toMatch(/^[0-9A-Z]{12}\d{2}$/);
    expect(cnpj.isAlphanumeric(alpha)).toBe(true);
    expect(cnpj.isValid(alpha)).toBe(true);
    expect(cnpj.generate(seededRandom(1), { branch: '0002' }).slice(8, 12)).toBe('0002');
  });
});

describe('document.parse', () => {
  it('tells CPF from CNPJ and formats', () => {
    expect(document.parse('529.982.247-25')).toEqual({ kind: 'CPF', value: '52998224725', formatted: '529.982.247-25' });
    expect(document.parse('11222333000181')).toEqual({ kind: 'CNPJ', value: '11222333000181', formatted: '11.222.333/0001-81' });
    expect(document.parse('12.abc.345/01de-35')).toEqual({ kind: 'CNPJ', value: '12ABC34501DE35', formatted: '12.ABC.345/01DE-35' });
  });

  it.each([
    ['', 'empty'],
    ['123', 'length'],
    ['529.982.247-24', 'check-digit'],
    ['11.222.333/0001-80', 'check-digit'],
    ['529.982.247-2?', 'invalid-characters'],
    ['222.222.222-22', 'repeated-digits'],
  ])('refuses %j with reason %s', (v, reason) => {
    const r = document.safeParse(v);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('document');
      expect(r.error.reason).toBe(reason);
    }
    expect(() => document.parse(v)).toThrow(BrDocsError);
  });
});

describe('cep', () => {
  it('validates, normalizes and formats', () => {
    expect(cep.isValid('01310-100')).toBe(true);
    expect(cep.isValid('01310100')).toBe(true);
    expect(cep.normalize('01.310-100')).toBe('01310100');
    expect(cep.format('01310100')).toBe('01310-100');
    expect(cep.isValid('1310-100')).toBe(false);
    expect(cep.isValid('01310-10a')).toBe(false);
    expect(cep.isValid('00000-000')).toBe(false);
    expect(() => cep.format('123')).toThrow(BrDocsError);
  });
});

describe('phone.parse', () => {
  it.each([
    '(11) 98765-4321',
    '11987654321',
    '+55 11 98765-4321',
    '+55 (11) 98765-4321',
    '5511987654321',
    '011 98765-4321',
  ])('reads the mobile %s', (v) => {
    expect(phone.parse(v)).toEqual({ e164: '+5511987654321', ddd: '11', number: '987654321', mobile: true, formatted: '(11) 98765-4321', uf: 'SP' });
  });

  it('reads landlines, including DDD 55 (Santa Maria, RS)', () => {
    expect(phone.parse('(21) 3456-7890')).toEqual({ e164: '+552134567890', ddd: '21', number: '34567890', mobile: false, formatted: '(21) 3456-7890', uf: 'RJ' });
    expect(phone.parse('55 3222-1234')).toMatchObject({ e164: '+555532221234', ddd: '55', uf: 'RS' });
    expect(phone.parse('55 99876-5432')).toMatchObject({ e164: '+5555998765432', ddd: '55', mobile: true });
  });

  it.each([
    ['(20) 98765-4321', 'area-code'],
    ['(10) 3456-7890', 'area-code'],
    ['(11) 88765-4321', 'subscriber-number'],
    ['(11) 8765-4321', 'subscriber-number'],
    ['(11) 1234-5678', 'subscriber-number'],
    ['98765-4321', 'length'],
    ['+1 415 555 0100', 'country-code'],
    ['(11) 9876a-4321', 'invalid-characters'],
    ['  ', 'empty'],
  ])('refuses %s (%s)', (v, reason) => {
    const r = phone.safeParse(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.reason).toBe(reason);
    expect(phone.isValid(v)).toBe(false);
  });

  it('knows the 67 DDDs', () => {
    expect(Object.keys(phone.AREA_CODES)).toHaveLength(67);
    for (const code of Object.values(phone.AREA_CODES)) expect(uf.isValid(code)).toBe(true);
  });
});

describe('email', () => {
  it.each(['ana@provedor.com.br', 'a.b+tag@sub.example.org', "o'neil@example.co", 'x@xn--caf-dma.com'])('accepts %s', (v) => {
    expect(email.isValid(v)).toBe(true);
  });
  it.each(['', 'ana', 'ana@', '@provedor.com', 'ana@provedor', 'ana@@provedor.com', 'a..b@provedor.com', '.ana@provedor.com', 'ana@-provedor.com', 'ana @provedor.com', 'ana@provedor.c', 'ana@provedor.123'])(
    'refuses %j',
    (v) => {
      expect(email.isValid(v)).toBe(false);
    },
  );
  it('normalizes the domain only', () => {
    expect(email.normalize(' Ana@Provedor.COM.BR ')).toBe('Ana@provedor.com.br');
  });
});

describe('uf', () => {
  it('lists the 26 states and the DF', () => {
    expect(uf.UF_CODES).toHaveLength(27);
    expect(uf.STATES).toHaveLength(27);
    expect(new Set(uf.STATES.map((s) => s.ibgeCode)).size).toBe(27);
    expect(uf.isValid('SP')).toBe(true);
    expect(uf.isValid('sp')).toBe(false);
    expect(uf.get(' sp ')?.name).toBe('São Paulo');
    expect(uf.isValid('XX')).toBe(false);
    expect(uf.fromIbgeCityCode('3550308')).toBe('SP');
    expect(uf.fromIbgeCityCode(4314902)).toBe('RS');
    expect(uf.fromIbgeCityCode('123')).toBeUndefined();
  });
});

describe('money', () => {
  it.each([
    [0, 'R$ 0,00'],
    [5, 'R$ 0,05'],
    [99, 'R$ 0,99'],
    [100, 'R$ 1,00'],
    [123456, 'R$ 1.234,56'],
    [100000000, 'R$ 1.000.000,00'],
    [-5, '-R$ 0,05'],
    [-123456, '-R$ 1.234,56'],
    [Number.MAX_SAFE_INTEGER, 'R$ 90.071.992.547.409,91'],
  ])('formatBRL(%i) = %s', (cents, text) => {
    expect(formatBRL(cents)).toBe(text);
  });

  it('refuses non-integer centavos', () => {
    expect(() => formatBRL(1.5)).toThrow(BrDocsError);
    expect(() => formatBRL(Number.NaN)).toThrow(BrDocsError);
  });

  it.each([
    ['1.234,56', 123456],
    ['R$ 1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['10', 1000],
    ['0,01', 1],
    ['-R$ 0,50', -50],
    ['R$ -3,34', -334],
    ['1.000.000', 100000000],
    ['-0,00', 0],
  ])('parseBRL(%s) = %i', (text, cents) => {
    expect(parseBRL(text)).toBe(cents);
  });

  it.each(['', 'abc', '1.234.56', '12,345', '1,2,3', '12.34', '1.23,45', 'R$', '0,1.5'])('parseBRL refuses %j', (text) => {
    expect(() => money.parseBRL(text)).toThrow(BrDocsError);
  });

  it('formats without the symbol too', () => {
    expect(money.formatDecimal(-123456)).toBe('-1.234,56');
  });
});
