import { addDays, daysBetween } from '../../../shared-kernel/business-date.js';
import type { DunningState } from './dunning.decider.js';
import { brDate, type TrustUnblockRules } from './ladder.js';

export interface TrustUnblockVerdict {
  eligible: boolean;
  code: 'eligible' | 'disabled' | 'not-suspended' | 'already-released' | 'period-limit' | 'block-limit' | 'too-soon' | 'broken-promises';
  /** pt-BR, shown to the subscriber and the attendant as is. */
  message: string;
  days: number;
  until: string | null;
  /** When a refusal ends by itself (period limit, minimum interval). */
  nextEligibleOn: string | null;
}

/**
 * Whether a contract may be released on a promise to pay today, and why (not). Pure: the rules are the
 * ladder's, the history is the contract's dunning stream. With a payment proof (a PIX already received) the
 * usage limits (period, block, interval, broken promises) do not apply: only `enabled`, the service level and
 * an active release are checked.
 */
export function trustUnblockEligibility(s: DunningState, rules: TrustUnblockRules, today: string, options: { paymentProof?: boolean } = {}): TrustUnblockVerdict {
  const refuse = (code: TrustUnblockVerdict['code'], message: string, nextEligibleOn: string | null = null): TrustUnblockVerdict => ({
    eligible: false, code, message, days: rules.days, until: null, nextEligibleOn,
  });
  if (!rules.enabled) return refuse('disabled', 'O desbloqueio em confiança não está disponível para este contrato.');
  if (s.trust && today <= s.trust.until) return refuse('already-released', `O serviço já está liberado em confiança até ${brDate(s.trust.until)}.`);
  if (s.level === 'none' || s.level === 'cancel') {
    return refuse('not-suspended', s.level === 'cancel'
      ? 'O contrato está em cancelamento por débito; fale com o atendimento.'
      : 'O serviço não está suspenso: o desbloqueio em confiança vale só para contratos bloqueados ou com velocidade reduzida.');
  }
  if (options.paymentProof) return eligible(rules, today);
  const broken = s.brokenPromises.filter((d) => daysBetween(d, today) < 365).length;
  if (rules.maxBrokenPromisesIn12Months > 0 && broken >= rules.maxBrokenPromisesIn12Months) {
    return refuse('broken-promises', `Não disponível: ${broken} promessas de pagamento não cumpridas nos últimos 12 meses (limite ${rules.maxBrokenPromisesIn12Months}).`);
  }
  const recent = s.trustUses.filter((u) => daysBetween(u.on, today) < 30);
  if (recent.length >= rules.maxUsesPer30Days) {
    const next = addDays(recent[recent.length - rules.maxUsesPer30Days]!.on, 30);
    return refuse('period-limit', `Você já usou o desbloqueio em confiança ${recent.length} vez(es) nos últimos 30 dias (limite ${rules.maxUsesPer30Days}). Nova liberação possível a partir de ${brDate(next)}.`, next);
  }
  const inBlock = s.trustUses.filter((u) => u.episode === s.episode).length;
  if (inBlock >= rules.maxUsesPerBlock) {
    return refuse('block-limit', `O desbloqueio em confiança já foi usado ${inBlock} vez(es) neste bloqueio (limite ${rules.maxUsesPerBlock} por bloqueio). Pague a fatura para restabelecer o serviço.`);
  }
  const last = s.trustUses.at(-1);
  if (last && rules.minDaysSinceLastUse > 0 && daysBetween(last.on, today) < rules.minDaysSinceLastUse) {
    const next = addDays(last.on, rules.minDaysSinceLastUse);
    return refuse('too-soon', `O último desbloqueio em confiança foi em ${brDate(last.on)}; é preciso esperar ${rules.minDaysSinceLastUse} dias entre usos (a partir de ${brDate(next)}).`, next);
  }
  return eligible(rules, today);
}

function eligible(rules: TrustUnblockRules, today: string): TrustUnblockVerdict {
  const until = addDays(today, rules.days);
  return {
    eligible: true, code: 'eligible', days: rules.days, until, nextEligibleOn: null,
    message: `Você pode liberar o serviço por ${rules.days} dias, até ${brDate(until)}. Se o pagamento não for identificado até lá, o serviço volta a ser suspenso e a promessa conta como não cumprida.`,
  };
}
