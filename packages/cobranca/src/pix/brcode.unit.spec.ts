import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pix } from '@netprovider/cobranca';
import { vectors } from '../test-support/fixtures.js';
import { PixError } from './errors.js';

type Parsed = Record<string, string | Record<string, string>>;

describe('CRC16', () => {
  it('check value 123456789 → 29B1', () => {
    const v = vectors('crc16_check')[0] as unknown as { input: string; crc: string };
    expect(pix.crc16Hex(v.input)).toBe(v.crc);
    expect(pix.crc16('123456789')).toBe(0x29b1);
  });
});

describe('pix.parse — fixture BR Codes', () => {
  const all = [...vectors('pix_brcode'), ...vectors('pix_brcode_synthetic')];
  it('fixture has BR Codes', () => expect(all.length).toBeGreaterThan(5));
  for (const v of all) {
    it(String(v.name), () => {
      const payload = v.payload as string;
      expect(pix.crc16Hex(payload.slice(0, -4))).toBe(v.crc);
      expect(pix.hasValidCrc(payload)).toBe(true);
      const p = pix.parse(payload);
      expect(p.crc).toBe(v.crc);
      const e = v.parsed as Parsed | undefined;
      if (!e) {
        // synthetic upper-case GUI: same content as the BCB example
        expect(p).toMatchObject({ key: '123e4567-e12b-12d1-a456-426655440000', merchantName: 'Fulano de Tal', merchantCity: 'BRASILIA' });
        return;
      }
      // every top-level and template field of the expected decomposition
      const top = pix.parseTlv(payload);
      expect(Object.fromEntries(top.map((t) => [t.id, t.value])).constructor).toBe(Object);
      for (const [id, value] of Object.entries(e)) {
        const raw = top.find((t) => t.id === id)?.value;
        if (typeof value === 'string') expect(raw).toBe(value);
        else expect(Object.fromEntries(pix.parseTlv(raw as string).map((t) => [t.id, t.value]))).toEqual(value);
      }
      expect(top.map((t) => t.id).sort()).toEqual(Object.keys(e).sort());
      const mai = e['26'] as Record<string, string>;
      expect(p.key).toBe(mai['01']);
      expect(p.description).toBe(mai['02']);
      expect(p.url).toBe(mai['25']);
      expect(p.merchantName).toBe(e['59']);
      expect(p.merchantCity).toBe(e['60']);
      const amount = e['54'] as string | undefined;
      expect(p.amountCents).toBe(amount === undefined ? undefined : Number(amount.replace('.', '')));
      const txid = (e['62'] as Record<string, string> | undefined)?.['05'];
      expect(p.txid).toBe(txid === '***' ? undefined : txid);
      expect(p.singleUse).toBe(e['01'] === '12');
      expect(p.recurrenceUrl).toBe((e['80'] as Record<string, string> | undefined)?.['25']);
    });
  }
  it('rejects the malformed TLV vector although its CRC is right', () => {
    for (const v of vectors('pix_brcode_invalid')) {
      expect(pix.hasValidCrc(v.payload as string)).toBe(true);
      expect(() => pix.parse(v.payload as string)).toThrow(PixError);
      try {
        pix.parse(v.payload as string);
      } catch (err) {
        expect((err as PixError).reason).toBe('tlv');
      }
    }
  });
  it('rejects a bad CRC, a missing CRC and missing mandatory fields', () => {
    const ok = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
    expect(() => pix.parse(ok.slice(0, -1) + 'E')).toThrow(/CRC/);
    expect(() => pix.parse(ok.slice(0, -8))).toThrow(PixError);
    const noName = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR6008BRASILIA62070503***6304';
    expect(() => pix.parse(noName + pix.crc16Hex(noName))).toThrow(/59/);
  });
});

