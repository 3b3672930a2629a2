import { describe, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import type { AgreementsService } from './agreements.service.js';
import { EvaluateAgreementsDailyTimer } from './evaluate-agreements-daily.timer.js';

describe('daily agreement evaluation', () => {
  it('evaluates every company with active agreements once per day, and retries after a failure', async () => {
    const evaluate = vi.fn().mockResolvedValueOnce({ broken: ['a1'], completed: [] }).mockRejectedValueOnce(new Error('db down')).mockResolvedValue({ broken: [], completed: [] });
    const service = { companiesWithActiveAgreements: vi.fn().mockResolvedValue(['c1', 'c2']), evaluate } as unknown as AgreementsService;
    const logger = { info: vi.fn(), error: vi.fn() } as unknown as Logger;
    const timer = new EvaluateAgreementsDailyTimer(service, logger);
    await timer.tick(); // c1 ok, c2 fails: the day is not marked done
    expect(evaluate).toHaveBeenCalledTimes(2);
    expect(evaluate.mock.calls[0]![0]).toBe('c1');
    expect(logger.error).toHaveBeenCalled();
    await timer.tick(); // retried
    expect(evaluate).toHaveBeenCalledTimes(4);
    await timer.tick(); // same day, done
    expect(evaluate).toHaveBeenCalledTimes(4);
    timer.onApplicationShutdown();
  });
});
