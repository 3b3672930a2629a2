export const UF_CODES = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const;

export type UF = (typeof UF_CODES)[number];

export type Region = 'Norte' | 'Nordeste' | 'Centro-Oeste' | 'Sudeste' | 'Sul';

export interface State {
  code: UF;
  name: string;
  /** IBGE state code: the first 2 digits of every IBGE city code of the state. */
  ibgeCode: number;
  region: Region;
}

/** The 26 states and the Distrito Federal. */
export const STATES: readonly State[] = [
  { code: 'AC', name: 'Acre', ibgeCode: 12, region: 'Norte' },
  { code: 'AL', name: 'Alagoas', ibgeCode: 27, region: 'Nordeste' },
  { code: 'AP', name: 'Amapá', ibgeCode: 16, region: 'Norte' },
  { code: 'AM', name: 'Amazonas', ibgeCode: 13, region: 'Norte' },
  { code: 'BA', name: 'Bahia', ibgeCode: 29, region: 'Nordeste' },
  { code: 'CE', name: 'Ceará', ibgeCode: 23, region: 'Nordeste' },
  { code: 'DF', name: 'Distrito Federal', ibgeCode: 53, region: 'Centro-Oeste' },
  { code: 'ES', name: 'Espírito Santo', ibgeCode: 32, region: 'Sudeste' },
  { code: 'GO', name: 'Goiás', ibgeCode: 52, region: 'Centro-Oeste' },
  { code: 'MA', name: 'Maranhão', ibgeCode: 21, region: 'Nordeste' },
  { code: 'MT', name: 'Mato Grosso', ibgeCode: 51, region: 'Centro-Oeste' },
  { code: 'MS', name: 'Mato Grosso do Sul', ibgeCode: 50, region: 'Centro-Oeste' },
  { code: 'MG', name: 'Minas Gerais', ibgeCode: 31, region: 'Sudeste' },
  { code: 'PA', name: 'Pará', ibgeCode: 15, region: 'Norte' },
  { code: 'PB', name: 'Paraíba', ibgeCode: 25, region: 'Nordeste' },
  { code: 'PR', name: 'Paraná', ibgeCode: 41, region: 'Sul' },
  { code: 'PE', name: 'Pernambuco', ibgeCode: 26, region: 'Nordeste' },
  { code: 'PI', name: 'Piauí', ibgeCode: 22, region: 'Nordeste' },
  { code: 'RJ', name: 'Rio de Janeiro', ibgeCode: 33, region: 'Sudeste' },
  { code: 'RN', name: 'Rio Grande do Norte', ibgeCode: 24, region: 'Nordeste' },
  { code: 'RS', name: 'Rio Grande do Sul', ibgeCode: 43, region: 'Sul' },
  { code: 'RO', name: 'Rondônia', ibgeCode: 11, region: 'Norte' },
  { code: 'RR', name: 'Roraima', ibgeCode: 14, region: 'Norte' },
  { code: 'SC', name: 'Santa Catarina', ibgeCode: 42, region: 'Sul' },
  { code: 'SP', name: 'São Paulo', ibgeCode: 35, region: 'Sudeste' },
  { code: 'SE', name: 'Sergipe', ibgeCode: 28, region: 'Nordeste' },
  { code: 'TO', name: 'Tocantins', ibgeCode: 17, region: 'Norte' },
];

const BY_CODE = new Map<string, State>(STATES.map((s) => [s.code, s]));

/** Exact upper-case code (`SP`), as stored; use `normalize` first for user input. */
export function isValid(code: string): code is UF {
  return BY_CODE.has(code);
}

/** ` sp ` → `SP` (no validation). */
export function normalize(code: string): string {
  return code.trim().toUpperCase();
}

export function get(code: string): State | undefined {
  return BY_CODE.get(normalize(code));
}

/** The state of a 7-digit IBGE city code (`3550308` São Paulo → `SP`), or undefined. */
export function fromIbgeCityCode(ibgeCityCode: string | number): UF | undefined {
  const s = String(ibgeCityCode);
  if (!/^\d{7}$/.test(s)) return undefined;
  const prefix = Number(s.slice(0, 2));
  return STATES.find((st) => st.ibgeCode === prefix)?.code;
}
