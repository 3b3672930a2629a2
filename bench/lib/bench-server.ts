/**
 * Boots the real backend from its build output (`node backend/dist/main.js`, built by scripts/build.mjs) on a
 * given database, and logs the first admin in over HTTP (MFA enrolment included). tsx cannot boot NestJS
 * (no decorator metadata), hence the built server in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import { ROOT } from './common.js';

export const BENCH_ADMIN = { email: 'bench.admin@provedor.test', password: 'Bench#Senha-Forte-2026' } as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  base: string;
  child: ChildProcess;
  masterKeyHex: string;
  stop(): Promise<void>;
}

export async function startBenchServer(databaseUrl: string, log: (m: string) => void): Promise<BenchServer> {
  const main = join(ROOT, 'backend', 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} missing: run node scripts/build.mjs first`);
  const port = await freePort();
  const masterKeyHex = randomBytes(32).toString('hex');
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NETPROVIDER_WEB: 'off',
      NETPROVIDER_DATA_DIR: mkdtempSync(join(tmpdir(), 'np-bench-')),
      NETPROVIDER_ADMIN_EMAIL: BENCH_ADMIN.email,
      NETPROVIDER_ADMIN_PASSWORD: BENCH_ADMIN.password,
      NETPROVIDER_MASTER_KEY: masterKeyHex,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      RATE_LIMIT_PER_MINUTE: '100000000',
      LOG_LEVEL: 'warn',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
    },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderr = (stderr + d).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 120 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  log(`server pid ${child.pid} on ${base}`);
  return {
    base,
    child,
    masterKeyHex,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}

async function call(base: string, path: string, init: { method?: string; token?: string; json?: unknown } = {}) {
  const r = await fetch(base + path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  });
  const text = await r.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: r.status, body, text };
}

/** Logs the admin in; enrols MFA if required (verify answers with unrestricted tokens). */
export async function adminToken(base: string, totpSecret?: string): Promise<{ token: string; secret?: string }> {
  const login = await call(base, '/api/v1/auth/login', {
    method: 'POST',
    json: totpSecret ? { ...BENCH_ADMIN, totp: await generate({ secret: totpSecret }) } : BENCH_ADMIN,
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${login.text}`);
  if (!login.body.mfaEnrollmentRequired) return { token: login.body.accessToken as string, secret: totpSecret };
  const enrol = await call(base, '/api/v1/auth/mfa/enroll', { method: 'POST', token: login.body.accessToken });
  if (enrol.status !== 200) throw new Error(`enrol: ${enrol.status} ${enrol.text}`);
  const code = await generate({ secret: enrol.body.secret as string });
  const verify = await call(base, '/api/v1/auth/mfa/verify', { method: 'POST', token: login.body.accessToken, json: { code } });
  if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${verify.text}`);
  return { token: verify.body.accessToken as string, secret: enrol.body.secret as string };
}

export { call };
