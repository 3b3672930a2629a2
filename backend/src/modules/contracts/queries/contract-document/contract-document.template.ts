import { createHash } from 'node:crypto';
import { cep, document as brDocument, formatBRL } from '@netprovider/br-docs';
import type { ContractState } from '../../domain/contract.decider.js';
import type { ContractAddress } from '../../domain/contract.events.js';
import { monthlyTotal } from '../../domain/contract.money.js';

/*
 * The contract document (pt-BR): customer, plan, add-ons, promotion, address, due day and the loyalty /
 * penalty rule, as text sections. Pure: the same inputs give the same sections, and contract-document.pdf.ts
 * renders them with a fixed creation date, so the same contract version gives the same bytes (SHA-256).
 */

export interface ContractDocumentInput {
  state: ContractState;
  version: number;
  /** When the contract version was recorded: the PDF's CreationDate (not the time of the request). */
  versionAt: Date;
  customer: { kind: 'PF' | 'PJ'; name: string | null; document: string | null };
  planName: string;
  addOnNames: Record<string, string>;
  promotionName?: string;
  companyName?: string;
}

export interface DocumentSection {
  title: string;
  lines: string[];
}

const brl = (cents: number) => formatBRL(cents);
const mbps = (n: number) => `${String(n).replace('.', ',')} Mbps`;

/** CPF/CNPJ with its mask (529.982.247-25, 12.ABC.345/01DE-35); erased data prints as such. */
export function maskedDocument(value: string | null): string {
  if (!value) return '(dado eliminado)';
  const parsed = brDocument.safeParse(value);
  return parsed.ok ? parsed.formatted : value;
}

export function formatAddress(a: ContractAddress): string {
  const street = [a.street, a.number].filter(Boolean).join(', ');
  return `${street}${a.complement ? ` (${a.complement})` : ''} — ${a.district}, ${a.city}/${a.state} — CEP ${cep.format(a.zipCode)}`;
}

export function contractDocumentSections(input: ContractDocumentInput): DocumentSection[] {
  const s = input.state;
  const plan = s.plan!;
  const docLabel = input.customer.kind === 'PJ' ? 'CNPJ' : 'CPF';
  const firstMonth = monthlyTotal({ plan, addOns: s.addOns, ...(s.combo ? { combo: s.combo } : {}), ...(s.promotion ? { promotion: s.promotion } : {}) }, s.promotion?.months ?? 0);
  const fullMonth = monthlyTotal({ plan, addOns: s.addOns, ...(s.combo ? { combo: s.combo } : {}) }, 0);
  const sections: DocumentSection[] = [
    {
      title: 'Partes',
      lines: [
        `Contratada: ${input.companyName ?? 'o provedor de acesso à internet identificado neste sistema'}.`,
        `Assinante: ${input.customer.name ?? '(dado eliminado)'} — ${docLabel} ${maskedDocument(input.customer.document)}.`,
        `Contrato nº ${s.contractId} — versão ${input.version}.`,
      ],
    },
    {
      title: 'Plano contratado',
      lines: [
        `${input.planName} (versão ${plan.planVersion} do plano).`,
        `Velocidade: ${mbps(plan.downloadMbps)} de download e ${mbps(plan.uploadMbps)} de upload.`,
        `Mensalidade do plano: ${brl(plan.priceCents)}.`,
      ],
    },
    {
      title: 'Serviços adicionais',
      lines: s.addOns.length
        ? s.addOns.map((a) => `${input.addOnNames[a.addOnId] ?? a.addOnId}: ${brl(a.priceCents)} por mês.`)
        : ['Nenhum serviço adicional contratado.'],
    },
  ];
  const offers: string[] = [];
  if (s.combo) offers.push(`Combo com preço de ${brl(s.combo.priceCents)} (plano e serviços do combo): desconto de ${brl(s.combo.discountCents)} por mês enquanto mantidos o plano e esses serviços.`);
  if (s.promotion) {
    const d = s.promotion.discount;
    const what = d.kind === 'percentage' ? `${String(d.basisPoints / 100).replace('.', ',')}% de desconto na mensalidade do plano` : `${brl(d.amountCents)} de desconto na mensalidade do plano`;
    offers.push(`Promoção${input.promotionName ? ` "${input.promotionName}"` : ''}: ${what} nos ${s.promotion.months} primeiros meses faturados (${brl(firstMonth.promotionDiscountCents)} por mês; arredondamento a favor do assinante).`);
  }
  sections.push({ title: 'Promoções e descontos', lines: offers.length ? offers : ['Nenhuma promoção aplicada.'] });
  sections.push({
    title: 'Valor mensal',
    lines: [
      s.promotion
        ? `Nos ${s.promotion.months} primeiros meses: ${brl(firstMonth.totalCents)}. Depois: ${brl(fullMonth.totalCents)}.`
        : `Total mensal: ${brl(fullMonth.totalCents)}.`,
      `Vencimento todo dia ${s.dueDay} de cada mês (no último dia do mês quando este não tiver o dia ${s.dueDay}).`,
    ],
  });
  sections.push({ title: 'Endereço de instalação', lines: [formatAddress(s.installationAddress!)] });
  if (s.billingAddress) sections.push({ title: 'Endereço de cobrança', lines: [formatAddress(s.billingAddress)] });
  sections.push({
    title: 'Fidelidade e multa',
    lines:
      plan.loyaltyMonths > 0
        ? [
            `Fidelidade de ${plan.loyaltyMonths} meses contados da data de ativação do serviço.`,
            plan.penaltyAmountCents > 0
              ? `Cancelamento a pedido do assinante ou por inadimplência durante a fidelidade: multa de ${brl(plan.penaltyAmountCents)} proporcional aos dias restantes (multa × dias restantes ÷ dias da fidelidade, arredondada para baixo).`
              : 'Não há multa por cancelamento durante a fidelidade.',
          ]
        : ['Sem fidelidade: o assinante pode cancelar a qualquer momento, sem multa.'],
  });
  sections.push({
    title: 'Disposições gerais',
    lines: [
      'Serviço de Comunicação Multimídia prestado conforme a regulamentação da Anatel (Regulamento Geral de Direitos do Consumidor de Serviços de Telecomunicações).',
      'A suspensão temporária a pedido do assinante observa o limite anual informado pela contratada; débitos anteriores a uma transferência de titularidade permanecem com o titular anterior.',
      'Os dados pessoais do assinante são tratados para a execução deste contrato, nos termos da Lei Geral de Proteção de Dados (Lei 13.709/2018).',
    ],
  });
  return sections;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
