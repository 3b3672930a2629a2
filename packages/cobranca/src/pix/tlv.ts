import { PixError } from './errors.js';

export interface Tlv {
  id: string;
  value: string;
}

/** Parse an EMV `IDllvalue` sequence; the whole string must be consumed exactly. */
export function parseTlv(payload: string, context = 'payload'): Tlv[] {
  const out: Tlv[] = [];
  let pos = 0;
  while (pos < payload.length) {
    if (pos + 4 > payload.length) throw new PixError('tlv', `${context}: truncated TLV header at offset ${pos}`);
    const id = payload.slice(pos, pos + 2);
    const lenText = payload.slice(pos + 2, pos + 4);
    if (!/^\d{2}$/.test(id)) throw new PixError('tlv', `${context}: invalid tag "${id}" at offset ${pos}`);
    if (!/^\d{2}$/.test(lenText)) throw new PixError('tlv', `${context}: invalid length "${lenText}" for tag ${id} at offset ${pos}`);
    const len = Number(lenText);
    const end = pos + 4 + len;
    if (end > payload.length) {
      throw new PixError('tlv', `${context}: tag ${id} declares length ${len} but only ${payload.length - pos - 4} characters remain`);
    }
    out.push({ id, value: payload.slice(pos + 4, end) });
    pos = end;
  }
  return out;
}

/** Encode one TLV field; the length is the number of characters (max 99). */
export function tlv(id: string, value: string): string {
  if (value.length > 99) throw new PixError('input', `field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}
