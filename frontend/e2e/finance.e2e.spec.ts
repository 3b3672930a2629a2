import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { cpf } from '@netprovider/br-docs';
import { loginWithMfaEnrolment, staffToken, startHarness, until, type Harness } from './harness';
import { formatBasisPoints, formatDate, formatMoney, saoPauloToday } from '../lib/format';
import { delinquencyBasisPoints } from '../lib/billing';

/*
 * Collections and finance screens in Chromium against the real entry point (fresh PGlite, or a fresh
 * PostgreSQL database when DATABASE_URL is set): dunning ladder, payables paid from a bank account, DRE with
 * its chart and CSV, write-off and its reversal; then the server's clock moves 10 days ahead: the overdue list
 * shows the contract, the dashboard the overdue amount, and an agreement renegotiates the overdue invoices
 * into instalments; axe-core and screenshots (.tmp/screenshots) on each page.
 */
const ADMIN = { email: 'financeiro@provedor.test', password: 'Prova#Fin-Senha-2026' };
let h: Harness;
let page: Page;
let token = '';
let invoiceId = '';

beforeAll(async () => {
  // the server's clock moves forward in the last flow: invoices issued today become overdue
  h = await startHarness(ADMIN, {}, undefined, { movableClock: true });
}, 180_000);

afterAll(async () => {
  await h?.stop();
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const r = await fetch(`${h.base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Picks `option` in the Mantine Select labelled `label`. */
async function choose(scope: Page | ReturnType<Page['getByRole']>, label: string | RegExp, option: string | RegExp) {
  await scope.getByLabel(label).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

const today = saoPauloToday();

describe('collections and finance in the back office', () => {
  it('staff login → the new menus are there for the admin', async () => {
    page = h.watch(await h.context.newPage());
    await loginWithMfaEnrolment(page, h.base, ADMIN, '/cobranca/reguas');
    token = await staffToken(page);
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    for (const item of ['Réguas de cobrança', 'Mensagens de cobrança', 'Acordos', 'Contas a pagar', 'Plano de contas', 'Contas e caixa', 'DRE', 'Fluxo de caixa', 'Aging de recebíveis', 'Inadimplência', 'Auditoria']) {
      await until(() => nav.getByRole('link', { name: item, exact: true }).isVisible()).toBe(true);
    }
  }, 120_000);

  it('dunning ladder: a new ladder from the built-in one, with one more step (422 shown under the step, then saved)', async () => {
    await until(() => page.getByRole('heading', { name: 'Régua padrão (RGC)' }).isVisible()).toBe(true);
    await h.checkA11y(page, '/cobranca/reguas');
    await h.shot(page, 'fin-01-ladders-built-in');
    await page.getByRole('button', { name: 'Nova régua' }).click();
    await page.getByLabel('Nome da régua').fill('Régua da empresa');
    await page.getByRole('button', { name: 'Adicionar etapa' }).click();
    const step = page.getByRole('group', { name: 'Etapa 7' });
    await step.getByLabel('Identificador').fill('ultimo-aviso');
    await step.getByLabel('Dias (relativo ao vencimento)').fill('90');
    // a notice without a text: the API names steps.6.template, shown under that field
    await page.getByRole('button', { name: 'Salvar' }).click();
    const template = step.getByLabel('Mensagem');
    await until(async () => page.locator(`#${await template.getAttribute('id')}-error`).textContent()).toBe('Uma etapa de mensagem precisa de canal e mensagem.');
    await h.shot(page, 'fin-02-ladder-422');
    await h.checkA11y(page, '/cobranca/reguas (form with errors)');
    await template.fill('Último aviso: a fatura de {{valor}} está em aberto há {{diasAtraso}} dias.');
    await page.getByRole('button', { name: 'Salvar' }).click();
    const card = page.getByTestId('ladder-card').filter({ hasText: 'Régua da empresa' });
    await until(() => card.getByRole('row', { name: /\+90.*Aviso.*E-mail.*Último aviso/ }).isVisible()).toBe(true);
    expect(await card.getByText('Padrão', { exact: true }).isVisible()).toBe(true);
    await h.shot(page, 'fin-03-ladder-saved');
    const saved = await api<{ items: Array<{ name: string; steps: Array<{ id: string; daysOffset: number }> }> }>('GET', '/api/v1/collections/ladders');
    expect(saved.items.map((l) => l.name)).toEqual(['Régua da empresa']);
    expect(saved.items[0]!.steps.find((s) => s.id === 'ultimo-aviso')?.daysOffset).toBe(90);
  }, 120_000);

  it('payables: a bank account, a bill in 2 instalments on a cost account, the first paid from the account → its balance drops', async () => {
    await page.goto(`${h.base}/financeiro/contas`);
    await page.getByRole('button', { name: 'Nova conta' }).click();
    await page.getByLabel('Nome', { exact: false }).first().fill('Banco Teste');
    await page.getByLabel('Saldo inicial (R$)').pressSequentially('100000');
    await page.getByRole('button', { name: 'Cadastrar' }).click();
    const row = page.getByTestId('bank-account-row').filter({ hasText: 'Banco Teste' });
    await until(() => row.getByTestId('bank-balance').textContent()).toBe('R$ 1.000,00');
    await h.checkA11y(page, '/financeiro/contas');

    await page.goto(`${h.base}/financeiro/contas-pagar`);
    await page.getByRole('button', { name: 'Nova conta a pagar' }).click();
    await page.getByLabel('Descrição').fill('Link IP dedicado');
    await choose(page, /Conta do plano/, /4\.1\.01 — Link e trânsito IP/);
    await page.getByLabel('Valor total (R$)').pressSequentially('30000');
    await page.getByLabel('Parcelas').fill('2');
    await page.getByLabel(/Primeiro vencimento/).pressSequentially(formatDate(today).replace(/\//g, ''));
    await until(() => page.getByTestId('payable-preview').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('payable-preview').textContent()).toContain('R$ 150,00');
    await h.shot(page, 'fin-04-payable-form');
    await h.checkA11y(page, '/financeiro/contas-pagar (form)');
    await page.getByRole('button', { name: 'Lançar conta' }).click();
    await until(() => page.getByTestId('payable-row').count()).toBe(2);
    await page.getByTestId('payable-row').first().getByRole('button', { name: 'Pagar' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /Conta de saída/, /Banco Teste/);
    await dialog.getByRole('button', { name: 'Pagar' }).click();
    await until(() => page.getByTestId('payable-row').first().textContent()).toContain('Paga em');
    // the payment dialog closes with a transition: axe must not catch it half-gone (unnamed dialog section)
    await until(() => page.getByRole('dialog').count()).toBe(0);
    await h.shot(page, 'fin-05-payables');
    await h.checkA11y(page, '/financeiro/contas-pagar');

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Contas e caixa' }).click();
    await until(() => page.getByTestId('bank-account-row').filter({ hasText: 'Banco Teste' }).getByTestId('bank-balance').textContent()).toBe('R$ 850,00');
    await page.getByRole('button', { name: 'Banco Teste' }).click();
    await until(() => page.getByRole('row', { name: /Link IP dedicado.*R\$\s?150,00/ }).isVisible()).toBe(true);
    await h.shot(page, 'fin-06-bank-accounts');
  }, 180_000);

  it('DRE: the month with the cost, its chart, and the CSV export (downloaded with the bearer token)', async () => {
    await page.goto(`${h.base}/relatorios/dre`);
    await until(() => page.getByTestId('report-chart').locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    await until(() => page.getByTestId('dre-result').textContent()).toMatch(/-\s?R\$\s?300,00/);
    await h.shot(page, 'fin-07-dre');
    await h.checkA11y(page, '/relatorios/dre');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`dre-${today.slice(0, 7)}-${today.slice(0, 7)}-accrual.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(';');
    expect(csv).toContain('30000');
    // quarter and cash basis re-query; the chart stays
    await page.getByText('Trimestre', { exact: true }).click();
    await page.getByText('Caixa', { exact: true }).click();
    await until(() => page.getByTestId('dre-result').textContent()).toMatch(/-\s?R\$\s?150,00/);
    // dark theme
    await page.getByRole('button', { name: 'Alternar tema claro/escuro' }).click();
    await h.shot(page, 'fin-08-dre-other-theme');
    await h.checkA11y(page, '/relatorios/dre (other theme)');
    await page.getByRole('button', { name: 'Alternar tema claro/escuro' }).click();
  }, 120_000);

  it('write-off of an open invoice, confirmed in a dialog, then reversed', async () => {
    await api('POST', '/api/v1/billing/collection-accounts', { bankCode: '341', agency: '0810', account: '53678', wallet: '109', pixKey: 'pix@provedor.test' });
    const customer = await api<{ id: string }>('POST', '/api/v1/customers', { kind: 'PF', name: 'Joana Inadimplente', document: cpf.generate() });
    const due = new Date(Date.parse(`${today}T12:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    const invoice = await api<{ id: string }>('POST', '/api/v1/invoices', { customerId: customer.id, dueDate: due, items: [{ description: 'Taxa de instalação', amountCents: 150_00, kind: 'installation' }] });
    invoiceId = invoice.id;
    await page.goto(`${h.base}/faturas/${invoice.id}`);
    await page.getByLabel('Motivo').fill('Cliente não localizado');
    await page.getByRole('button', { name: 'Baixar como perda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirmar baixa por perda' });
    await until(() => dialog.textContent()).toContain('R$ 150,00');
    await h.shot(page, 'fin-09-write-off-confirm');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await until(() => page.getByTestId('write-off-notice').textContent()).toContain('Cliente não localizado');
    await until(() => page.getByTestId('invoice-status').textContent()).toBe('Baixada como perda');
    await h.shot(page, 'fin-10-written-off');
    await h.checkA11y(page, '/faturas/[id] (written off)');
    await page.getByLabel('Motivo').fill('Cliente prometeu pagar');
    await page.getByRole('button', { name: 'Estornar baixa' }).click();
    await page.getByRole('dialog', { name: 'Estornar a baixa por perda' }).getByRole('button', { name: 'Confirmar' }).click();
    await until(() => page.getByTestId('write-off-notice').count()).toBe(0);
    await until(() => page.getByTestId('invoice-status').textContent()).toBe('Em aberto');
    await until(() => page.getByRole('button', { name: 'Baixar como perda' }).isVisible()).toBe(true);
  }, 120_000);

  it('the other pages render, pass axe and are captured: reports, chart of accounts, suppliers, recurring, outbox, agreements, audit', async () => {
    const pages: Array<[string, string, () => Promise<unknown>]> = [
      ['/relatorios/fluxo-caixa', 'fin-11-cash-flow', () => until(() => page.getByTestId('report-chart').locator('svg.recharts-surface').count()).toBeGreaterThan(0)],
      ['/relatorios/aging', 'fin-12-aging', () => until(() => page.getByTestId('report-chart').locator('svg.recharts-surface').count()).toBeGreaterThan(0)],
      ['/relatorios/inadimplencia', 'fin-13-delinquency', () => until(() => page.getByTestId('report-chart').isVisible()).toBe(true)],
      ['/financeiro/plano-contas', 'fin-14-chart-of-accounts', () => until(() => page.getByTestId('chart-row').count()).toBeGreaterThan(10)],
      ['/financeiro/fornecedores', 'fin-15-suppliers', () => until(() => page.getByRole('button', { name: 'Novo fornecedor' }).isVisible()).toBe(true)],
      ['/financeiro/recorrentes', 'fin-16-recurring', () => until(() => page.getByRole('button', { name: 'Nova despesa recorrente' }).isVisible()).toBe(true)],
      ['/cobranca/inadimplentes', 'fin-23-overdue', () => until(() => page.getByTestId('overdue-total').isVisible()).toBe(true)],
      ['/cobranca/mensagens', 'fin-17-dunning-messages', () => until(() => page.getByRole('heading', { name: 'Mensagens de cobrança' }).isVisible()).toBe(true)],
      ['/acordos', 'fin-18-agreements', () => until(() => page.getByRole('link', { name: 'Novo acordo' }).isVisible()).toBe(true)],
      ['/auditoria', 'fin-19-audit', () => until(() => page.getByTestId('audit-row').count()).toBeGreaterThan(2)],
    ];
    for (const [path, name, ready] of pages) {
      await page.goto(`${h.base}${path}`);
      await ready();
      await h.shot(page, name);
      await h.checkA11y(page, path);
    }
    // audit: filter by a stream, open its history
    await page.getByLabel('Entidade (stream)').fill(`invoice-${invoiceId}`);
    // issued, written off, write-off reversed
    await until(() => page.getByTestId('audit-row').count()).toBe(3);
    await page.getByTestId('audit-row').first().getByRole('button').click();
    await until(() => page.getByTestId('stream-history').isVisible()).toBe(true);
    expect(await page.getByTestId('stream-history').textContent()).toContain('InvoiceIssued');
    await h.shot(page, 'fin-20-audit-stream');
    await h.checkA11y(page, '/auditoria (stream history)');
    await page.keyboard.press('Escape');

    // new agreement: pick the customer; her invoice is not overdue yet
    await page.goto(`${h.base}/acordos/novo`);
    await page.getByLabel('Buscar cliente').first().fill('Joana');
    await page.getByRole('option', { name: /Joana Inadimplente/ }).click();
    await until(() => page.getByText('Este cliente não tem faturas vencidas.').isVisible()).toBe(true);
    await h.shot(page, 'fin-21-agreement-new');
    await h.checkA11y(page, '/acordos/novo');

    // phone width: the payables list scrolls inside its container, the menu collapses
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.base}/financeiro/contas-pagar`);
    await until(() => page.getByTestId('payable-row').count()).toBe(2);
    await h.shot(page, 'fin-22-payables-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 240_000);

  it('10 days later: the overdue list and the dashboard show the debt; an agreement renegotiates it into instalments', async () => {
    // a subscriber with an active contract and two invoices due today
    const plan = await api<{ id: string }>('POST', '/api/v1/plans', { name: 'Fibra 300', downloadMbps: 300, uploadMbps: 150, priceCents: 9990 });
    const customer = await api<{ id: string; addresses: Array<{ id: string }> }>('POST', '/api/v1/customers', {
      kind: 'PF', name: 'Marcos Atrasado', document: cpf.generate(),
      addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }],
    });
    const contract = await api<{ id: string }>('POST', '/api/v1/contracts', { customerId: customer.id, planId: plan.id, dueDay: 10, installationAddressId: customer.addresses[0]!.id });
    await api('POST', `/api/v1/contracts/${contract.id}/accept`, { method: 'click', evidence: 'aceite no balcão' });
    await api('POST', `/api/v1/contracts/${contract.id}/activate`, {});
    const invoices = [];
    for (const amountCents of [9990, 5000]) {
      invoices.push(await api<{ id: string; number: string }>('POST', '/api/v1/invoices', { customerId: customer.id, contractId: contract.id, dueDate: today, items: [{ description: 'Mensalidade', amountCents }] }));
    }

    await h.moveClock(10);
    // the server now lives 10 days ahead: the browser's access token is stale there, so refresh it first
    await page.evaluate(() => {
      const key = 'netprovider.session.staff';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), expiresAt: 0 }));
    });

    // overdue list: the contract, with both invoices
    await page.goto(`${h.base}/cobranca/inadimplentes`);
    const row = page.getByRole('row').filter({ hasText: 'Marcos Atrasado' });
    await until(() => row.count()).toBe(1);
    expect((await row.textContent())!.replace(/\u00a0/g, ' ')).toContain('R$ 149,90');
    token = await staffToken(page);
    await h.shot(page, 'fin-24-overdue-rows');
    await h.checkA11y(page, '/cobranca/inadimplentes (rows)');

    // dashboard: the overdue amount and delinquency from GET /invoices/summary
    await page.goto(`${h.base}/`);
    await until(async () => (await page.getByTestId('dash-overdue').textContent())?.replace(/\u00a0/g, ' ')).toContain('R$ 149,90');
    expect(await page.getByTestId('dash-overdue').textContent()).toContain('2 fatura(s) vencida(s)');
    // contracts by status and MRR from GET /contracts/summary: Marcos's contract is the only one
    await until(() => page.getByTestId('dash-active-contracts').textContent()).toBe('Contratos ativos1');
    await until(async () => (await page.getByTestId('dash-mrr').textContent())?.replace(/\u00a0/g, ' ')).toContain('R$ 99,90');
    const summary = await api<{ overdue: { amountCents: number }; outstanding: { amountCents: number } }>('GET', '/api/v1/invoices/summary');
    expect(summary.overdue.amountCents).toBe(14990);
    expect(await page.getByTestId('dash-delinquency').textContent()).toContain(formatBasisPoints(delinquencyBasisPoints(14990, summary.outstanding.amountCents)));
    await h.shot(page, 'fin-25-dashboard-overdue');
    await h.checkA11y(page, '/ (dashboard)');

    // agreement: pick the customer and both overdue invoices → simulate (fine and interest) → confirm
    await page.goto(`${h.base}/acordos/novo`);
    await page.getByLabel('Buscar cliente').first().fill('Marcos');
    await page.getByRole('option', { name: /Marcos Atrasado/ }).click();
    for (const i of invoices) await page.getByRole('checkbox', { name: new RegExp(`^${i.number} — `) }).check();
    await page.getByLabel('Número de parcelas').fill('2');
    await page.getByRole('button', { name: 'Simular' }).click();
    const simulated = await api<{ chargesCents: number; totalCents: number }>('POST', '/api/v1/agreements/simulate', { customerId: customer.id, invoiceIds: invoices.map((i) => i.id), downPaymentCents: 0, instalments: 2, dueDay: 10, waiveCharges: false });
    expect(simulated.chargesCents).toBeGreaterThan(0);
    await until(async () => (await page.getByTestId('agreement-total').textContent())?.replace(/\u00a0/g, ' ')).toBe(formatMoney(simulated.totalCents));
    expect((await page.getByText('Multa e juros', { exact: true }).first().locator('..').textContent())!.replace(/\u00a0/g, ' ')).toContain(formatMoney(simulated.chargesCents));
    await h.shot(page, 'fin-26-agreement-simulated');
    await h.checkA11y(page, '/acordos/novo (simulated)');
    await page.getByRole('button', { name: 'Fechar acordo' }).click();
    await until(() => page.getByTestId('agreement-made').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Acordo', exact: true }).click();
    await page.waitForURL(/\/acordos\/[0-9a-f-]{36}$/);
    await until(() => page.getByTestId('agreement-instalments').locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('heading', { name: 'Novo acordo' }).count()).toBe(0);
    await h.shot(page, 'fin-27-agreement-detail');
    await h.checkA11y(page, '/acordos/[id]');

    // the originals are renegotiated
    for (const i of invoices) {
      await page.goto(`${h.base}/faturas/${i.id}`);
      await until(() => page.getByTestId('invoice-status').first().textContent()).toBe('Renegociada');
    }
    await h.shot(page, 'fin-28-original-renegotiated');
  }, 240_000);

  it('no console errors, only the expected API failures, no serious or critical accessibility violations', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.apiFailures).toEqual(['422 POST /api/v1/collections/ladders']);
    expect(h.a11y).toEqual([]);
  });
});
