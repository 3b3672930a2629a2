import { DomainError } from './domain-error.js';

/*
 * The dunning ladder (régua de cobrança): what happens to a contract as an invoice approaches its due date
 * and then stays unpaid. Pure data + validation; the legal defaults and their sources are in
 * docs/collections.md.
 */

export type StepAction = 'remind' | 'notify' | 'throttle' | 'redirect' | 'block' | 'cancel';
export type Channel = 'email' | 'sms' | 'whatsapp';
/** What the network does to the subscriber's access, from least to most restrictive. */
export type ServiceLevel = 'none' | 'throttle' | 'redirect' | 'block' | 'cancel';

export const LEVEL_RANK: Record<ServiceLevel, number> = { none: 0, throttle: 1, redirect: 2, block: 3, cancel: 4 };
export const SUSPENDING_ACTIONS: readonly StepAction[] = ['throttle', 'redirect', 'block', 'cancel'];
export const isSuspending = (a: StepAction): a is Exclude<ServiceLevel, 'none'> => (SUSPENDING_ACTIONS as readonly string[]).includes(a);

export interface LadderStep {
  /** Stable within the ladder: the key of "applied once per invoice" and of the prior-notice rule. */
  id: string;
  /**
   * Days relative to the invoice: negative = before the due date (reminders), 0 = on the due date,
   * positive = days overdue, counted after the last day payable without charges (due date moved to the next
   * business day, plus the invoice's grace days).
   */
  daysOffset: number;
  action: StepAction;
  /** Message channel; suspending steps may also send one. */
  channel?: Channel;
  /** pt-BR text with placeholders (see TEMPLATE_PLACEHOLDERS). */
  template?: string;
}

export interface TrustUnblockRules {
  enabled: boolean;
  /** Days the service is released for. */
  days: number;
  /** Uses in any 30-day window. */
  maxUsesPer30Days: number;
  /** Uses while one block lasts (a block episode ends when the service is restored by payment). */
  maxUsesPerBlock: number;
  /** Minimum days between the last use and a new one (0 = no minimum). */
  minDaysSinceLastUse: number;
  /** Refuse after this many broken promises in the last 12 months (0 = no limit). */
  maxBrokenPromisesIn12Months: number;
}

export interface Ladder {
  id: string;
  name: string;
  /** Plans this ladder applies to; empty on the company default. */
  planIds: string[];
  isDefault: boolean;
  steps: LadderStep[];
  /** Every suspending step needs this notice step recorded for the invoice at least `minDays` before. */
  suspensionNotice: { stepId: string; minDays: number };
  trustUnblock: TrustUnblockRules;
}

export const TEMPLATE_PLACEHOLDERS = ['valor', 'vencimento', 'diasAtraso', 'faturas', 'dataSuspensao', 'contrato'] as const;

export const DEFAULT_TRUST_UNBLOCK: TrustUnblockRules = {
  enabled: true, days: 3, maxUsesPer30Days: 1, maxUsesPerBlock: 1, minDaysSinceLastUse: 0, maxBrokenPromisesIn12Months: 2,
};

/**
 * Built-in ladder, used when the company configured none. Suspension comes at least 15 days after the
 * formal notice, total suspension 30 days after partial, cancellation 30 days after total (RGC; see
 * docs/collections.md for the articles and what is still to verify).
 */
export const BUILT_IN_LADDER: Ladder = {
  id: 'built-in',
  name: 'Régua padrão (RGC)',
  planIds: [],
  isDefault: true,
  steps: [
    { id: 'lembrete', daysOffset: -3, action: 'remind', channel: 'email', template: 'Olá! Sua fatura de {{valor}} vence em {{vencimento}}. Pague pelo PIX ou boleto na área do assinante.' },
    { id: 'aviso-atraso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Não identificamos o pagamento da fatura de {{valor}} vencida em {{vencimento}}. Se já pagou, desconsidere.' },
    {
      id: 'notificacao-suspensao', daysOffset: 5, action: 'notify', channel: 'sms',
      template: 'Aviso de suspensão: a fatura de {{valor}} vencida em {{vencimento}} está em aberto há {{diasAtraso}} dias. Sem pagamento, o serviço poderá ser reduzido a partir de {{dataSuspensao}}. Religação sem custo após o pagamento.',
    },
    { id: 'reducao', daysOffset: 20, action: 'throttle', channel: 'sms', template: 'Sua velocidade foi reduzida por débito de {{valor}}. Pague para restabelecer em até 24 horas, sem taxa de religação.' },
    { id: 'bloqueio', daysOffset: 50, action: 'block', channel: 'sms', template: 'Seu serviço foi suspenso por débito de {{valor}}. Pague ou peça o desbloqueio em confiança na área do assinante.' },
    { id: 'cancelamento', daysOffset: 80, action: 'cancel', channel: 'email', template: 'O contrato {{contrato}} será rescindido por débito de {{valor}} em aberto.' },
  ],
  suspensionNotice: { stepId: 'notificacao-suspensao', minDays: 15 },
  trustUnblock: DEFAULT_TRUST_UNBLOCK,
};

const invalid = (field: string, reason: string) => new DomainError('collections.invalid-ladder', { field, reason });

/** Checks a ladder's consistency (the HTTP schema checks shapes). Returns it with steps sorted by offset. */
export function validateLadder<L extends Omit<Ladder, 'id'>>(ladder: L): L {
  const ids = new Set<string>();
  ladder.steps.forEach((s, i) => {
    if (ids.has(s.id)) throw invalid(`steps.${i}.id`, 'must be unique in the ladder');
    ids.add(s.id);
    if ((s.action === 'remind' || s.action === 'notify') && (!s.channel || !s.template)) throw invalid(`steps.${i}.template`, 'a message step needs a channel and a template');
    if (s.action === 'remind' && s.daysOffset > 0) throw invalid(`steps.${i}.daysOffset`, 'a reminder comes on or before the due date');
    if (isSuspending(s.action) && s.daysOffset < 1) throw invalid(`steps.${i}.daysOffset`, 'service can only be suspended after the invoice is overdue');
    for (const m of (s.template ?? '').matchAll(/\{\{(\w+)\}\}/g)) {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(m[1]!)) throw invalid(`steps.${i}.template`, `unknown placeholder {{${m[1]}}}; use ${TEMPLATE_PLACEHOLDERS.join(', ')}`);
    }
  });
  const notice = ladder.steps.find((s) => s.id === ladder.suspensionNotice.stepId);
  if (!notice || notice.action !== 'notify') throw invalid('suspensionNotice.stepId', 'must name a notify step of the ladder');
  for (const [i, s] of ladder.steps.entries()) {
    if (isSuspending(s.action) && s.daysOffset < notice.daysOffset + ladder.suspensionNotice.minDays) {
      throw invalid(`steps.${i}.daysOffset`, `a suspending step comes at least suspensionNotice.minDays (${ladder.suspensionNotice.minDays}) after the notice step`);
    }
  }
  return { ...ladder, steps: [...ladder.steps].sort((a, b) => a.daysOffset - b.daysOffset) };
}

/** Fills `{{placeholder}}`s; unknown ones stay as written. */
export function renderTemplate(template: string, vars: Partial<Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => vars[name as keyof typeof vars] ?? all);
}

/** R$ 1.234,56 */
export function formatBrl(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}R$ ${reais},${String(abs % 100).padStart(2, '0')}`;
}

export const brDate = (date: string) => date.split('-').reverse().join('/');
