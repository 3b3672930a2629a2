import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { afterTemporaryFailure, classifyHttpStatus, emailSubject, noticeCounts, receiptApplies, retryDelayMs } from './message-delivery.js';
import { decide, evolve, initialDunningState, NOTICE_MAX_SENDS } from './dunning.decider.js';
import type { DunningEvent } from './dunning.events.js';
import { BUILT_IN_LADDER } from './ladder.js';
import { verifyWebhookSignature, webhookStatuses } from '../infrastructure/channels/whatsapp-cloud.channel.js';

describe('message delivery rules', () => {
  it('reads provider HTTP statuses: 2xx sent, 408/429/5xx retried, other 4xx permanent', () => {
    expect([200, 201, 400, 401, 404, 408, 422, 429, 500, 503].map(classifyHttpStatus)).toEqual(
      ['sent', 'sent', 'permanent', 'permanent', 'permanent', 'temporary', 'permanent', 'temporary', 'temporary', 'temporary'],
    );
  });

  it('backs off exponentially (30 s doubling, at most 1 h) and gives up when the attempts are spent', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const now = new Date('2026-12-01T12:00:00Z');
    expect(afterTemporaryFailure(2, 8, now)).toEqual({ status: 'queued', nextAttemptAt: new Date('2026-12-01T12:01:00Z') });
    expect(afterTemporaryFailure(8, 8, now)).toEqual({ status: 'failed' });
  });

  it('a notice counts unless its delivery failed or ended uncertain', () => {
    expect(['queued', 'sending', 'local', 'sent', 'delivered', 'read'].every(noticeCounts)).toBe(true);
    expect(noticeCounts('failed')).toBe(false);
    expect(noticeCounts('uncertain')).toBe(false);
  });

  it('delivery receipts only move forward (read is final; failed is final)', () => {
    expect(receiptApplies('sent', 'delivered')).toBe(true);
    expect(receiptApplies('delivered', 'read')).toBe(true);
    expect(receiptApplies('read', 'delivered')).toBe(false);
    expect(receiptApplies('sent', 'failed')).toBe(true);
    expect(receiptApplies('read', 'failed')).toBe(false);
    expect(receiptApplies('failed', 'read')).toBe(false);
    expect(receiptApplies('local', 'delivered')).toBe(false);
  });

  it('e-mail subjects are pt-BR and carry no personal data', () => {
    expect(emailSubject('remind')).toBe('Lembrete: sua fatura vence em breve');
    expect(emailSubject('notify')).toBe('Aviso de cobrança: fatura em aberto');
    expect(emailSubject('block')).toBe('Aviso sobre o seu serviço de internet');
    expect(emailSubject('cancel')).toBe('Aviso de rescisão do contrato por falta de pagamento');
  });
});

describe('WhatsApp webhook', () => {
  const secret = 'app-secret-xyz';
  const raw = Buffer.from(JSON.stringify({ entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.A', status: 'delivered' }, { id: 'wamid.B', status: 'failed', errors: [{ code: 131026 }] }, { id: 'wamid.C', status: 'weird' }] } }] }] }));
  it('accepts only the HMAC-SHA256 of the raw body with the app secret', () => {
    const good = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    expect(verifyWebhookSignature(raw, good, secret)).toBe(true);
    expect(verifyWebhookSignature(Buffer.concat([raw, Buffer.from(' ')]), good, secret)).toBe(false);
    expect(verifyWebhookSignature(raw, good, 'other-secret')).toBe(false);
    expect(verifyWebhookSignature(raw, good.replace('sha256=', 'sha1='), secret)).toBe(false);
    expect(verifyWebhookSignature(raw, 'sha256=abcd', secret)).toBe(false);
    expect(verifyWebhookSignature(raw, undefined, secret)).toBe(false);
  });
  it('reads the statuses of a notification, skipping unknown ones', () => {
    expect(webhookStatuses(JSON.parse(raw.toString()))).toEqual([{ id: 'wamid.A', status: 'delivered', errorCode: null }, { id: 'wamid.B', status: 'failed', errorCode: 131026 }]);
    expect(webhookStatuses({ object: 'x' })).toEqual([]);
  });
});

describe('a notice whose delivery failed', () => {
  const contract = { contractId: 'k1', customerId: 'c1', pppoeLogin: null };
  const at = '2026-01-01T12:00:00.000Z';
  // Due 2026-01-12 (Monday); built-in ladder: notice (notificacao-suspensao) at 5 days, throttle at 20.
  const invoice = { invoiceId: 'i1', dueDate: '2026-01-12', payableUntil: '2026-01-12', openCents: 9990 };
  const evaluate = (state: ReturnType<typeof initialDunningState>, today: string, failedNotices?: Record<string, number>) =>
    decide({ type: 'EvaluateDunning', data: { contract, ladder: BUILT_IN_LADDER, invoices: [invoice], today, at, failedNotices } }, state);
  const fold = (events: DunningEvent[], s = initialDunningState()) => events.reduce(evolve, s);
  const noticeSent = fold([...evaluate(initialDunningState(), '2026-01-13'), ...evaluate(initialDunningState(), '2026-01-17')]);

  it('is sent again, and the suspension waits minDays from the new notice', () => {
    const events = evaluate(noticeSent, '2026-02-01', { 'i1:notificacao-suspensao': 1 });
    expect(events.map((e) => `${e.type}:${'stepId' in e.data ? e.data.stepId : ''}`)).toEqual(['DunningStepApplied:notificacao-suspensao', 'DunningStepWaiting:reducao']);
    expect(events[1]!.data).toMatchObject({ reason: 'prior-notice-too-recent', noticeOn: '2026-02-01', earliestOn: '2026-02-16' });
  });

  it(`after ${NOTICE_MAX_SENDS} failed sends the step waits (prior-notice-failed), once, and nothing more is sent`, () => {
    const events = evaluate(noticeSent, '2026-02-01', { 'i1:notificacao-suspensao': NOTICE_MAX_SENDS });
    expect(events).toEqual([expect.objectContaining({ type: 'DunningStepWaiting', data: expect.objectContaining({ stepId: 'reducao', reason: 'prior-notice-failed', earliestOn: null }) })]);
    expect(evaluate(fold(events, noticeSent), '2026-02-02', { 'i1:notificacao-suspensao': NOTICE_MAX_SENDS })).toEqual([]);
  });

  it('without failures the recorded notice suspends as before', () => {
    expect(evaluate(noticeSent, '2026-02-01').map((e) => e.type === 'DunningStepApplied' && e.data.stepId)).toEqual(['reducao']);
  });
});
