import { boleto, pix } from '@netprovider/cobranca';
import type { BoletoSlip } from '../boleto-slip.js';

/** A slip built the way billing will build it: real campo livre, barcode and linha from @netprovider/cobranca. */
export function sampleSlip(overrides: { bank?: '001' | '341'; sequence?: number; dueDate?: string; amountCents?: number; pix?: boolean } = {}): BoletoSlip {
  const bank = overrides.bank ?? '001';
  const sequence = overrides.sequence ?? 42;
  const dueDate = overrides.dueDate ?? '2026-06-10';
  const amountCents = overrides.amountCents ?? 12345;
  const bb = { convenio: '1234567', nossoNumero: String(sequence), carteira: '17' };
  const itau = { agencia: '0810', conta: '53678', carteira: '109', nossoNumero: String(sequence) };
  const input = bank === '001' ? bb : itau;
  const freeField = boleto.freeField(bank, input);
  const { barcode, digitableLine } = boleto.build({ bankCode: bank, dueDate, amountCents, freeField });
  const slip: BoletoSlip = {
    bank: bank === '001' ? { code: '001', name: 'Banco do Brasil' } : { code: '341', name: 'Itaú Unibanco' },
    beneficiary: {
      name: 'NetProvider Telecomunicações Ltda',
      document: '11222333000181',
      address: 'Rua das Acácias, 123 - Centro - São João del-Rei/MG - CEP 36300-000',
      agencyAccount: bank === '001' ? '1234-5 / 0012345-6' : '0810 / 53678-9',
    },
    payer: {
      name: 'João da Conceição Araújo',
      document: '52998224725',
      addressLines: ['Av. Brasil, 1500, apto 302 - Jardim América', 'Belo Horizonte/MG - CEP 30140-000'],
    },
    documentNumber: `FAT-2026-${String(sequence).padStart(5, '0')}`,
    nossoNumero: boleto.nossoNumero(bank, input).formatted,
    wallet: bank === '001' ? '17' : '109',
    issueDate: '2026-05-25',
    dueDate,
    amountCents,
    digitableLine,
    barcode,
    instructions: [
      'Após o vencimento, cobrar multa de 2,00% (R$ 2,47).',
      'Juros de mora de 1% ao mês (R$ 0,04 por dia de atraso).',
      'Não receber após 60 dias do vencimento.',
      'Referente ao plano Fibra 500 Mega - contrato 2026/0042.',
    ],
    items: [
      { description: 'Plano Fibra 500 Mega - mensalidade', amountCents: amountCents - 2000 },
      { description: 'Locação de roteador Wi-Fi 6', amountCents: 2000 },
    ],
    competence: '2026-05',
  };
  if (overrides.pix !== false) {
    slip.pix = {
      brCode: pix.build({
        key: '11222333000181',
        merchantName: 'NETPROVIDER TELECOM',
        merchantCity: 'SAO JOAO D REI',
        amountCents,
        txid: `FAT2026${String(sequence).padStart(5, '0')}`,
      }),
    };
  }
  return slip;
}
