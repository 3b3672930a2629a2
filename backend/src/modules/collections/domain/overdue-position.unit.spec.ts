import { describe, expect, it } from 'vitest';
import { BUILT_IN_LADDER } from './ladder.js';
import { ladderPosition } from './overdue-position.js';

describe('position of an overdue contract on its ladder', () => {
  it('current = last step reached by the days overdue, next = the first not reached, dated from the last payable day', () => {
    // Built-in: −3 remind, 1 notify, 5 notify (notice), 20 throttle, 50 block, 80 cancel.
    expect(ladderPosition(BUILT_IN_LADDER, '2026-03-02', 0)).toMatchObject({ current: null, next: { key: 'aviso-atraso', on: '2026-03-03' } });
    expect(ladderPosition(BUILT_IN_LADDER, '2026-03-02', 1)).toMatchObject({ current: { key: 'aviso-atraso', action: 'notify', label: 'Aviso de atraso (1 dia)' }, next: { key: 'notificacao-suspensao', on: '2026-03-07' } });
    expect(ladderPosition(BUILT_IN_LADDER, '2026-01-31', 35)).toMatchObject({ current: { key: 'reducao', action: 'throttle', label: 'Redução de velocidade (20 dias)' }, next: { key: 'bloqueio', action: 'block', on: '2026-03-22' } });
    expect(ladderPosition(BUILT_IN_LADDER, '2026-01-01', 120)).toMatchObject({ current: { key: 'cancelamento' }, next: null });
  });
});
