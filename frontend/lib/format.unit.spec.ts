import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatDate, formatDateTime, formatMoney, formatSpeed, parseDateBR, parseDateTimeBR, dateInputProblem, saoPauloToday } from './format';
import { fmt } from './i18n';
import { isActive, visibleNav } from './navigation';

describe('pt-BR formats', () => {
  it('formats integer centavos as R$', () => {
    expect(formatMoney(0)).toBe('R$ 0,00');
    expect(formatMoney(9990)).toBe('R$ 99,90');
    expect(formatMoney(123456789)).toBe('R$ 1.234.567,89');
    expect(formatMoney(-150)).toBe('-R$ 1,50');
  });

  it('formats YYYY-MM-DD as dd/mm/aaaa and parses it back, refusing impossible dates', () => {
    expect(formatDate('2026-01-31')).toBe('31/01/2026');
    expect(formatDate(null)).toBe('—');
    expect(parseDateBR('29/02/2024')).toBe('2024-02-29');
    expect(parseDateBR('29/02/2026')).toBeNull();
    expect(parseDateBR('31/04/2026')).toBeNull();
    expect(parseDateBR('1/1/2026')).toBeNull();
  });

  it('parses dd/mm/aaaa hh:mm as a Brasília instant, refusing impossible dates and times', () => {
    expect(parseDateTimeBR('31/01/2026 09:30')).toBe('2026-01-31T09:30:00-03:00');
    expect(new Date(parseDateTimeBR('31/01/2026 23:59')!).toISOString()).toBe('2026-02-01T02:59:00.000Z');
    expect(formatDateTime(parseDateTimeBR('01/03/2026 00:00'))).toBe('01/03/2026 00:00');
    expect(parseDateTimeBR('29/02/2026 10:00')).toBeNull();
    expect(parseDateTimeBR('31/01/2026 24:00')).toBeNull();
    expect(parseDateTimeBR('31/01/2026 12:60')).toBeNull();
    expect(parseDateTimeBR('31/01/2026')).toBeNull();
  });

  it('says what is wrong with a typed date: nothing, incomplete or impossible', () => {
    expect(dateInputProblem('', 'date')).toBeNull();
    expect(dateInputProblem('31/0', 'date')).toBe('incomplete');
    expect(dateInputProblem('31/02/2026', 'date')).toBe('invalid');
    expect(dateInputProblem('28/02/2026', 'date')).toBeNull();
    expect(dateInputProblem('28/02/2026', 'datetime')).toBe('incomplete');
    expect(dateInputProblem('28/02/2026 25:00', 'datetime')).toBe('invalid');
    expect(dateInputProblem('28/02/2026 23:00', 'datetime')).toBeNull();
  });

  it('shows instants in Brasília time and knows São Paulo’s date', () => {
    expect(formatDateTime('2026-01-31T12:30:00Z')).toBe('31/01/2026 09:30');
    expect(saoPauloToday(new Date('2026-02-01T02:00:00Z'))).toBe('2026-01-31');
  });

  it('formats speeds, percentages and message placeholders', () => {
    expect(formatSpeed(500)).toBe('500 Mb/s');
    expect(formatSpeed(1000)).toBe('1 Gb/s');
    expect(formatBasisPoints(1250)).toBe('12,5%');
    expect(fmt('{n} cliente(s)', { n: 3 })).toBe('3 cliente(s)');
    expect(fmt('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('the back office menu', () => {
  it('offers only the screens the permissions allow', () => {
    expect(visibleNav([]).map((i) => i.href)).toEqual(['/']);
    expect(visibleNav(['customers:read', 'contracts:read']).map((i) => i.href)).toEqual(['/', '/clientes', '/contratos']);
    expect(visibleNav(['users:read', 'roles:read', 'plans:read']).map((i) => i.href)).toEqual(['/', '/planos', '/adicionais', '/promocoes', '/usuarios', '/perfis']);
  });

  it('marks the section of the current path', () => {
    expect(isActive('/', '/')).toBe(true);
    expect(isActive('/', '/clientes')).toBe(false);
    expect(isActive('/clientes', '/clientes/abc/editar')).toBe(true);
    expect(isActive('/planos', '/planos-x')).toBe(false);
  });
});

describe('API errors in pt-BR', () => {
  it('names the field and translates the reason of generic validation failures', async () => {
    const { fieldMessage } = await import('./problems');
    expect(fieldMessage({ field: 'document', reason: 'CPF has wrong check digits', code: 'custom' })).toBe('CPF/CNPJ inválido: dígitos verificadores não conferem.');
    expect(fieldMessage({ field: 'phones.0.number', reason: 'phone has an area code (DDD) that does not exist', code: 'custom' })).toBe('Telefone inválido: DDD inexistente.');
    expect(fieldMessage({ field: 'document', reason: 'a PF customer has a CPF', code: 'customer.invalid-document' })).toBe('CPF/CNPJ inválido.');
    expect(fieldMessage({ field: 'name', reason: 'is required', code: 'too_small' })).toBe('Valor curto ou pequeno demais.');
    expect(fieldMessage({ field: 'xyz', reason: 'something else' })).toBe('something else');
  });
});
