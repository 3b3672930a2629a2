import type { StepAction } from './ladder.js';

/*
 * Delivery of the ladder's messages: pure rules (statuses, retry schedule, what a provider answer means,
 * which notice counts as recorded). The sender processor and the channel adapters apply them.
 */

/**
 * queued → sending → sent (→ delivered → read, from delivery receipts) | failed; `local` = no provider is
 * configured for the channel (embedded mode: the message stays in the local outbox, visible in the app);
 * `uncertain` = the process stopped between the provider call and recording its answer, and the provider has
 * no idempotency key, so it is not sent again (it may or may not have reached the customer).
 */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'local' | 'uncertain';

/** The outcome of one provider call, as an adapter reports it (never with a recipient or body in `error`). */
export type SendOutcome =
  | { kind: 'sent'; providerMessageId: string | null }
  /** 4xx and refusals: sending again would not help. */
  | { kind: 'permanent'; error: string }
  /** 5xx, 429, timeouts, connection errors: retried with backoff. */
  | { kind: 'temporary'; error: string };

/** How an HTTP provider's status code is read: 2xx sent, 408/429/5xx retried, any other 4xx permanent. */
export function classifyHttpStatus(status: number): 'sent' | 'temporary' | 'permanent' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'temporary';
  return 'permanent';
}

/** Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … doubling, at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** After a temporary failure: retry later, or give up when the attempts are spent. */
export function afterTemporaryFailure(attempts: number, maxAttempts: number, now: Date): { status: 'queued'; nextAttemptAt: Date } | { status: 'failed' } {
  if (attempts >= maxAttempts) return { status: 'failed' };
  return { status: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/**
 * Whether a notice message counts as the recorded prior notice a suspension needs. It counts unless delivery
 * FAILED (or ended `uncertain`): queued/sending (on its way), local (embedded mode: no provider configured,
 * the same as before channels existed), sent, delivered, read. A notice the provider refused, or that kept
 * failing, or that a delivery receipt reported failed, does not: the suspension waits and the notice is sent
 * again (see the decider).
 */
export function noticeCounts(status: string): boolean {
  return status !== 'failed' && status !== 'uncertain';
}

/** Statuses a delivery receipt may move a message to; a receipt never moves it backwards (read is final). */
const RECEIPT_RANK: Record<string, number> = { sending: 0, sent: 1, delivered: 2, read: 3, failed: 4 };
export function receiptApplies(current: string, next: 'sent' | 'delivered' | 'read' | 'failed'): boolean {
  if (!(current in RECEIPT_RANK) || current === 'failed') return false;
  if (next === 'failed') return current !== 'read';
  return RECEIPT_RANK[next]! > RECEIPT_RANK[current]!;
}

/** E-mail subject by the step's action (pt-BR, no personal data). */
export function emailSubject(action: StepAction | null): string {
  switch (action) {
    case 'remind': return 'Lembrete: sua fatura vence em breve';
    case 'throttle': case 'redirect': case 'block': return 'Aviso sobre o seu serviço de internet';
    case 'cancel': return 'Aviso de rescisão do contrato por falta de pagamento';
    default: return 'Aviso de cobrança: fatura em aberto';
  }
}