describe('pix.build', () => {
  it('reproduces the BCB manual example byte for byte', () => {
    const code = pix.build({ key: '123e4567-e12b-12d1-a456-426655440000', merchantName: 'Fulano de Tal', merchantCity: 'BRASILIA' });
    expect(code).toBe('00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D');
  });
  it('reproduces the pix-utils static vector with description and amount', () => {
    const code = pix.build({ key: 'thalesog@me.com', description: 'Pedido 123', amountCents: 1000, merchantName: 'THALES OGLIARI', merchantCity: 'SAO MIGUEL DO O' });
    expect(code).toBe('00020126510014br.gov.bcb.pix0115thalesog@me.com0210Pedido 123520400005303986540510.005802BR5914THALES OGLIARI6015SAO MIGUEL DO O62070503***63040DC6');
  });
  it('strips accents and https:// and validates input', () => {
    const p = pix.parse(pix.build({ url: 'https://pix.example.com/qr/v2/abc', merchantName: 'João Açaí', merchantCity: 'São Paulo' }));
    expect(p).toMatchObject({ url: 'pix.example.com/qr/v2/abc', merchantName: 'Joao Acai', merchantCity: 'Sao Paulo', singleUse: true });
    expect(() => pix.build({ merchantName: 'A', merchantCity: 'B' })).toThrow(PixError);
    expect(() => pix.build({ key: 'k', merchantName: 'x'.repeat(26), merchantCity: 'B' })).toThrow(PixError);
    expect(() => pix.build({ key: 'k', merchantName: 'A', merchantCity: 'B', txid: 'no-dashes' })).toThrow(PixError);
    expect(() => pix.build({ key: 'k', merchantName: 'A', merchantCity: 'B', amountCents: 0 })).toThrow(PixError);
  });
});

const ascii = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-'), minLength: min, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length >= min);

const arbPix = fc.record({
  dynamic: fc.boolean(),
  key: fc.oneof(fc.stringMatching(/^\d{11}$/), fc.stringMatching(/^\d{14}$/), fc.stringMatching(/^[a-z]{1,20}@[a-z]{1,10}\.com$/), fc.uuid(), fc.stringMatching(/^\+55\d{11}$/)),
  url: fc.stringMatching(/^[a-z]{1,15}\.example\.com\/v2\/[a-f0-9]{32}$/),
  merchantName: ascii(1, 25),
  merchantCity: ascii(1, 15),
  amountCents: fc.option(fc.integer({ min: 1, max: 999_999_999 }), { nil: undefined }),
  txid: fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,25}$/), { nil: undefined }),
  description: fc.option(ascii(1, 20), { nil: undefined }),
});

describe('pix properties', () => {
  it('build → parse round-trips', () => {
    fc.assert(
      fc.property(arbPix, (r) => {
        const input = r.dynamic
          ? { url: r.url, merchantName: r.merchantName, merchantCity: r.merchantCity, ...(r.amountCents ? { amountCents: r.amountCents } : {}) }
          : {
              key: r.key, merchantName: r.merchantName, merchantCity: r.merchantCity,
              ...(r.amountCents ? { amountCents: r.amountCents } : {}),
              ...(r.txid ? { txid: r.txid } : {}),
              ...(r.description ? { description: r.description } : {}),
            };
        const code = pix.build(input);
        const p = pix.parse(code);
        expect(p.merchantName).toBe(r.merchantName);
        expect(p.merchantCity).toBe(r.merchantCity);
        expect(p.amountCents).toBe(r.amountCents);
        if (r.dynamic) {
          expect(p.url).toBe(r.url);
          expect(p.key).toBeUndefined();
          expect(p.txid).toBeUndefined();
        } else {
          expect(p.key).toBe(r.key);
          expect(p.txid).toBe(r.txid);
          expect(p.description).toBe(r.description);
        }
      }),
    );
  });
  it('any single changed character fails the CRC (or the TLV)', () => {
    fc.assert(
      fc.property(arbPix, fc.nat(), fc.integer({ min: 1, max: 94 }), (r, p, shift) => {
        const code = pix.build({ key: r.key, merchantName: r.merchantName, merchantCity: r.merchantCity, ...(r.amountCents ? { amountCents: r.amountCents } : {}) });
        const pos = p % code.length;
        const c = String.fromCharCode(((code.charCodeAt(pos) - 32 + shift) % 95) + 32);
        const mutated = code.slice(0, pos) + c + code.slice(pos + 1);
        // a change inside the CRC digits that only flips hex case is the same CRC value: skip that single case
        fc.pre(!(pos >= code.length - 4 && c.toUpperCase() === code[pos]));
        expect(() => pix.parse(mutated)).toThrow(PixError);
      }),
      { numRuns: 1000 },
    );
  });
});
