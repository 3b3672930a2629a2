/**
 * Splits `amountCents` over weighted keys in proportion (largest remainder, ties to the first key), in
 * integer arithmetic: the parts always add up to the amount. Cash-basis revenue uses it to tell which
 * services a payment paid for (an invoice's revenue lines are the weights).
 */
export function allocate<K extends string>(amountCents: number, weights: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const entries = (Object.entries(weights) as Array<[K, number]>).filter(([, w]) => w > 0);
  const total = entries.reduce((s, [, w]) => s + BigInt(w), 0n);
  if (!entries.length || amountCents === 0) return {};
  const parts = entries.map(([k, w]) => {
    const num = BigInt(amountCents) * BigInt(w);
    return { k, floor: num / total, rest: num % total };
  });
  let left = BigInt(amountCents) - parts.reduce((s, p) => s + p.floor, 0n);
  for (const p of [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
    if (left <= 0n) break;
    p.floor += 1n;
    left -= 1n;
  }
  return Object.fromEntries(parts.filter((p) => p.floor !== 0n).map((p) => [p.k, Number(p.floor)])) as Partial<Record<K, number>>;
}
