/*
 * Interleaved 2 of 5 (ITF), the boleto barcode. Each digit is 5 elements, 2 of them wide; a pair of digits is
 * drawn as 5 bars (first digit) interleaved with 5 spaces (second digit). Start = narrow bar, narrow space,
 * narrow bar, narrow space; stop = wide bar, narrow space, narrow bar.
 *
 * bwip-js encodes ITF with a fixed 2:1 wide/narrow ratio and no option to change it, while the boleto uses 3:1,
 * so we encode here (the table is the whole algorithm) and the tests check the pattern against bwip-js.
 */

/** n = narrow, w = wide, digits 0..9. */
const DIGIT_PATTERNS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'] as const;

/** Wide element = 3 narrow modules (FEBRABAN: relação barra larga/estreita 3:1). */
export const ITF_WIDE_RATIO = 3;
/** Narrow module width; 44 digits at 3:1 make 405 modules ≈ 133.7 mm. */
export const ITF_NARROW_MM = 0.33;
/** Bar height required for the boleto barcode. */
export const ITF_HEIGHT_MM = 13;
/** Quiet zone each side (white space the reader needs before the start and after the stop pattern). */
export const ITF_QUIET_ZONE_MM = 5;

/** Element sequence for an even-length digit string: 'n'/'w', alternating bar, space, bar..., ending on a bar. */
export function itfPattern(digits: string): Array<'n' | 'w'> {
  if (!/^\d*$/.test(digits) || digits.length % 2 !== 0 || digits.length === 0) {
    throw new Error(`ITF needs a non-empty, even number of digits, got "${digits}"`);
  }
  const out: Array<'n' | 'w'> = ['n', 'n', 'n', 'n'];
  for (let i = 0; i < digits.length; i += 2) {
    const bars = DIGIT_PATTERNS[Number(digits[i])]!;
    const spaces = DIGIT_PATTERNS[Number(digits[i + 1])]!;
    for (let k = 0; k < 5; k++) out.push(bars[k] as 'n' | 'w', spaces[k] as 'n' | 'w');
  }
  out.push('w', 'n', 'n');
  return out;
}

/** Element widths in narrow modules (1 or `ITF_WIDE_RATIO`), alternating bar/space, starting and ending with a bar. */
export function itfBars(digits: string): number[] {
  return itfPattern(digits).map((e) => (e === 'w' ? ITF_WIDE_RATIO : 1));
}

/** Total width in modules: start 4 + 18 per pair at 3:1 (2·(2·3+3)) + stop 5. */
export function itfModuleCount(digits: string): number {
  return itfBars(digits).reduce((a, b) => a + b, 0);
}
