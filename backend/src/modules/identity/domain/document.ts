/** CPF (11 digits) and CNPJ (14 digits), with or without mask; check digits verified. */
export function normalizeDocument(input: string): { digits: string; kind: 'cpf' | 'cnpj' } | null {
  const digits = input.replace(/[.\-/\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 11 && validCpf(digits)) return { digits, kind: 'cpf' };
  if (digits.length === 14 && validCnpj(digits)) return { digits, kind: 'cnpj' };
  return null;
}

function validCpf(d: string): boolean {
  if (/^(\d)\1{10}$/.test(d)) return false;
  const check = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === Number(d[9]) && check(10) === Number(d[10]);
}

function validCnpj(d: string): boolean {
  if (/^(\d)\1{13}$/.test(d)) return false;
  const check = (len: number) => {
    const weights = len === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(d[i]) * weights[i]!;
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return check(12) === Number(d[12]) && check(13) === Number(d[13]);
}
