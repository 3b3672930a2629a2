import { describe, expect, it } from 'vitest';
import { parseWebhookBody, PixWebhookBodyError } from './pix-psp.port.js';

// pixWebhook1/pixWebhook2 of the API Pix openapi, with a componentesValor as the `Pix` schema describes it
const specBody = {
  pix: [
    {
      endToEndId: 'E12345678202009091221kkkkkkkkkkk',
      txid: 'c3e0e7a4e7f1469a9f782d3d4999343c',
      valor: '110.00',
      horario: '2020-09-09T20:15:00.358Z',
      infoPagador: '0123456789',
      chave: '40a0932d-1918-4eee-845d-35a2da1690dc',
      devolucoes: [{ id: '123ABC', rtrId: 'D12345678202009091221abcdf098765', valor: '10.00', horario: { solicitacao: '2020-09-09T20:15:00.358Z' }, status: 'EM_PROCESSAMENTO' }],
    },
    {
      endToEndId: 'E87654321202009091221dfghi123456',
      txid: '971122d8f37211eaadc10242ac120002',
      valor: '105.00',
      horario: '2020-09-09T17:15:00-03:00',
      componentesValor: { original: { valor: '100.00' }, multa: { valor: '3.00' }, juros: { valor: '2.00' }, desconto: { valor: '0.00' } },
    },
  ],
};

function errorOf(body: unknown): PixWebhookBodyError {
  try {
    parseWebhookBody(body);
  } catch (e) {
    if (e instanceof PixWebhookBodyError) return e;
    throw e;
  }
  throw new Error('expected parseWebhookBody to throw');
}

const withFirst = (patch: Record<string, unknown>) => ({ pix: [{ ...specBody.pix[0], ...patch }] });

describe('parseWebhookBody', () => {
  it('maps the spec example to our terms', () => {
    expect(parseWebhookBody(specBody)).toEqual([
      { endToEndId: 'E12345678202009091221kkkkkkkkkkk', txid: 'c3e0e7a4e7f1469a9f782d3d4999343c', amountCents: 11000, paidAt: '2020-09-09T20:15:00.358Z', payerInfo: '0123456789' },
      {
        endToEndId: 'E87654321202009091221dfghi123456',
        txid: '971122d8f37211eaadc10242ac120002',
        amountCents: 10500,
        paidAt: '2020-09-09T20:15:00.000Z', // -03:00 normalised to UTC
        components: { originalCents: 10000, fineCents: 300, interestCents: 200, discountCents: 0 },
      },
    ]);
  });

  it('accepts an empty batch and a Pix without txid or infoPagador', () => {
    expect(parseWebhookBody({ pix: [] })).toEqual([]);
    const { txid: _t, infoPagador: _i, ...bare } = specBody.pix[0]!;
    expect(parseWebhookBody({ pix: [bare] })).toEqual([{ endToEndId: bare.endToEndId, amountCents: 11000, paidAt: bare.horario }]);
  });

  it.each([
    ['not an object', 'x', '(body)'],
    ['null', null, '(body)'],
    ['no pix array', {}, 'pix'],
    ['pix not an array', { pix: {} }, 'pix'],
  ])('rejects %s', (_name, body, field) => {
    expect(errorOf(body).field).toBe(field);
  });

  it.each([
    ['valor with a comma', { valor: '110,00' }, 'pix[0].valor'],
    ['valor as a number', { valor: 110 }, 'pix[0].valor'],
    ['valor with one decimal', { valor: '110.0' }, 'pix[0].valor'],
    ['missing valor', { valor: undefined }, 'pix[0].valor'],
    ['short endToEndId', { endToEndId: 'E123' }, 'pix[0].endToEndId'],
    ['endToEndId with a dash', { endToEndId: 'E12345678202009091221kkkkkkkkkk-' }, 'pix[0].endToEndId'],
    ['txid too long', { txid: 'a'.repeat(36) }, 'pix[0].txid'],
    ['horario without offset', { horario: '2020-09-09T20:15:00' }, 'pix[0].horario'],
    ['horario as a date only', { horario: '2020-09-09' }, 'pix[0].horario'],
    ['infoPagador over 140', { infoPagador: 'x'.repeat(141) }, 'pix[0].infoPagador'],
    ['bad component amount', { componentesValor: { original: { valor: '1' } } }, 'pix[0].componentesValor.original.valor'],
  ])('rejects %s, naming the field', (_name, patch, field) => {
    const e = errorOf(withFirst(patch));
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
  });

  it('names the index of the bad Pix in a batch', () => {
    const body = { pix: [specBody.pix[0], { ...specBody.pix[1], valor: '1.5' }] };
    expect(errorOf(body).field).toBe('pix[1].valor');
  });

  it('never echoes the offending value (it may be payer data)', () => {
    const e = errorOf(withFirst({ infoPagador: `CPF 12345678909 ${'x'.repeat(140)}` }));
    expect(e.message).not.toContain('12345678909');
  });
});
