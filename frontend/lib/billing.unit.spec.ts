import { describe, expect, it } from 'vitest';
import { addMonths, bpFromPercent, delinquencyBasisPoints, formatDigitableLine, competenceOptions, formatCompetence, percentFromBp, runProgress } from './billing';

describe('billing helpers', () => {
  it('names competences in pt-BR and shifts them across years', () => {
    expect(formatCompetence('2026-12')).toBe('dezembro de 2026');
    expect(formatCompetence('2027-03')).toBe('março de 2027');
    expect(formatCompetence('x')).toBe('x');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', -14)).toBe('2025-09');
    expect(competenceOptions('2026-11', 1, 2).map((o) => o.value)).toEqual(['2027-01', '2026-12', '2026-11', '2026-10']);
  });

  it('converts percentages typed with a comma to basis points and back', () => {
    expect(bpFromPercent('2')).toBe(200);
    expect(bpFromPercent('1,5')).toBe(150);
    expect(bpFromPercent('0,33 %')).toBe(33);
    expect(bpFromPercent('1,234')).toBeNull();
    expect(bpFromPercent('abc')).toBeNull();
    expect(percentFromBp(200)).toBe('2');
    expect(percentFromBp(150)).toBe('1,5');
    expect(percentFromBp(33)).toBe('0,33');
  });

  it('measures issuance progress in whole percent, never above 100', () => {
    expect(runProgress({ total: 0, done: 0, failed: 0, status: 'issuing' })).toBe(0);
    expect(runProgress({ total: 3, done: 1, failed: 0, status: 'issuing' })).toBe(33);
    expect(runProgress({ total: 3, done: 2, failed: 1, status: 'issuing' })).toBe(100);
    expect(runProgress({ total: 0, done: 0, failed: 0, status: 'completed' })).toBe(100);
  });

  it('groups the linha digitável as printed on the slip (anything else as it came)', () => {
    expect(formatDigitableLine('00190000090123456700400000001172916560000008990')).toBe('00190.00009 01234.567004 00000.001172 9 16560000008990');
    expect(formatDigitableLine('123')).toBe('123');
  });

  it('delinquency rate: overdue share of the outstanding amount in basis points, 0 when nothing is owed', () => {
    expect(delinquencyBasisPoints(7000, 20050)).toBe(3491);
    expect(delinquencyBasisPoints(0, 13050)).toBe(0);
    expect(delinquencyBasisPoints(5000, 5000)).toBe(10000);
    expect(delinquencyBasisPoints(0, 0)).toBe(0);
    expect(delinquencyBasisPoints(1, 3)).toBe(3333);
  });
});
