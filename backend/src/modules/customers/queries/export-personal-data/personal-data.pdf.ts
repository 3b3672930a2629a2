import PDFDocument from 'pdfkit';
import { cep as brCep, phone as brPhone } from '@netprovider/br-docs';
import type { CustomerView } from '../customer-details/customer.view.js';
import type { TimelineEntry } from '../customer-timeline/customer-timeline.http.controller.js';

/** The JSON export (`netprovider.lgpd-export.v1`), which this PDF renders for the data subject. */
export interface PersonalDataExport {
  format: string;
  exportedAt: string;
  customer: CustomerView & { asOf: string | null };
  events: TimelineEntry[];
}

const EVENT_LABELS: Record<string, string> = {
  CustomerRegistered: 'Cadastro', CustomerDetailsUpdated: 'Dados cadastrais alterados', CustomerContactUpdated: 'Contatos alterados',
  CustomerAddressAdded: 'Endereço incluído', CustomerAddressChanged: 'Endereço alterado', CustomerAddressRemoved: 'Endereço removido',
  CustomerTagged: 'Etiqueta incluída', CustomerUntagged: 'Etiqueta removida', CustomerNoteAdded: 'Observação registrada',
  GuarantorSet: 'Fiador definido', GuarantorRemoved: 'Fiador removido', ConsentGranted: 'Consentimento concedido',
  ConsentRevoked: 'Consentimento revogado', CustomerDocumentAttached: 'Documento anexado', CustomerErasureRequested: 'Eliminação solicitada',
  PersonalDataExportRequested: 'Cópia dos dados solicitada',
  CustomerErased: 'Dados eliminados',
};
const PURPOSES: Record<string, string> = {
  marketing: 'Marketing', 'whatsapp-messages': 'Mensagens por WhatsApp', 'sms-messages': 'Mensagens por SMS',
  'credit-analysis': 'Análise de crédito', 'data-sharing-partners': 'Compartilhamento com parceiros', 'usage-analytics': 'Análise de uso',
};
const ADDRESS_TYPES: Record<string, string> = { installation: 'Instalação', billing: 'Cobrança', fiscal: 'Fiscal' };

const dateTime = (iso: string) => new Date(iso).toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' });
const date = (isoDay: string) => isoDay.split('-').reverse().join('/');
const phone = (e164: string) => {
  const p = brPhone.safeParse(e164);
  return p.ok ? p.formatted : e164;
};

/** `key: value` lines of an event's data (nested objects flattened with dots), for the history section. */
function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined) return [`${prefix}: (eliminado)`];
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => flatten(v, `${prefix}[${i + 1}]`)) : [`${prefix}: —`];
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [`${prefix}: ${String(value)}`];
}

/**
 * The LGPD art. 18 export as a readable PDF (pt-BR): the current record, consents, then every event recorded
 * about the person, oldest first: the same data as the JSON export.
 */
export function renderPersonalDataPdf(x: PersonalDataExport, options: { compress?: boolean } = {}): Promise<Buffer> {
  const c = x.customer;
  const doc = new PDFDocument({ size: 'A4', margin: 50, compress: options.compress ?? true, info: { Title: 'Relatório de dados pessoais (LGPD)', Author: 'NetProvider' } });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3).font('Helvetica').fontSize(10);
  const field = (label: string, value: string | null | undefined) => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value && value !== '' ? value : '—');
  };

  doc.font('Helvetica-Bold').fontSize(16).text('Relatório de dados pessoais');
  doc.font('Helvetica').fontSize(10).fillColor('#444')
    .text('Lei Geral de Proteção de Dados (Lei 13.709/2018), art. 18, incisos II e V: acesso e portabilidade.')
    .text(`Gerado em ${dateTime(x.exportedAt)} (horário de Brasília). Formato de origem: ${x.format}.`)
    .fillColor('black');

  heading('Titular');
  if (c.status === 'erased') field('Situação', `dados eliminados (${c.pseudonym ?? ''})`);
  field(c.kind === 'PJ' ? 'Razão social' : 'Nome', c.name);
  if (c.kind === 'PJ') field('Nome fantasia', c.tradeName);
  field(c.kind === 'PJ' ? 'CNPJ' : 'CPF', c.documentFormatted ?? c.document);
  if (c.stateRegistration) field('Inscrição estadual', c.stateRegistration);
  if (c.birthDate) field('Data de nascimento', date(c.birthDate));
  if (c.foundationDate) field('Data de fundação', date(c.foundationDate));
  field('E-mails', c.emails.join(', '));
  field('Telefones', c.phones.map((p) => `${phone(p.number)}${p.whatsapp ? ' (WhatsApp)' : ''}`).join(', '));
  field('Etiquetas', c.tags.join(', '));

  heading('Endereços');
  if (c.addresses.length === 0) doc.text('Nenhum endereço registrado.');
  for (const a of c.addresses) {
    doc.text(`${ADDRESS_TYPES[a.type] ?? a.type}: ${a.street}, ${a.number}${a.complement ? ` – ${a.complement}` : ''}, ${a.district}, ${a.city}/${a.state}, CEP ${brCep.isValid(a.zipCode) ? brCep.format(a.zipCode) : a.zipCode}`);
  }

  heading('Fiador');
  if (!c.guarantor) doc.text('Nenhum fiador registrado.');
  else {
    field('Nome', c.guarantor.name);
    field('Documento', c.guarantor.document);
    if (c.guarantor.phone) field('Telefone', phone(c.guarantor.phone));
    if (c.guarantor.email) field('E-mail', c.guarantor.email);
  }

  heading('Consentimentos');
  const consents = Object.entries(c.consents);
  if (consents.length === 0) doc.text('Nenhum consentimento registrado.');
  for (const [purpose, s] of consents) doc.text(`${PURPOSES[purpose] ?? purpose}: ${s!.granted ? 'concedido' : 'revogado'} em ${dateTime(s!.at)}`);

  heading(`Histórico de registros (${x.events.length})`);
  doc.fontSize(9);
  for (const e of x.events) {
    doc.moveDown(0.4).font('Helvetica-Bold').text(`${dateTime(e.recordedAt)} – ${EVENT_LABELS[e.type] ?? e.type}`, { continued: false });
    doc.font('Helvetica').fillColor('#333');
    if (e.erasedFields?.length) doc.text(`Campos eliminados: ${e.erasedFields.join(', ')}`);
    for (const line of flatten(e.data)) doc.text(line, { indent: 12 });
    doc.fillColor('black');
  }
  doc.end();
  return done;
}
