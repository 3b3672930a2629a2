import { z } from 'zod';
import type { ReceivedPix } from './pix-psp.port.js';
import { END_TO_END_ID, PIX_AMOUNT, RECEIVED_TXID, pixAmountToCents } from './pix-values.js';

/**
 * The `Pix` schema of the API Pix (a received Pix), as the webhook callback and `GET /pix` carry it.
 * Fields we do not use (chave, devolucoes, saque/troco details) are not validated beyond their container
 * and are dropped: the spec lets PSPs add fields at any time, so an unknown field is never an error.
 */
const amount = z.string().regex(PIX_AMOUNT, 'must match \\d{1,10}\\.\\d{2}');
const component = z.object({ valor: amount });

export const receivedPixSchema = z.object({
  endToEndId: z.string().regex(END_TO_END_ID, 'must be 32 letters or digits'),
  txid: z.string().regex(RECEIVED_TXID, 'must be 1 to 35 letters or digits').optional(),
  valor: amount,
  horario: z.iso.datetime({ offset: true, message: 'must be an RFC 3339 date-time' }),
  infoPagador: z.string().max(140).optional(),
  componentesValor: z
    .object({
      original: component.optional(),
      multa: component.optional(),
      juros: component.optional(),
      desconto: component.optional(),
      abatimento: component.optional(),
      saque: component.optional(),
      troco: component.optional(),
    })
    .optional(),
});

export const webhookBodySchema = z.object({ pix: z.array(receivedPixSchema) });

export type ApiPix = z.infer<typeof receivedPixSchema>;

/** A webhook (or `GET /pix`) body that does not follow the spec; `field` names the first bad field. */
export class PixWebhookBodyError extends Error {
  override readonly name = 'PixWebhookBodyError';
  constructor(
    /** e.g. `pix[0].valor`; `(body)` when the body itself is not an object */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`invalid Pix webhook body: ${field}: ${reason}`);
  }
}

/** `['pix', 0, 'valor']` → `pix[0].valor` */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(body)' : out;
}

export function toReceivedPix(p: ApiPix): ReceivedPix {
  const c = p.componentesValor;
  const components: NonNullable<ReceivedPix['components']> = {};
  if (c?.original) components.originalCents = pixAmountToCents(c.original.valor);
  if (c?.multa) components.fineCents = pixAmountToCents(c.multa.valor);
  if (c?.juros) components.interestCents = pixAmountToCents(c.juros.valor);
  if (c?.desconto) components.discountCents = pixAmountToCents(c.desconto.valor);
  return {
    endToEndId: p.endToEndId,
    ...(p.txid !== undefined ? { txid: p.txid } : {}),
    amountCents: pixAmountToCents(p.valor),
    // one representation for the billing module, whatever offset the PSP wrote
    paidAt: new Date(p.horario).toISOString(),
    ...(p.infoPagador !== undefined ? { payerInfo: p.infoPagador } : {}),
    ...(Object.keys(components).length > 0 ? { components } : {}),
  };
}

/**
 * Validate and map the body the PSP POSTs to `{webhookUrl}/pix`: `{"pix":[{endToEndId, txid, valor, horario,
 * infoPagador, componentesValor?}]}`. Throws PixWebhookBodyError naming the first bad field. Error messages
 * never echo field values (they may carry payer data).
 */
export function parseWebhookBody(body: unknown): ReceivedPix[] {
  const r = webhookBodySchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new PixWebhookBodyError(issuePath(issue.path), issue.message);
  }
  return r.data.pix.map(toReceivedPix);
}
