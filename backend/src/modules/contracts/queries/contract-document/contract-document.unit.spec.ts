import { describe, expect, it } from 'vitest';
import { evolve, initialState } from '../../domain/contract.decider.js';
import type { ContractEvent } from '../../domain/contract.events.js';
import { renderContractPdf } from './contract-document.pdf.js';
import { contractDocumentSections, maskedDocument, sha256Hex, type ContractDocumentInput } from './contract-document.template.js';

// Tier: unit (no I/O). The pt-BR template and the deterministic PDF.

const drafted: ContractEvent = {
  type: 'ContractDrafted',
  data: {
    contractId: 'k1', customerId: 'c1',
    plan: { planId: 'p1', planVersion: 2, downloadMbps: 500, uploadMbps: 250, priceCents: 9990, loyaltyMonths: 12, penaltyAmountCents: 120000 },
    addOns: [{ addOnId: 'tv', version: 1, priceCents: 2990 }],
    promotion: { promotionId: 'promo', discount: { kind: 'percentage', basisPoints: 5000 }, months: 3 },
    installationAddress: { zipCode: '01310100', street: 'Av. Paulista', number: '1000', district: 'Bela Vista', city: 'São Paulo', state: 'SP' },
    dueDay: 31, pppoe: { login: 'maria.silva.1234', password: 'Xk7pQ2mZr9TfWb3c' }, at: '2026-01-10T12:00:00.000Z',
  },
};
const input = (over: Partial<ContractDocumentInput> = {}): ContractDocumentInput => ({
  state: evolve(initialState(), drafted),
  version: 1,
  versionAt: new Date('2026-01-10T12:00:00.000Z'),
  customer: { kind: 'PF', name: 'Maria José da Silva', document: '52998224725' },
  planName: 'Fibra 500',
  addOnNames: { tv: 'TV por assinatura' },
  ...over,
});

describe('contract document template (pt-BR)', () => {
  it('masks CPF/CNPJ with br-docs and formats money in R$', () => {
    expect(maskedDocument('52998224725')).toBe('529.982.247-25');
    expect(maskedDocument('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(maskedDocument(null)).toBe('(dado eliminado)');
    const text = contractDocumentSections(input()).flatMap((s) => [s.title, ...s.lines]).join('\n');
    expect(text).toContain('CPF 529.982.247-25');
    expect(text).toContain('Fibra 500 (versão 2 do plano)');
    expect(text).toContain('500 Mbps de download e 250 Mbps de upload');
    expect(text).toContain('Mensalidade do plano: R$ 99,90');
    expect(text).toContain('TV por assinatura: R$ 29,90 por mês');
    // 50 % of 99,90 rounds up to 49,95 → 3 first months 99,90 + 29,90 − 49,95 = 79,85
    expect(text).toContain('Nos 3 primeiros meses: R$ 79,85. Depois: R$ 129,80.');
    expect(text).toContain('todo dia 31');
    expect(text).toContain('Fidelidade de 12 meses');
    expect(text).toContain('multa de R$ 1.200,00 proporcional');
    expect(text).toContain('Av. Paulista, 1000 — Bela Vista, São Paulo/SP — CEP 01310-100');
    expect(text).not.toContain('Xk7pQ2mZr9TfWb3c');
    const pj = contractDocumentSections(input({ customer: { kind: 'PJ', name: 'Loja Ltda', document: '12ABC34501DE35' } }))[0]!.lines.join(' ');
    expect(pj).toContain('CNPJ 12.ABC.345/01DE-35');
  });

  it('renders the same bytes for the same contract version, other bytes for another version', async () => {
    const a = await renderContractPdf(input());
    const b = await renderContractPdf(input());
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    const c = await renderContractPdf(input({ version: 2, versionAt: new Date('2026-02-01T00:00:00.000Z') }));
    expect(sha256Hex(c)).not.toBe(sha256Hex(a));
  });
});
