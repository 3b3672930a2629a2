import type { NextFunction, Request, Response } from 'express';
import type { Cache } from '../cache/cache.js';
import { sendProblem } from './problem.filter.js';
import { PROBLEM_BASE } from './problem.js';

/**
 * Fixed one-minute window per client IP, counted in the shared cache (Redis when configured, so every API
 * process shares the budget). Health, readiness and metrics are exempt.
 */
export function rateLimit(cache: Cache, perMinute: number) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/api/') || /^\/api\/(health|ready|metrics)$/.test(req.path)) return next();
    const window = Math.floor(Date.now() / 60_000);
    try {
      const n = await cache.incr(`rl:${req.ip}:${window}`, 61_000);
      res.setHeader('RateLimit-Limit', String(perMinute));
      res.setHeader('RateLimit-Remaining', String(Math.max(0, perMinute - n)));
      if (n > perMinute) {
        res.setHeader('Retry-After', String(60 - (Math.floor(Date.now() / 1000) % 60)));
        return sendProblem(res, { type: PROBLEM_BASE + 'rate-limited', title: 'Too many requests', status: 429, detail: 'Slow down and retry after the time in Retry-After.' });
      }
    } catch {
      // a cache outage must not take the API down: fail open, readiness reports the cache
    }
    next();
  };
}
