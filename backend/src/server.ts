import 'reflect-metadata';
import { createServer as createHttpServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { INestApplication, Type } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import type { Config } from './platform/config/config.js';
import { PinoNestLogger } from './platform/logging/logger.js';
import { AppModule } from './app.module.js';
import { moduleMigrations } from './migrations.js';
import { buildOpenApi } from './platform/openapi/openapi.js';
import { CACHE } from './platform/database/tokens.js';
import type { Cache } from './platform/cache/cache.js';
import { rateLimit } from './platform/http/rate-limit.js';
import { Metrics } from './platform/metrics/metrics.js';
import { createNextHandler } from './platform/web/next-handler.js';
import { sendProblem, toProblem } from './platform/http/problem.filter.js';
import { PROBLEM_BASE } from './platform/http/problem.js';

export type Role = 'all' | 'api' | 'worker' | 'web';

export interface ServerOptions {
  config: Config;
  logger: Logger;
  role?: Role;
  /** Mount the Next.js web app (default: config NETPROVIDER_WEB, roles all/web). */
  web?: boolean;
  /** Extra Nest modules (tests add probe controllers). */
  extraModules?: Type[];
}

export interface RunningServer {
  app: INestApplication | null;
  express: express.Express;
  http: Server;
  /** Stops accepting, lets in-flight requests finish, stops processors at a checkpoint, closes the database. */
  close(): Promise<void>;
  listen(port: number, host?: string): Promise<string>;
}

const FRONTEND_DIR = fileURLToPath(new URL('../../frontend', import.meta.url));

/** Paths that carry a secret (single-use acceptance tokens) are logged without it. */
const SECRET_PATHS = [/(\/public\/contract-acceptance\/)[^/]+/];
export const redactPathSecrets = (path: string): string => SECRET_PATHS.reduce((p, re) => p.replace(re, '$1[redacted]'), path);

export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const role = options.role ?? config.NETPROVIDER_ROLE;
  const withWeb = options.web ?? (config.NETPROVIDER_WEB === 'on' && (role === 'all' || role === 'web'));
  const server = express();
  server.disable('x-powered-by');
  server.set('trust proxy', 'loopback, linklocal, uniquelocal');

  // request and correlation ids on every request and log line; bodies are never logged
  server.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customProps: (req) => ({ correlationId: (req as { correlationId?: string }).correlationId }),
      autoLogging: { ignore: (req) => /^\/api\/(health|ready|metrics)$/.test(req.url ?? '') || !(req.url ?? '').startsWith('/api') },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: redactPathSecrets(String(req.url).split('?')[0]!) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  server.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-correlation-id'];
    const id = typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : String((req as { id?: unknown }).id);
    (req as { correlationId?: string }).correlationId = id;
    res.setHeader('X-Correlation-Id', id);
    next();
  });

  let app: INestApplication | null = null;
  if (role !== 'web') {
    app = await NestFactory.create(
      AppModule.forRoot({ config, logger, migrations: moduleMigrations, runProcessors: role === 'all' || role === 'worker' }, options.extraModules),
      new ExpressAdapter(server),
      { logger: new PinoNestLogger(logger), bodyParser: false, abortOnError: false },
    );
    app.setGlobalPrefix('api');
    const metrics = app.get(Metrics);
    const cache = app.get<Cache>(CACHE);
    server.use('/api', helmet());
    server.use(metrics.middleware());
    server.use(rateLimit(cache, config.RATE_LIMIT_PER_MINUTE));
    if (config.CORS_ORIGINS.length) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['X-Request-Id', 'X-Correlation-Id'] });
    // webhooks verified by a signature of the raw body (WhatsApp Cloud API) keep the bytes as received
    const keepRawBody = (req: Request, _res: Response, buf: Buffer) => {
      if (req.url.includes('/webhook')) (req as Request & { rawBody?: Buffer }).rawBody = buf;
    };
    server.use('/api', express.json({ limit: config.BODY_LIMIT, type: ['application/json', 'application/*+json'], verify: keepRawBody }));
    server.use('/api', express.urlencoded({ extended: false, limit: config.BODY_LIMIT }));
    // body-parser failures (malformed JSON, too large) answer as problems before reaching any route
    server.use('/api', (err: unknown, req: Request, res: Response, next: NextFunction) => {
      if ((err as { type?: string })?.type?.startsWith('entity.') || (err as { type?: string })?.type === 'charset.unsupported') {
        return sendProblem(res, toProblem(err, req.originalUrl.split('?')[0]));
      }
      next(err);
    });
    if (role === 'worker') {
      // a worker serves only its probes and metrics
      server.use('/api', (req: Request, res: Response, next: NextFunction) =>
        /^\/(health|ready|metrics)$/.test(req.path) ? next() : sendProblem(res, { type: PROBLEM_BASE + 'not-found', title: 'Not found', status: 404, detail: 'This process runs the worker role.' }),
      );
    }
    SwaggerModule.setup('api/docs', app, () => buildOpenApi(app!), { jsonDocumentUrl: 'api/docs/openapi.json', useGlobalPrefix: false });
    await app.init();
  }

  let nextClose: (() => Promise<void>) | null = null;
  if (withWeb) {
    const next = await createNextHandler(FRONTEND_DIR);
    nextClose = next.close;
    server.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
    server.all(/^(?!\/api(\/|$)).*/, next.handle);
  }
  if (role === 'web') {
    server.get('/api/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
  }

  const http = createHttpServer(server);
  http.keepAliveTimeout = 5000;
  let closing: Promise<void> | null = null;
  return {
    app,
    express: server,
    http,
    listen: (port, host = config.HOST) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const addr = http.address();
          resolve(typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}` : String(addr));
        });
      }),
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => (http.listening ? http.close(() => resolve()) : resolve()));
        http.closeIdleConnections();
        const force = setTimeout(() => http.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
        force.unref();
        await stopped;
        clearTimeout(force);
        await app?.close();
        await nextClose?.().catch(() => undefined);
      })()),
  };
}
