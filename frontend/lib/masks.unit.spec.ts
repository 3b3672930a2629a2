import { describe, expect, it } from 'vitest';
import { cnpj, cpf } from '@netprovider/br-docs';
import { centsFromMasked, maskCep, maskCnpj, maskCpf, maskDate, maskDateTime, maskDocument, maskMoney, maskProtocol, maskPhone } from './masks';

describe('input masks', () => {
  it('masks a CPF progressively and ignores what is not a digit', () => {
    expect(maskCpf('529')).toBe('529');
    expect(maskCpf('5299')).toBe('529.9');
    expect(maskCpf('5299822472')).toBe('529.982.247-2');
    expect(maskCpf('529.982.247-25')).toBe('529.982.247-25');
    expect(maskCpf('52998224725999')).toBe('529.982.247-25');
    expect(maskCpf('abc')).toBe('');
  });

  it('masks numeric and alphanumeric CNPJ (12 characters + 2 digit check digits), upper-casing letters', () => {
    expect(maskCnpj('11222333000181')).toBe('11.222.333/0001-81');
    expect(maskCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(maskCnpj('12.ABC.345/01DE-XY35')).toBe('12.ABC.345/01DE-35');
    // the check digits are digits only: a letter there is dropped
    expect(maskCnpj('12ABC34501DEA3')).toBe('12.ABC.345/01DE-3');
    expect(maskCnpj('12AB')).toBe('12.AB');
  });

  it('produces what br-docs accepts for valid documents of every kind', () => {
    const numeric = cnpj.generate(Math.random);
    const alpha = cnpj.generate(Math.random, { alphanumeric: true });
    const person = cpf.generate(Math.random);
    expect(maskDocument(numeric)).toBe(cnpj.format(numeric));
    expect(maskDocument(alpha.toLowerCase())).toBe(cnpj.format(alpha));
    expect(maskDocument(person)).toBe(cpf.format(person));
  });

  it('switches from CPF to CNPJ at the 12th character or at a letter', () => {
    expect(maskDocument('12345678901')).toBe('123.456.789-01');
    expect(maskDocument('123456789012')).toBe('12.345.678/9012');
    expect(maskDocument('12A')).toBe('12.A');
  });

  it('masks CEP, phones (landline, mobile, with country code) and dates', () => {
    expect(maskCep('01310100')).toBe('01310-100');
    expect(maskCep('013')).toBe('013');
    expect(maskPhone('1')).toBe('(1');
    expect(maskPhone('1134567890')).toBe('(11) 3456-7890');
    expect(maskPhone('11987654321')).toBe('(11) 98765-4321');
    expect(maskPhone('+55 11 98765-4321')).toBe('(11) 98765-4321');
    expect(maskPhone('119876')).toBe('(11) 9876');
    expect(maskDate('31012026')).toBe('31/01/2026');
    expect(maskDate('310')).toBe('31/0');
  });

  it('masks a date and time as dd/mm/aaaa hh:mm, typed or pasted', () => {
    expect(maskDateTime('310120260930')).toBe('31/01/2026 09:30');
    expect(maskDateTime('31/01/2026 9')).toBe('31/01/2026 9');
    expect(maskDateTime('3101202609301')).toBe('31/01/2026 09:30');
    expect(maskDateTime('31/01/2026, 09:30')).toBe('31/01/2026 09:30');
    expect(maskDateTime('')).toBe('');
  });

  it('masks a ticket protocol as YYYYMMDD-NNNNNN', () => {
    expect(maskProtocol('20261128000001')).toBe('20261128-000001');
    expect(maskProtocol('2026112')).toBe('2026112');
    expect(maskProtocol('202611280')).toBe('20261128-0');
    expect(maskProtocol(' 20261128-000001 ')).toBe('20261128-000001');
  });

  it('types money from the right in integer centavos', () => {
    expect(maskMoney('9')).toBe('0,09');
    expect(maskMoney('9990')).toBe('99,90');
    expect(maskMoney('1.234,567')).toBe('12.345,67');
    expect(centsFromMasked('1.234,56')).toBe(123456);
    expect(centsFromMasked('')).toBe(0);
    expect(centsFromMasked('0,00')).toBe(0);
  });
});
