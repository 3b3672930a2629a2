import { readFileSync } from 'node:fs';

/** Read a file from packages/cobranca/test-fixtures (copied from /work/shared; see its README). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url), 'latin1');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url));
}

export interface Vector {
  kind: string;
  [k: string]: unknown;
}

export function vectors(kind?: string): Vector[] {
  const all = (JSON.parse(fixture('vectors.json')) as { vectors: Vector[] }).vectors;
  return kind ? all.filter((v) => v.kind === kind) : all;
}

/** "12.34" → 1234 without floats */
export function money(s: string): number {
  const m = /^(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad money ${s}`);
  return Number(m[1]) * 100 + Number(m[2]);
}
