import { addDays } from '../../../shared-kernel/business-date.js';
import type { Ladder, LadderStep, StepAction } from './ladder.js';

/** pt-BR names of the ladder actions, for lists and screens. */
export const ACTION_LABELS: Record<StepAction, string> = {
  remind: 'Lembrete',
  notify: 'Aviso de atraso',
  throttle: 'Redução de velocidade',
  redirect: 'Redirecionamento para aviso',
  block: 'Bloqueio',
  cancel: 'Cancelamento',
};

export interface StepRef {
  key: string;
  label: string;
  action: StepAction;
  daysOffset: number;
}

const ref = (s: LadderStep): StepRef => ({ key: s.id, label: `${ACTION_LABELS[s.action]} (${s.daysOffset} ${Math.abs(s.daysOffset) === 1 ? 'dia' : 'dias'})`, action: s.action, daysOffset: s.daysOffset });

/**
 * Where an overdue contract stands on its ladder, by the days overdue of its oldest open invoice: the current
 * step is the last one (offset ≥ 1) already reached, the next one the first not reached yet, on
 * `payableUntil + daysOffset` (the day the ladder evaluation would fire it; a suspending step may still wait for
 * its prior notice). Reminders (offset ≤ 0) are not positions of an overdue contract.
 */
export function ladderPosition(ladder: Ladder, payableUntil: string, daysOverdue: number): { current: StepRef | null; next: (StepRef & { on: string }) | null } {
  const steps = ladder.steps.filter((s) => s.daysOffset > 0).sort((a, b) => a.daysOffset - b.daysOffset);
  const reached = steps.filter((s) => s.daysOffset <= daysOverdue);
  const upcoming = steps.find((s) => s.daysOffset > daysOverdue);
  return {
    current: reached.length ? ref(reached[reached.length - 1]!) : null,
    next: upcoming ? { ...ref(upcoming), on: addDays(payableUntil, upcoming.daysOffset) } : null,
  };
}
