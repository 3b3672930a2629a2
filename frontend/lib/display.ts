import { document as brDocument, phone as brPhone, cep as brCep } from '@netprovider/br-docs';
import type { ContractAddress } from '@netprovider/api-client';

/** A stored CPF/CNPJ (digits, or alphanumeric CNPJ) with its mask. */
export function showDocument(d: string | null | undefined): string {
  if (!d) return '—';
  const p = brDocument.safeParse(d);
  return p.ok ? p.formatted : d;
}

/** A stored E.164 phone as `(11) 98765-4321`. */
export function showPhone(n: string): string {
  const p = brPhone.safeParse(n);
  return p.ok ? p.formatted : n;
}

export function showAddress(a: ContractAddress | null | undefined): string {
  if (!a) return '—';
  const zip = brCep.isValid(a.zipCode) ? brCep.format(a.zipCode) : a.zipCode;
  return `${a.street}, ${a.number}${a.complement ? ` (${a.complement})` : ''} — ${a.district}, ${a.city}/${a.state} — CEP ${zip}`;
}
