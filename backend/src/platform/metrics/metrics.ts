import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { NextFunction, Request, Response } from 'express';
import type { EventStore, ProcessorRunner } from '@netprovider/event-store';

/** Prometheus metrics: HTTP latency, event append rate, processor lag, plus the process defaults. */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'eventstore_events_appended_total',
    help: 'Events appended by this process',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  watch(store: EventStore, runner: ProcessorRunner): void {
    store.signals.on('appended', (n: number) => this.eventsAppended.inc(typeof n === 'number' ? n : 1));
    new Gauge({
      name: 'processor_lag_events',
      help: 'Events between the head of the log and each processor checkpoint',
      labelNames: ['processor', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const head = await store.headPosition().catch(() => 0);
        this.reset();
        for (const s of runner.status()) this.set({ processor: s.name, state: s.state }, Math.max(0, head - s.checkpoint.globalPosition));
      },
    });
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!req.path.startsWith('/api/')) return next();
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        // the route pattern, not the URL, keeps label cardinality bounded
        const route = (req.route as { path?: string } | undefined)?.path ?? (res.statusCode === 404 ? 'unmatched' : req.baseUrl || 'other');
        end({ method: req.method, route: String(route), status: String(res.statusCode) });
      });
      next();
    };
  }
}
