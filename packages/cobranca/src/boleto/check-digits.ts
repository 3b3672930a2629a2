/**
 * Check-digit primitives used by boletos and nosso números.
 * All functions take a digit string and return a number (or string where a bank maps a value to a letter).
 */

/** FEBRABAN mod 10: weights 2,1,2,1… from the right, digits of each product summed; DV = (10 − sum mod 10) mod 10. */
export function mod10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    let p = (digits.charCodeAt(i) - 48) * weight;
    if (p > 9) p -= 9;
    sum += p;
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Weighted sum with weights cycling 2..maxWeight from the right; returns sum mod 11.
 * `mod11Remainder('123', 9)` = (3*2 + 2*3 + 1*4) % 11.
 */
export function mod11Remainder(digits: string, maxWeight = 9): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += (digits.charCodeAt(i) - 48) * weight;
    weight = weight >= maxWeight ? 2 : weight + 1;
  }
  return sum % 11;
}

/** Boleto general DV (barcode position 5): 11 − r with weights 2..9; 0, 10 and 11 become 1. */
export function mod11Boleto(digits43: string): number {
  const dv = 11 - mod11Remainder(digits43, 9);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

/** Common bank variant: DV = 11 − r (weights 2..maxWeight), results above 9 become 0 (Caixa, Sicredi, Santander). */
export function mod11ZeroAbove9(digits: string, maxWeight = 9): number {
  const dv = 11 - mod11Remainder(digits, maxWeight);
  return dv > 9 ? 0 : dv;
}

/** Banco do Brasil nosso-número DV: weights 9..2 from the right → DV = r; equivalent to 11 − r with 2..9; 10 → 'X'. */
export function mod11BancoDoBrasil(digits: string): string {
  const r = mod11Remainder(digits, 9);
  if (r === 0) return '0';
  const dv = 11 - r;
  return dv === 10 ? 'X' : String(dv);
}

/** Bradesco nosso-número DV: weights 2..7 from the right; r = 0 → '0', r = 1 → 'P', else 11 − r. */
export function mod11Bradesco(digits: string): string {
  const r = mod11Remainder(digits, 7);
  if (r === 0) return '0';
  if (r === 1) return 'P';
  return String(11 - r);
}

/** Sicoob nosso-número DV: weights 3,1,9,7 repeating from the left; DV = 11 − r, r ∈ {0,1} → 0. */
export function mod11Sicoob(digits: string): number {
  const w = [3, 1, 9, 7];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (w[i % 4] as number);
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}
