import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generate } from 'otplib';
import { cpf, formatBRL as formatMoney } from '@netprovider/br-docs';
import { createRequire } from 'node:module';

/*
 * The web app in a real browser (Debian's Chromium driven by playwright-core) against the real entry point
 * (backend/dist/main.js: API + Next in one process, fresh embedded PGlite), as staff and as a subscriber.
 * Screenshots go to .tmp/screenshots (not committed).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIN = fileURLToPath(new URL('../../backend/dist/main.js', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../.tmp/screenshots/', import.meta.url));
const ADMIN = { email: 'dona.ana@provedor.test', password: 'Prova#Web-Senha-2026' };
/** The back office's first load must transfer less JavaScript than this (issue 7). */
const LOGIN_JS_BUDGET = 500 * 1024;

let server: ChildProcess;
let totpSecret = '';
let output = '';
let base = '';
let context: BrowserContext;
let dataDir = '';
let profileDir = '';
const consoleErrors: string[] = [];
/** API answers >= 400 seen by the browser: each must be one the flow expects. */
const apiFailures: string[] = [];

async function startServer(): Promise<void> {
  const port = 4400 + Math.floor(Math.random() * 500);
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NETPROVIDER_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NETPROVIDER_ADMIN_EMAIL: ADMIN.email,
      NETPROVIDER_ADMIN_PASSWORD: ADMIN.password,
      ARGON2_MEMORY_KIB: '1024',
      RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (b) => (output += b));
  server.stderr!.on('data', (b) => (output += b));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}: ${output}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    if (Date.now() > deadline) throw new Error(`no health within 90 s: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function watch(page: Page): Page {
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
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Serious and critical accessibility violations found by axe-core, per page. */
const a11y: string[] = [];

async function checkA11y(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') a11y.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
}

/** Waits for the page to reach a state (generous: the suite may share two cores with the rest of `npm test`). */
const until = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
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
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGINT');
    await exited;
  }
  for (const d of [dataDir, profileDir]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('the web app in Chromium', () => {
  let customerPath = '';
  const document = cpf.generate();
  const subscriberPassword = 'Minha-Internet-2026';

  it('keeps the login page under the JavaScript budget', async () => {
    const page = watch(await context.newPage());
    const scripts: Array<Promise<{ transferred: number; decoded: number }>> = [];
    page.on('requestfinished', (req) => {
      if (req.resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const sizes = await req.sizes();
          const res = await req.response();
          return { transferred: sizes.responseBodySize + sizes.responseHeadersSize, decoded: (await res!.body()).length };
        })(),
      );
    });
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    await until(() => page.getByRole('button', { name: 'Entrar' }).isVisible()).toBe(true);
    const all = await Promise.all(scripts);
    const transferred = all.reduce((s, x) => s + x.transferred, 0);
    const decoded = all.reduce((s, x) => s + x.decoded, 0);
    console.log(`[web] /login first load: ${all.length} scripts, ${(transferred / 1024).toFixed(1)} KiB transferred, ${(decoded / 1024).toFixed(1)} KiB decoded`);
    expect(all.length).toBeGreaterThan(0);
    expect(transferred).toBeLessThan(LOGIN_JS_BUDGET);
    await shot(page, '01-login');
    await checkA11y(page, '/login');

    // light/dark theme toggle
    const scheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
    const before = await scheme();
    await page.getByRole('button', { name: 'Alternar tema claro/escuro' }).click();
    await until(scheme).toBe(before === 'dark' ? 'light' : 'dark');
    await shot(page, '01-login-other-theme');
    await checkA11y(page, `/login (${await scheme()})`);
    await page.getByRole('button', { name: 'Alternar tema claro/escuro' }).click();
    await until(scheme).toBe(before);
    await page.close();
  }, 120_000);

  it('staff: login with MFA enrolment → customer (422 under the CPF) → plan → contract → activate → change plan', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${base}/clientes`);
    await page.waitForURL(/\/login\?next=%2Fclientes/);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Senha').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Entrar' }).click();

    // first login of an admin: the role requires MFA, so enrolment comes first
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    totpSecret = secret;
    await until(() => page.getByRole('img', { name: 'QR code para o aplicativo autenticador' }).isVisible()).toBe(true);
    await shot(page, '02-mfa-enrolment');
    await page.getByLabel('Código de 6 dígitos').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Ativar' }).click();
    await until(() => page.getByTestId('recovery-codes').locator('code').count()).toBe(10);
    await page.getByRole('button', { name: /Guardei os códigos/ }).click();
    await page.waitForURL(`${base}/clientes`);

    // the admin holds every permission: the whole menu is there
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    for (const item of ['Painel', 'Clientes', 'Contratos', 'Planos', 'Usuários', 'Perfis de acesso']) {
      await until(() => nav.getByRole('link', { name: item }).isVisible()).toBe(true);
    }

    // a customer: an invalid CPF comes back as a 422 naming `document`, shown under that field
    await page.getByRole('link', { name: 'Novo cliente' }).click();
    await page.getByLabel('Nome completo').fill('Maria da Silva Teste');
    const cpfInput = page.getByLabel('CPF');
    await cpfInput.pressSequentially('12345678900');
    expect(await cpfInput.inputValue()).toBe('123.456.789-00');
    await page.getByLabel('Telefone').pressSequentially('11987654321');
    expect(await page.getByLabel('Telefone').inputValue()).toBe('(11) 98765-4321');
    await page.getByLabel('E-mail').fill('maria@example.com');
    await page.getByLabel('CEP').pressSequentially('01310100');
    expect(await page.getByLabel('CEP').inputValue()).toBe('01310-100');
    await page.getByLabel('Logradouro').fill('Avenida Paulista');
    await page.getByLabel('Número').fill('1000');
    await page.getByLabel('Bairro').fill('Bela Vista');
    await page.getByLabel('Cidade').fill('São Paulo');
    await page.getByLabel('UF').fill('SP');
    await page.getByRole('button', { name: 'Cadastrar' }).click();
    const cpfError = page.locator(`#${await cpfInput.getAttribute('id')}-error`);
    await until(() => cpfError.textContent()).toBe('CPF/CNPJ inválido: dígitos verificadores não conferem.');
    expect(await cpfInput.getAttribute('aria-invalid')).toBe('true');
    await shot(page, '03-customer-422');
    await checkA11y(page, '/clientes/novo (with errors)');

    await cpfInput.fill('');
    await cpfInput.pressSequentially(document);
    await page.getByRole('button', { name: 'Cadastrar' }).click();
    await page.waitForURL(/\/clientes\/[0-9a-f-]{36}$/);
    customerPath = new URL(page.url()).pathname;
    await until(() => page.getByTestId('customer-document').textContent()).toBe(cpf.format(document));
    await shot(page, '04-customer-detail');
    await checkA11y(page, '/clientes/[id]');

    // as-you-type search finds her by CPF
    await nav.getByRole('link', { name: 'Clientes' }).click();
    await page.getByLabel('Buscar clientes').fill(cpf.format(document));
    await until(() => page.getByRole('link', { name: 'Maria da Silva Teste' }).isVisible()).toBe(true);
    await checkA11y(page, '/clientes');

    // a plan
    await nav.getByRole('link', { name: 'Planos' }).click();
    await page.getByRole('link', { name: 'Novo plano' }).click();
    await page.getByLabel('Nome').fill('Fibra 500');
    await page.getByLabel('Download (Mb/s)').fill('500');
    await page.getByLabel('Upload (Mb/s)').fill('250');
    const price = page.getByLabel('Mensalidade (R$)');
    await price.fill('');
    await price.pressSequentially('9990');
    expect(await price.inputValue()).toBe('99,90');
    await page.getByRole('button', { name: 'Cadastrar' }).click();
    await page.waitForURL(`${base}/planos`);
    await until(() => page.getByRole('row', { name: /Fibra 500.*R\$ 99,90/ }).isVisible()).toBe(true);

    // a contract through the wizard, from the customer's page
    await page.goto(`${base}${customerPath}`);
    await page.getByRole('link', { name: 'Novo contrato' }).click();
    await page.waitForURL(/\/contratos\/novo\?cliente=/);
    await page.getByRole('radio', { name: /Fibra 500/ }).check();
    await page.getByRole('button', { name: 'Avançar' }).click();
    await until(() => page.getByRole('radio', { name: /Avenida Paulista, 1000/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Avançar' }).click();
    await page.getByLabel('Dia de vencimento').fill('10');
    await page.getByRole('button', { name: 'Avançar' }).click();
    await page.getByLabel(/Evidência do aceite/).fill('Contrato assinado na loja');
    await shot(page, '05-contract-wizard');
    await page.getByRole('button', { name: 'Criar contrato' }).click();
    await page.waitForURL(/\/contratos\/[0-9a-f-]{36}$/);
    await until(() => page.getByText('Aguardando instalação').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Ativar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await until(() => page.getByRole('dialog').count()).toBe(0);
    await until(() => page.getByText('Ativo', { exact: true }).first().isVisible()).toBe(true);
    await until(() => page.getByRole('link', { name: 'Maria da Silva Teste' }).isVisible()).toBe(true);
    await until(() => page.getByRole('button', { name: 'Trocar plano' }).isVisible()).toBe(true);
    await shot(page, '06-contract-active');
    await checkA11y(page, '/contratos/[id]');

    // change plan: the pro-rata shown before confirming is the one the contracts module records
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('netprovider.session.staff')!).accessToken as string);
    const created = await fetch(`${base}/api/v1/plans`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fibra 1 Giga', downloadMbps: 1000, uploadMbps: 500, priceCents: 14990 }),
    });
    expect(created.status).toBe(201);
    await page.getByRole('button', { name: 'Trocar plano' }).click();
    await page.getByRole('dialog').getByPlaceholder('Escolha o novo plano').click();
    await page.getByRole('option', { name: /Fibra 1 Giga/ }).click();
    const shownNet = (await page.getByTestId('prorata-net').textContent())!;
    await shot(page, '06b-change-plan-preview');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await until(() => page.getByRole('dialog').count()).toBe(0);
    await until(() => page.getByText('1 Gb/s / 500 Mb/s (v1)').isVisible()).toBe(true);
    const timeline = await (await fetch(`${base}/api/v1/customers/${customerPath.split('/').pop()}/timeline`, { headers: { authorization: `Bearer ${token}` } })).json();
    const changed = timeline.items.find((e: { type: string }) => e.type === 'ContractPlanChanged');
    expect(shownNet.replace(/\u00a0/g, ' ')).toBe(formatMoney(Math.abs(changed.data.proRata.netCents)));

    // the dashboard counts it, at the new plan's price
    await nav.getByRole('link', { name: 'Painel' }).click();
    await until(() => page.getByText('R$ 149,90').isVisible()).toBe(true);
    await shot(page, '07-dashboard');
    await checkA11y(page, '/');
    await page.close();
  }, 240_000);

  it('subscriber: invited by staff, first access, then logs into /cliente with the masked CPF', async () => {
    const staff = watch(await context.newPage());
    await staff.goto(`${base}${customerPath}`);
    await staff.getByRole('tab', { name: 'Dados pessoais (LGPD)' }).click();
    await staff.getByRole('button', { name: 'Convidar para a área do cliente' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    const link = (await staff.getByTestId('invite-link').textContent())!.trim();
    expect(link).toMatch(/\/cliente\/primeiro-acesso\?token=/);
    await staff.close();

    const page = watch(await context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link);
    await page.getByLabel('Nova senha').fill(subscriberPassword);
    await page.getByRole('button', { name: 'Criar senha e entrar' }).click();
    await page.waitForURL(`${base}/cliente`);
    await until(() => page.getByTestId('portal-account').textContent()).toContain('Ativa');
    await page.getByRole('button', { name: 'Sair' }).click();

    await checkA11y(page, '/cliente (login)');
    const login = page.getByLabel('CPF ou CNPJ');
    await login.pressSequentially(document);
    expect(await login.inputValue()).toBe(cpf.format(document));
    await page.getByLabel('Senha').fill(subscriberPassword);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await until(() => page.getByTestId('portal-account').textContent()).toContain('CPF');
    await shot(page, '08-customer-area');
    await checkA11y(page, '/cliente');
    await page.close();
  }, 120_000);

  it('staff session: an expired access token is refreshed; a refused refresh returns to login; logout ends it', async () => {
    const page = watch(await context.newPage());
    const KEY = 'netprovider.session.staff';
    const age = (patch: Record<string, unknown>) =>
      page.evaluate(([k, p]) => {
        const s = JSON.parse(localStorage.getItem(k as string)!);
        localStorage.setItem(k as string, JSON.stringify({ ...s, ...(p as object) }));
      }, [KEY, patch] as const);
    await page.goto(`${base}/clientes`);
    await until(() => page.getByRole('heading', { name: 'Clientes' }).isVisible()).toBe(true);

    await age({ expiresAt: 0 });
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200);
    await page.goto(`${base}/contratos`);
    await refreshed;
    await until(() => page.getByRole('heading', { name: 'Contratos' }).isVisible()).toBe(true);

    await age({ expiresAt: 0, refreshToken: 'not-a-refresh-token-of-this-server' });
    await page.goto(`${base}/planos`);
    await page.waitForURL(/\/login\?expirou=1&next=%2Fplanos/);
    await until(() => page.getByText('Sua sessão expirou. Entre novamente.').isVisible()).toBe(true);

    // back in: the enrolled admin now needs the code (one time step ahead: the enrolment used the current one)
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Senha').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByLabel('Código do aplicativo autenticador').fill(await generate({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(`${base}/planos`);

    await page.getByRole('button', { name: 'Sair' }).click();
    await page.waitForURL(/\/login\?saiu=1/);
    await until(() => page.getByText('Você saiu do sistema.').isVisible()).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login\?next=%2F$/);
    await page.close();
  }, 120_000);

  it('logged no console errors, no API failure the flows did not expect, no serious accessibility violation', () => {
    expect(consoleErrors).toEqual([]);
    expect(apiFailures).toEqual(['422 POST /api/v1/customers', '401 POST /api/v1/auth/refresh', '401 POST /api/v1/auth/login']);
    expect(a11y).toEqual([]);
  });
});
