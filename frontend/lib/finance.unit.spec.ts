import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stepOptions } from './finance';
import {
  accountTree, addMonthsKeepDay, agingChartData, agreementPreview, auditQuery, cashFlowChartData, delinquencyChartData, dreChartData,
  monthLabel, periodRange, reportFileName, splitInstalments, stepIdFrom, type Aging, type ChartAccount, type Dre,
} from './finance';

const section = (totalCents: number) => ({ lines: [], totalCents });

describe('finance UI logic', () => {
  it('DRE periods: the month, its quarter, its year', () => {
    expect(periodRange('month', '2026-05')).toEqual({ from: '2026-05', to: '2026-05' });
    expect(periodRange('quarter', '2026-05')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(periodRange('quarter', '2026-12')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(periodRange('quarter', '2026-01')).toEqual({ from: '2026-01', to: '2026-03' });
    expect(periodRange('year', '2026-05')).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('DRE chart: deductions, costs and expenses plotted negative, in reais, in the statement order', () => {
    const dre: Dre = {
      from: '2026-01', to: '2026-01', basis: 'accrual',
      receitaBruta: section(1_000_00), deducoes: section(100_00), receitaLiquidaCents: 900_00, custos: section(300_50), lucroBrutoCents: 599_50, despesas: section(700_00), resultadoCents: -100_50,
    };
    const labels = { bruta: 'B', deducoes: 'D', liquida: 'L', custos: 'C', lucroBruto: 'LB', despesas: 'X', resultado: 'R' };
    expect(dreChartData(dre, labels)).toEqual([
      { linha: 'B', valor: 1000 }, { linha: 'D', valor: -100 }, { linha: 'L', valor: 900 }, { linha: 'C', valor: -300.5 },
      { linha: 'LB', valor: 599.5 }, { linha: 'X', valor: -700 }, { linha: 'R', valor: -100.5 },
    ]);
  });

  it('cash flow chart: one point per month, outflows negative, labelled mm/aaaa', () => {
    const labels = { realisedIn: 'in', realisedOut: 'out', projectedIn: 'pin', projectedOut: 'pout', net: 'net' };
    expect(cashFlowChartData([{ month: '2026-02', realisedInCents: 500_00, realisedOutCents: 120_10, projectedInCents: 99_90, projectedOutCents: 0, netCents: 479_70 }], labels)).toEqual([
      { mes: '02/2026', in: 500, out: -120.1, pin: 99.9, pout: -0, net: 479.7 },
    ]);
  });

  it('aging chart: the five buckets in order, a missing bucket as zero', () => {
    const aging = { asOf: '2026-03-01', totalCents: 150_00, buckets: { current: { count: 1, amountCents: 100_00 }, '90+': { count: 2, amountCents: 50_00 } } } as unknown as Aging;
    const data = agingChartData(aging, { current: 'a vencer', '1-30': '1-30', '31-60': '31-60', '61-90': '61-90', '90+': '>90' });
    expect(data.map((d) => d.faixa)).toEqual(['a vencer', '1-30', '31-60', '61-90', '>90']);
    expect(data.map((d) => d.valor)).toEqual([100, 0, 0, 0, 50]);
    expect(data[4]!.titulos).toBe(2);
  });

  it('delinquency chart: the rate in percent from basis points', () => {
    expect(delinquencyChartData([{ month: '2026-01', dueCents: 10_000_00, unpaidCents: 1_234_00, rateBp: 1234 }])).toEqual([{ mes: '01/2026', taxa: 12.34, vencido: 10000, naoRecebido: 1234 }]);
    expect(monthLabel('2026-11')).toBe('11/2026');
  });

  it('a bill split in instalments adds up to the total, the odd centavos on the first, monthly from the first due date', () => {
    expect(splitInstalments(100_00, 3, '2026-01-31')).toEqual([
      { number: 1, dueDate: '2026-01-31', amountCents: 33_34 },
      { number: 2, dueDate: '2026-02-28', amountCents: 33_33 },
      { number: 3, dueDate: '2026-03-31', amountCents: 33_33 },
    ]);
    expect(splitInstalments(0, 3, '2026-01-10')).toEqual([]);
    expect(splitInstalments(100, 2, '')).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 120 }), (total, n) => {
        const parts = splitInstalments(total, n, '2026-01-15');
        expect(parts).toHaveLength(n);
        expect(parts.reduce((s, p) => s + p.amountCents, 0)).toBe(total);
        expect(parts.every((p) => p.amountCents === parts[1]?.amountCents || p.number === 1)).toBe(true);
      }),
    );
    expect(addMonthsKeepDay('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsKeepDay('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('agreement preview: down payment on the date, instalments on the due day (31 → last day), remainder on the first', () => {
    expect(agreementPreview({ totalCents: 154_60, downPaymentCents: 20_00, instalments: 3, dueDay: 31, date: '2026-01-20' })).toEqual([
      { number: 0, dueDate: '2026-01-20', amountCents: 20_00 },
      { number: 1, dueDate: '2026-02-28', amountCents: 44_88 },
      { number: 2, dueDate: '2026-03-31', amountCents: 44_86 },
      { number: 3, dueDate: '2026-04-30', amountCents: 44_86 },
    ]);
    // no down payment: instalments only
    expect(agreementPreview({ totalCents: 100_00, downPaymentCents: 0, instalments: 2, dueDay: 10, date: '2026-12-05' }).map((i) => [i.number, i.dueDate])).toEqual([[1, '2027-01-10'], [2, '2027-02-10']]);
    // impossible figures: nothing to show (the API answers why)
    expect(agreementPreview({ totalCents: 100, downPaymentCents: 100, instalments: 1, dueDay: 10, date: '2026-01-01' })).toEqual([]);
    expect(agreementPreview({ totalCents: 100, downPaymentCents: 0, instalments: 0, dueDay: 10, date: '2026-01-01' })).toEqual([]);
    expect(agreementPreview({ totalCents: 2, downPaymentCents: 0, instalments: 3, dueDay: 10, date: '2026-01-01' })).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5_000_000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 31 }), fc.double({ min: 0, max: 0.99, noNaN: true }), (total, n, day, share) => {
        const down = Math.floor(total * share);
        const plan = agreementPreview({ totalCents: total, downPaymentCents: down, instalments: n, dueDay: day, date: '2026-01-15' });
        if (total - down < n) {
          expect(plan).toEqual([]);
        } else {
          expect(plan.reduce((s, p) => s + p.amountCents, 0)).toBe(total);
          expect(plan.filter((p) => p.number > 0)).toHaveLength(n);
        }
      }),
    );
  });

  it('chart of accounts as a tree: group headings for prefixes no account holds, accounts indented by depth, codes in numeric order', () => {
    const acc = (code: string, kind: ChartAccount['kind']): ChartAccount => ({ id: code, code, name: code, kind, systemKey: null, active: true });
    const tree = accountTree([acc('4.2.10', 'expense'), acc('3.1.01', 'revenue'), acc('4.2.2', 'expense'), acc('3.2.01', 'deduction'), acc('4.1.01', 'cost')]);
    expect(tree.map((n) => `${n.group ? 'G' : 'A'}${n.depth}:${n.account.code}`)).toEqual([
      'G0:3', 'G1:3.1', 'A2:3.1.01', 'G1:3.2', 'A2:3.2.01', 'G0:4', 'G1:4.1', 'A2:4.1.01', 'G1:4.2', 'A2:4.2.2', 'A2:4.2.10',
    ]);
    expect(tree[0]!.kinds).toEqual(['revenue', 'deduction']);
  });

  it('audit query: empty filters left out, days as São Paulo instants, `to` through the end of its day', () => {
    expect(auditQuery({ actorId: null, streamId: '', type: '', from: '', to: '', page: 1, pageSize: 50 })).toEqual({ page: 1, pageSize: 50 });
    expect(auditQuery({ actorId: 'u1', streamId: 'invoice-1', from: '2026-02-28', to: '2026-02-28', page: 2, pageSize: 50 })).toEqual({
      actorId: 'u1', streamId: 'invoice-1', from: '2026-02-28T00:00:00-03:00', to: '2026-03-01T00:00:00-03:00', page: 2, pageSize: 50,
    });
  });

  it('file names and step ids', () => {
    expect(reportFileName('dre', { from: '2026-01', to: '2026-03', basis: 'cash' }, 'csv')).toBe('dre-2026-01-2026-03-cash.csv');
    expect(stepIdFrom('Aviso de suspensão!')).toBe('aviso-de-suspensao');
    expect(stepIdFrom('***')).toBe('etapa');
  });
});

describe('stepOptions', () => {
  it('lists each step id once, labelled by the first ladder that has it', () => {
    const base = { planIds: [], isDefault: false, suspensionNotice: { stepId: 'n', minDays: 3 }, trustUnblock: { enabled: false, days: 0, maxUsesPer30Days: 0, maxUsesPerBlock: 0, minDaysSinceLastUse: 0, maxBrokenPromisesIn12Months: 0 } };
    const a = { ...base, id: 'a', name: 'A', steps: [{ id: 'd-3', daysOffset: -3, action: 'remind' as const }, { id: 'd20', daysOffset: 20, action: 'block' as const }] };
    const b = { ...base, id: 'b', name: 'B', steps: [{ id: 'd20', daysOffset: 25, action: 'throttle' as const }, { id: 'd40', daysOffset: 40, action: 'cancel' as const }] };
    expect(stepOptions([a, b], (x) => x.toUpperCase())).toEqual([
      { value: 'd-3', label: 'REMIND — dia -3 (d-3)' },
      { value: 'd20', label: 'BLOCK — dia 20 (d20)' },
      { value: 'd40', label: 'CANCEL — dia 40 (d40)' },
    ]);
  });
});
