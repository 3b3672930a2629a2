import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/*
 * The browser harness of the web e2e files: the real entry point (backend/dist/main.js: API + Next in one
 * process, fresh embedded PGlite) and Debian's Chromium driven by playwright-core. Each file makes its own
 * harness (own server, data directory and browser profile). Screenshots go to .tmp/screenshots (not committed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIN = fileURLToPath(new URL('../../backend/dist/main.js', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../.tmp/screenshots/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface WebHarness {
  /** `http://127.0.0.1:<port>` once started. */
  readonly base: string;
  readonly context: BrowserContext;
  /** Console errors of watched pages (besides failed resources, which are recorded with their URL). */
  readonly consoleErrors: string[];
  /** API answers >= 400 seen by the browser: each must be one the flow expects. */
  readonly apiFailures: string[];
  /** Serious and critical accessibility violations found by axe-core, per page. */
  readonly a11y: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  watch(page: Page): Page;
  checkA11y(page: Page, name: string): Promise<void>;
  shot(page: Page, name: string): Promise<Buffer>;
}

/** Waits for the page to reach a state (generous: the suite may share two cores with the rest of `npm test`). */
export const until = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

export function createWebHarness(admin: { email: string; password: string }): WebHarness {
  let server: ChildProcess | undefined;
  let output = '';
  let base = '';
  let context: BrowserContext | undefined;
  let dataDir = '';
  let profileDir = '';
  const consoleErrors: string[] = [];
  const apiFailures: string[] = [];
  const a11y: string[] = [];

  async function startServer(): Promise<void> {
    const port = 4400 + Math.floor(Math.random() * 500);
    base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NETPROVIDER_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NETPROVIDER_ADMIN_EMAIL: admin.email,
        NETPROVIDER_ADMIN_PASSWORD: admin.password,
        ARGON2_MEMORY_KIB: '1024',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    child.stdout!.on('data', (b) => (output += b));
    child.stderr!.on('data', (b) => (output += b));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
      if (Date.now() > deadline) throw new Error(`no health within 90 s: ${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  return {
    get base() {
      return base;
    },
    get context() {
      if (!context) throw new Error('harness not started');
      return context;
    },
    consoleErrors,
    apiFailures,
    a11y,

    async start() {
      if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium; npm test does it when run as root) or set CHROMIUM_PATH`);
      }
      if (!existsSync(MAIN)) throw new Error('backend/dist/main.js missing: run `node scripts/build.mjs`');
      mkdirSync(SHOTS, { recursive: true });
      dataDir = mkdtempSync(join(tmpdir(), 'np-web-data-'));
      profileDir = mkdtempSync(join(tmpdir(), 'np-web-profile-'));
      await startServer();
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        locale: 'pt-BR',
        timezoneId: 'America/Sao_Paulo',
        viewport: { width: 1280, height: 800 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
    },

    async stop() {
      await context?.close();
      if (server && server.exitCode === null) {
        const exited = new Promise((r) => server!.once('exit', r));
        server.kill('SIGINT');
        await exited;
      }
      for (const d of [dataDir, profileDir]) if (d) rmSync(d, { recursive: true, force: true });
    },

    watch(page: Page): Page {
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        // the browser reports every failed answer as a console error without its URL: the response listener
        // below records each one with its URL instead (API answers are checked one by one at the end)
        if (m.text().startsWith('Failed to load resource')) return;
        consoleErrors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
      page.on('response', (r) => {
        if (r.url().startsWith(`${base}/api/`) && r.status() >= 400) apiFailures.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
        else if (r.status() >= 400) consoleErrors.push(`${page.url()}: ${r.status()} for ${r.url()}`);
      });
      return page;
    },

    async checkA11y(page: Page, name: string): Promise<void> {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') a11y.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
    },

    shot: (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }),
  };
}
