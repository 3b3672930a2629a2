import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cycleOf, previewLoyaltyPenalty, previewPlanChange } from './prorata';
import { PenaltyPreviewCard, PlanChangePreviewCard } from '../components/ContractPreviews';

const render = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(MantineProvider, null, el)).replace(/\u00a0/g, ' ');

describe('billing cycle (same rule as the contracts module)', () => {
  it('runs from the last due date to the day before the next, clamping short months', () => {
    expect(cycleOf('2026-03-15', 10)).toEqual({ cycleStart: '2026-03-10', cycleEnd: '2026-04-09' });
    expect(cycleOf('2026-03-05', 10)).toEqual({ cycleStart: '2026-02-10', cycleEnd: '2026-03-09' });
    expect(cycleOf('2026-02-28', 31)).toEqual({ cycleStart: '2026-02-28', cycleEnd: '2026-03-30' });
    expect(cycleOf('2026-01-10', 10)).toEqual({ cycleStart: '2026-01-10', cycleEnd: '2026-02-09' });
  });
});

describe('plan change preview', () => {
  it('credits the unused old plan (rounded up) and charges the new one (rounded down) for the days left', () => {
    // cycle 2026-03-10..2026-04-09 = 31 days; change on 03-25 → 16 days left
    const p = previewPlanChange({ oldPriceCents: 9990, newPriceCents: 14990, dueDay: 10, changeOn: '2026-03-25' });
    expect(p).toMatchObject({ cycleDays: 31, remainingDays: 16 });
    expect(p.creditCents).toBe(Math.ceil((9990 * 16) / 31)); // 5157
    expect(p.debitCents).toBe(Math.floor((14990 * 16) / 31)); // 7736
    expect(p.netCents).toBe(7736 - 5157);
    expect(p.downgradeDuringLoyalty).toBe(false);
  });

  it('flags a downgrade inside the loyalty period and shows a credit for a cheaper plan', () => {
    const p = previewPlanChange({ oldPriceCents: 14990, newPriceCents: 9990, dueDay: 10, changeOn: '2026-03-10', loyaltyEndsOn: '2027-01-10' });
    expect(p.remainingDays).toBe(31);
    expect(p.netCents).toBe(9990 - 14990);
    expect(p.downgradeDuringLoyalty).toBe(true);
  });

  it('renders the effect the attendant confirms', () => {
    const html = render(createElement(PlanChangePreviewCard, { preview: previewPlanChange({ oldPriceCents: 9990, newPriceCents: 14990, dueDay: 10, changeOn: '2026-03-25' }) }));
    expect(html).toContain('Ciclo 10/03/2026 a 09/04/2026: 16 de 31 dias restantes');
    expect(html).toContain('− R$ 51,57');
    expect(html).toContain('+ R$ 77,36');
    expect(html).toContain('Diferença (a cobrar na próxima fatura)');
    expect(html).toContain('R$ 25,79');
    const down = render(createElement(PlanChangePreviewCard, { preview: previewPlanChange({ oldPriceCents: 14990, newPriceCents: 9990, dueDay: 10, changeOn: '2026-03-10', loyaltyEndsOn: '2027-01-10' }) }));
    expect(down).toContain('a creditar na próxima fatura');
    expect(down).toContain('R$ 50,00');
    expect(down).toContain('Downgrade dentro da fidelidade');
  });
});

describe('loyalty penalty preview', () => {
  const loyalty = { startsOn: '2026-01-10', endsOn: '2027-01-10', penaltyAmountCents: 60000 };

  it('is proportional to the loyalty days left, rounded down, for the reasons that owe it', () => {
    const p = previewLoyaltyPenalty(loyalty, '2026-07-10', 'customer_request');
    expect(p).toEqual({ amountCents: Math.floor((60000 * 184) / 365), remainingDays: 184, loyaltyDays: 365, applies: true });
    expect(previewLoyaltyPenalty(loyalty, '2027-02-01', 'customer_request').amountCents).toBe(0);
    expect(previewLoyaltyPenalty(loyalty, '2025-12-01', 'delinquency').amountCents).toBe(60000);
  });

  it('is zero when waived, for reasons that are not the subscriber’s choice, and without loyalty', () => {
    expect(previewLoyaltyPenalty(loyalty, '2026-07-10', 'customer_request', true).amountCents).toBe(0);
    expect(previewLoyaltyPenalty(loyalty, '2026-07-10', 'moved_out_of_coverage').amountCents).toBe(0);
    expect(previewLoyaltyPenalty(null, '2026-07-10', 'customer_request').applies).toBe(false);
  });

  it('renders the amount before the cancellation is confirmed', () => {
    expect(render(createElement(PenaltyPreviewCard, { preview: previewLoyaltyPenalty(loyalty, '2026-07-10', 'customer_request') }))).toContain('R$ 302,46 (184 de 365 dias de fidelidade restantes)');
    expect(render(createElement(PenaltyPreviewCard, { preview: previewLoyaltyPenalty(loyalty, '2026-07-10', 'other') }))).toContain('Sem multa para este cancelamento.');
  });
});
