/*
 * Pragmatic e-mail check: what real mailboxes look like, not the whole of RFC 5322. Refuses quoted local
 * parts, IP-literal domains, comments, and single-label domains (`user@localhost`), which a billing notice
 * should never be sent to anyway.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isValid(input: string): boolean {
  const value = input.trim();
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  return /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!) || /^xn--[A-Za-z0-9-]+$/.test(labels[labels.length - 1]!);
}

/** Trims and lower-cases the domain (`Ana@Provedor.COM.BR ` → `Ana@provedor.com.br`); the local part keeps its case. */
export function normalize(input: string): string {
  const value = input.trim();
  const at = value.lastIndexOf('@');
  return at < 0 ? value : value.slice(0, at) + '@' + value.slice(at + 1).toLowerCase();
}
