import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generate } from 'otplib';
import { cpf } from '@netprovider/br-docs';
import { createWebHarness, until } from './harness';

/*
 * The customer area's self-service in a real browser, phone-sized: a subscriber logs in, reads the plan,
 * changes the phone (a 422 first, shown under the field), opens a support request and sees its protocol,
 * requests the LGPD export and downloads it; staff find the ticket in /chamados by period, protocol and status,
 * answer and close it, open one on the customer's behalf, and the subscriber reads the answer. Setup goes through the API
 * (the staff screens are covered by web.e2e.spec.ts).
 */
const ADMIN = { email: 'dona.bia@provedor.test', password: 'Prova#Portal-Senha-2026' };
const h = createWebHarness(ADMIN);
const subscriberCpf = cpf.generate();
const subscriberPassword = 'Minha-Conexao-2026';
let totpSecret = '';
let token = '';

async function call(method: string, path: string, body?: unknown, bearer = token) {
  const r = await fetch(`${h.base}${path}`, { method, headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

beforeAll(async () => {
  await h.start();
  // the admin through the API: login → MFA enrolment → verified token
  const login = await call('POST', '/api/v1/auth/login', ADMIN, '');
  const enrol = await call('POST', '/api/v1/auth/mfa/enroll', undefined, login.accessToken);
  totpSecret = enrol.secret;
  token = (await call('POST', '/api/v1/auth/mfa/verify', { code: await generate({ secret: totpSecret }) }, login.accessToken)).accessToken;
  // a subscriber with an accepted, active contract
  const customer = await call('POST', '/api/v1/customers', {
    kind: 'PF', name: 'Clara Assinante Teste', document: cpf.format(subscriberCpf), emails: ['clara@example.com'], phones: [{ number: '(31) 99999-1234', whatsapp: false }],
    addresses: [{ type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' }],
  });
  const plan = await call('POST', '/api/v1/plans', { name: 'Fibra 600', downloadMbps: 600, uploadMbps: 300, priceCents: 10990, technology: 'FTTH', loyaltyMonths: 12 });
  const contract = await call('POST', '/api/v1/contracts', { customerId: customer.id, planId: plan.id, dueDay: 15, installationAddressId: customer.addresses[0].id });
  await call('POST', `/api/v1/contracts/${contract.id}/accept`, { method: 'click', evidence: 'aceite no balcão' });
  await call('POST', `/api/v1/contracts/${contract.id}/activate`, {});
  const invite = await call('POST', '/api/v1/subscriber-accounts', { customerId: customer.id, document: subscriberCpf });
  await call('POST', '/api/v1/portal/auth/first-access', { token: invite.inviteToken, password: subscriberPassword }, '');
}, 240_000);

afterAll(() => h.stop());

async function phonePage(): Promise<Page> {
  const page = h.watch(await h.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

describe('the customer area (self-service) in Chromium', () => {
  let protocol = '';

  it('subscriber: plan → contacts (422, then saved) → support request with protocol → LGPD export downloaded', async () => {
    const page = await phonePage();
    await page.goto(`${h.base}/cliente`);
    await page.getByLabel('CPF ou CNPJ').pressSequentially(subscriberCpf);
    await page.getByLabel('Senha').fill(subscriberPassword);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await until(() => page.getByRole('link', { name: 'Meu plano' }).isVisible()).toBe(true);
    await h.shot(page, '20-portal-home');
    await h.checkA11y(page, '/cliente (home)');

    // my plan
    await page.getByRole('link', { name: 'Meu plano' }).click();
    await page.waitForURL(`${h.base}/cliente/plano`);
    const card = page.getByTestId('portal-contract');
    await until(() => card.textContent()).toContain('Fibra 600');
    const text = (await card.textContent())!;
    for (const s of ['600 Mb/s', '300 Mb/s', 'Fibra óptica', 'R$ 109,90', 'todo dia 15', 'Ativo', 'Rua da Bahia']) expect(text).toContain(s);
    expect(text).toMatch(/clara\.teste\.\d{4}|clara\.\w+\.\d{4}/);
    expect(text.toLowerCase()).not.toContain('senha');
    await h.shot(page, '21-portal-plan');
    await h.checkA11y(page, '/cliente/plano');

    // contacts: an invalid phone comes back as a 422 shown under the field; then a valid one is saved
    await page.getByRole('link', { name: /Voltar ao início/ }).click();
    await page.getByRole('link', { name: 'Meus contatos' }).click();
    await page.waitForURL(`${h.base}/cliente/contato`);
    const phone = page.getByLabel('Telefone 1');
    await until(() => phone.inputValue()).toBe('(31) 99999-1234');
    await phone.fill('');
    await phone.pressSequentially('3112345');
    await page.getByRole('button', { name: 'Salvar contatos' }).click();
    const phoneError = page.locator(`#${await phone.getAttribute('id')}-error`);
    await until(() => phoneError.isVisible()).toBe(true);
    expect(await phoneError.textContent()).toMatch(/^Telefone inválido/);
    await h.shot(page, '22-portal-contact-422');
    await h.checkA11y(page, '/cliente/contato (422)');
    await phone.fill('');
    await phone.pressSequentially('31988887777');
    expect(await phone.inputValue()).toBe('(31) 98888-7777');
    await page.getByLabel('Este número tem WhatsApp').check();
    await page.getByRole('button', { name: 'Salvar contatos' }).click();
    await until(() => page.getByText('Contatos atualizados.').isVisible()).toBe(true);
    expect((await call('GET', '/api/v1/customers?search=31988887777')).items.map((c: { name: string }) => c.name)).toContain('Clara Assinante Teste');
    await h.shot(page, '23-portal-contact-saved');

    // support request: the protocol is shown at once and in "meus chamados"
    await page.getByRole('link', { name: /Voltar ao início/ }).click();
    await page.getByRole('link', { name: 'Pedir suporte' }).click();
    await page.waitForURL(`${h.base}/cliente/chamados`);
    await until(() => page.getByText('Você ainda não abriu nenhum chamado.').isVisible()).toBe(true);
    await page.getByLabel(/^Resumo/).fill('Internet caindo à noite');
    await page.getByLabel(/^Descreva o problema/).fill('Desde segunda a conexão cai várias vezes depois das 20h.');
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    const opened = page.getByTestId('ticket-opened');
    await until(() => opened.textContent()).toMatch(/Protocolo: \d{8}-\d{6}$/);
    protocol = (await opened.textContent())!.match(/\d{8}-\d{6}/)![0];
    await until(() => page.getByTestId('portal-ticket').first().textContent()).toContain(protocol);
    await h.shot(page, '24-portal-ticket');
    await h.checkA11y(page, '/cliente/chamados');

    // LGPD: the request is recorded with a protocol; JSON and PDF download at once
    await page.getByRole('link', { name: /Voltar ao início/ }).click();
    await page.getByRole('link', { name: 'Meus dados (LGPD)' }).click();
    await page.waitForURL(`${h.base}/cliente/dados`);
    await until(() => page.getByText('Nenhum pedido ainda.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Pedir cópia dos meus dados' }).click();
    const ready = page.getByTestId('data-export-ready');
    await until(() => ready.textContent()).toMatch(/Protocolo: LGPD-\d{8}-[0-9A-F]{8}/);
    const [pdf] = await Promise.all([page.waitForEvent('download'), ready.getByRole('button', { name: 'Baixar PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^dados-pessoais-LGPD-.*\.pdf$/);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    const [json] = await Promise.all([page.waitForEvent('download'), ready.getByRole('button', { name: 'Baixar JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.format).toBe('netprovider.lgpd-export.v1');
    expect(exported.customer.name).toBe('Clara Assinante Teste');
    expect(exported.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['CustomerContactUpdated', 'TicketOpened', 'PersonalDataExportRequested']));
    await h.shot(page, '25-portal-lgpd');
    await h.checkA11y(page, '/cliente/dados');
    await page.close();
  }, 180_000);

  it('staff: the ticket is in /chamados (menu entry shown to the admin)', async () => {
    const page = h.watch(await h.context.newPage());
    await page.goto(`${h.base}/chamados`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Senha').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    // the enrolment used the current time step: one ahead
    await page.getByLabel('Código do aplicativo autenticador').fill(await generate({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(`${h.base}/chamados`);
    await until(() => page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Chamados' }).isVisible()).toBe(true);
    await until(() => page.getByTestId('staff-ticket').first().textContent()).toContain(protocol);
    const row = (await page.getByTestId('staff-ticket').first().textContent())!;
    for (const s of ['Internet caindo à noite', 'Clara Assinante Teste', 'Suporte técnico', 'Área do cliente']) expect(row).toContain(s);
    await h.shot(page, '26-staff-tickets');
    await h.checkA11y(page, '/chamados');

    // filters: a period with no tickets (masked dd/mm/aaaa fields), then the protocol, then status
    const from = page.getByLabel('De', { exact: true });
    await from.fill('');
    await from.pressSequentially('01012020');
    const to = page.getByLabel('Até', { exact: true });
    await to.fill('');
    await to.pressSequentially('31012020');
    await until(() => page.getByText('Nenhum chamado com esses filtros.').isVisible()).toBe(true);
    await to.fill('');
    await to.pressSequentially('31022020');
    await until(async () => page.locator(`#${await to.getAttribute('id')}-error`).textContent()).toBe('Data inexistente.');
    await to.fill('');
    await from.fill('');
    await until(() => page.getByTestId('staff-ticket').count()).toBe(1);
    await page.getByLabel('Protocolo', { exact: true }).pressSequentially(protocol.replace('-', ''));
    await until(() => page.getByTestId('staff-ticket').count()).toBe(1);
    await page.getByLabel('Situação').first().click();
    await page.getByRole('option', { name: 'Encerrado' }).click();
    await until(() => page.getByText('Nenhum chamado com esses filtros.').isVisible()).toBe(true);
    await page.getByLabel('Situação').first().click();
    await page.getByRole('option', { name: 'Aberto' }).click();

    // the ticket: reply to the subscriber, then close it with a note
    await page.getByRole('link', { name: protocol }).click();
    await until(() => page.getByRole('heading', { name: `Chamado ${protocol}` }).isVisible()).toBe(true);
    await page.getByLabel('Resposta ao cliente').fill('Trocamos o conector da sua caixa; a conexão deve ficar estável.');
    await page.getByRole('button', { name: 'Enviar resposta' }).click();
    await until(() => page.getByTestId('ticket-reply').count()).toBe(1);
    await h.shot(page, '26b-staff-ticket-replied');
    await h.checkA11y(page, '/chamados/[id]');

    // the subscriber reads the answer in /cliente/chamados and replies there; staff see it in the conversation
    const subscriber = await phonePage();
    await subscriber.goto(`${h.base}/cliente/chamados`);
    const card = subscriber.getByTestId('portal-ticket').filter({ hasText: protocol });
    await until(() => card.getByTestId('portal-ticket-reply').first().textContent()).toContain('Trocamos o conector da sua caixa');
    await card.getByLabel('Sua resposta').fill('Obrigada! Hoje à noite não caiu nenhuma vez.');
    await card.getByRole('button', { name: 'Responder' }).click();
    await until(() => card.getByTestId('portal-ticket-reply').count()).toBe(2);
    expect(await card.getByTestId('portal-ticket-reply').nth(1).textContent()).toContain('Obrigada! Hoje à noite não caiu nenhuma vez.');
    expect(await card.getByLabel('Sua resposta').inputValue()).toBe('');
    await h.shot(subscriber, '26b2-portal-ticket-subscriber-reply');
    await h.checkA11y(subscriber, '/cliente/chamados (conversation)');
    await subscriber.close();
    await page.reload();
    await until(() => page.getByTestId('ticket-reply').count()).toBe(2);
    expect(await page.getByTestId('ticket-reply').nth(1).textContent()).toContain('Obrigada! Hoje à noite não caiu nenhuma vez.');
    await page.getByLabel('Observação de encerramento (opcional)').fill('Resolvido com visita técnica.');
    await page.getByRole('button', { name: 'Encerrar chamado' }).click();
    await until(() => page.getByTestId('ticket-closed').textContent()).toContain('Resolvido com visita técnica.');
    expect(await page.getByTestId('ticket-status').textContent()).toBe('Encerrado');
    expect(await page.getByRole('button', { name: 'Enviar resposta' }).count()).toBe(0);

    // staff open a ticket on the customer's behalf (a phone call): 422 under the subject first
    await page.getByRole('link', { name: 'Voltar aos chamados' }).click();
    await page.getByRole('button', { name: 'Novo chamado' }).click();
    await page.getByLabel(/^Cliente/).first().fill('Clara');
    await page.getByRole('option', { name: /Clara Assinante Teste/ }).click();
    await page.getByRole('combobox', { name: 'Categoria' }).click();
    await page.getByRole('option', { name: 'Financeiro' }).click();
    await page.getByLabel(/^Resumo/).fill('Oi');
    await page.getByLabel(/^Descreva o problema/).fill('Cliente ligou pedindo a troca do vencimento para o dia 20.');
    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    const subject = page.getByLabel(/^Resumo/);
    await until(async () => page.locator(`#${await subject.getAttribute('id')}-error`).textContent()).toBeTruthy();
    await subject.fill('Troca de vencimento');
    await page.getByRole('button', { name: 'Abrir chamado' }).click();
    await until(() => page.getByTestId('staff-ticket-opened').textContent()).toMatch(/Protocolo: \d{8}-\d{6}/);
    await until(() => page.getByTestId('staff-ticket').filter({ hasText: 'Troca de vencimento' }).textContent()).toContain('Atendimento');
    await h.shot(page, '26c-staff-ticket-opened');
    await h.checkA11y(page, '/chamados (opened)');
    await page.close();

    // the subscriber reads the answer and the closing note, and sees the ticket staff opened
    const phone = await phonePage();
    await phone.goto(`${h.base}/cliente/chamados`);
    const mine = phone.getByTestId('portal-ticket').filter({ hasText: protocol });
    await until(() => mine.getByTestId('portal-ticket-reply').first().textContent()).toContain('Trocamos o conector da sua caixa');
    expect(await mine.getByTestId('portal-ticket-reply').first().textContent()).toContain('Resposta do atendimento');
    expect(await mine.getByTestId('portal-ticket-reply').nth(1).textContent()).toContain('Você');
    await until(() => mine.getByTestId('portal-ticket-closed').textContent()).toContain('Resolvido com visita técnica.');
    // a closed ticket takes no more answers
    expect(await mine.getByLabel('Sua resposta').count()).toBe(0);
    await until(() => phone.getByTestId('portal-ticket').filter({ hasText: 'Troca de vencimento' }).count()).toBe(1);
    await h.shot(phone, '26d-portal-ticket-answered');
    await h.checkA11y(phone, '/cliente/chamados (answered)');
    await phone.close();
  }, 180_000);

  it('logged no console errors, no API failure the flow did not expect, no serious accessibility violation', () => {
    expect(h.consoleErrors).toEqual([]);
    // the 422 of the invalid phone; the staff login's first answer asks for the TOTP code (401)
    // and the staff ticket with a too-short subject
    expect(h.apiFailures).toEqual(['422 PATCH /api/v1/portal/me/contact', '401 POST /api/v1/auth/login', '422 POST /api/v1/tickets']);
    expect(h.a11y).toEqual([]);
  });
});
