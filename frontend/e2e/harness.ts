import { expect } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generate } from 'otplib';
import { freshPostgres, serverUrl, type TestDatabase } from '../../packages/event-store/src/test-support/databases';

/*
 * The browser-test harness: the real entry point (backend/dist/main.js: API + Next in one process, fresh
 * embedded PGlite unless DATABASE_URL is set) and Debian's Chromium driven by playwright-core, with the checks
 * every flow shares — console errors, API failures, axe-core, screenshots under .tmp/screenshots (not committed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIN = fileURLToPath(new URL('../../backend/dist/main.js', import.meta.url));
export const SHOTS = fileURLToPath(new URL('../../.tmp/screenshots/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const MOVABLE_CLOCK = fileURLToPath(new URL('./movable-clock.mjs', import.meta.url));

export interface Harness {
  base: string;
  context: BrowserContext;
  consoleErrors: string[];
  /** API answers >= 400 seen by the browser: each must be one the flow expects. */
  apiFailures: string[];
  /** Serious and critical accessibility violations found by axe-core, per page. */
  a11y: string[];
  output: () => string;
  watch(page: Page): Page;
  checkA11y(page: Page, name: string): Promise<void>;
  shot(page: Page, name: string): Promise<unknown>;
  /**
   * Moves the server's clock `days` from the real one (only with `options.movableClock`): invoices issued
   * today become overdue without a backdoor in the API. The browser keeps the real clock.
   */
  moveClock(days: number): Promise<void>;
  stop(): Promise<void>;
}

/** Where a harness records what the checks at the end of a file assert (given up front by `createWebHarness`). */
export interface HarnessSinks {
  consoleErrors: string[];
  apiFailures: string[];
  a11y: string[];
}

export async function startHarness(
  admin: { email: string; password: string },
  extraEnv: Record<string, string> = {},
  sinks: HarnessSinks = { consoleErrors: [], apiFailures: [], a11y: [] },
  options: { embedded?: boolean; movableClock?: boolean } = {},
): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  if (!existsSync(MAIN)) throw new Error('backend/dist/main.js missing: run `node scripts/build.mjs`');
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'np-web-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'np-web-profile-'));
  const port = 4400 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  // on a PostgreSQL server (DATABASE_URL): a fresh database of its own, dropped at the end
  let pg: TestDatabase | null = null;
  if (serverUrl() && !options.embedded) {
    pg = await freshPostgres();
    await pg.db.close();
  }
  const clockFile = join(dataDir, 'test-clock-offset');
  const server: ChildProcess = spawn(process.execPath, options.movableClock ? ['--import', MOVABLE_CLOCK, MAIN] : [MAIN], {
    env: {
      ...(options.movableClock ? { NETPROVIDER_TEST_CLOCK_FILE: clockFile } : {}),
      PATH: process.env.PATH, HOME: process.env.HOME, NETPROVIDER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      NETPROVIDER_ADMIN_EMAIL: admin.email, NETPROVIDER_ADMIN_PASSWORD: admin.password, ARGON2_MEMORY_KIB: '1024', RATE_LIMIT_PER_MINUTE: '100000',
      ...(pg?.url ? { DATABASE_URL: pg.url } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (b) => (output += b));
  server.stderr!.on('data', (b) => (output += b));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}: ${output}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`no health within 90 s: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', viewport: { width: 1280, height: 800 }, acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const { consoleErrors, apiFailures, a11y } = sinks;
  return {
    base, context, consoleErrors, apiFailures, a11y,
    output: () => output,
    watch(page) {
      page.on('console', (m) => {
        if (m.type() !== 'error' || m.text().startsWith('Failed to load resource')) return;
        consoleErrors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
      page.on('response', (r) => {
        if (r.url().startsWith(`${base}/api/`) && r.status() >= 400) apiFailures.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
        else if (r.status() >= 400) consoleErrors.push(`${page.url()}: ${r.status()} for ${r.url()}`);
      });
      return page;
    },
    async checkA11y(page, name) {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') a11y.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
    },
    shot: (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }),
    async moveClock(days) {
      if (!options.movableClock) throw new Error('start the harness with { movableClock: true }');
      const offset = String(days * 86_400_000);
      writeFileSync(clockFile, offset);
      server.kill('SIGUSR2');
      await until(() => (existsSync(`${clockFile}.ack`) ? readFileSync(`${clockFile}.ack`, 'utf8') : '')).toBe(offset);
    },
    async stop() {
      await context.close();
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGINT');
        await exited;
      }
      for (const d of [dataDir, profileDir]) rmSync(d, { recursive: true, force: true });
      await pg?.drop();
    },
  };
}

/** Waits for the page to reach a state (generous: the suite may share two cores with the rest of `npm test`). */
export const until = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

/** Signs the bootstrap admin in through the login page, enrolling MFA (first login); returns the TOTP secret. */
export async function loginWithMfaEnrolment(page: Page, base: string, admin: { email: string; password: string }, path = '/'): Promise<string> {
  await page.goto(`${base}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Senha').fill(admin.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Código de 6 dígitos').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Ativar' }).click();
  await until(() => page.getByTestId('recovery-codes').locator('code').count()).toBe(10);
  await page.getByRole('button', { name: /Guardei os códigos/ }).click();
  await page.waitForURL(`${base}${path}`);
  return secret;
}

/** The staff access token the page holds (for setting up data through the API). */
export const staffToken = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('netprovider.session.staff')!).accessToken as string);

/** The same harness started later (in `beforeAll`): its sinks exist at once, for files that read them at load. */
export interface WebHarness extends HarnessSinks {
  readonly base: string;
  readonly context: BrowserContext;
  start(): Promise<void>;
  stop(): Promise<void>;
  watch(page: Page): Page;
  checkA11y(page: Page, name: string): Promise<void>;
  shot(page: Page, name: string): Promise<unknown>;
}

/**
 * Always embedded (PGlite in the server's data dir): these flows read what embedded mode shows on screen
 * and production sends by e-mail (the subscriber invite link).
 */
export function createWebHarness(admin: { email: string; password: string }, extraEnv: Record<string, string> = {}): WebHarness {
  const sinks: HarnessSinks = { consoleErrors: [], apiFailures: [], a11y: [] };
  let h: Harness | undefined;
  const started = () => {
    if (!h) throw new Error('harness not started');
    return h;
  };
  return {
    ...sinks,
    get base() {
      return started().base;
    },
    get context() {
      return started().context;
    },
    async start() {
      h = await startHarness(admin, extraEnv, sinks, { embedded: true });
    },
    async stop() {
      await h?.stop();
    },
    watch: (page) => started().watch(page),
    checkA11y: (page, name) => started().checkA11y(page, name),
    shot: (page, name) => started().shot(page, name),
  };
}
