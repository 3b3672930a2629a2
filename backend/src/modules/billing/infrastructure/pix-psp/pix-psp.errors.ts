export interface PixPspViolation {
  /** `razao` */
  reason: string;
  /** `propriedade`, e.g. `cobv.devedor` */
  property?: string;
  /** `valor`: the offending value as the PSP echoes it. May be personal data: never log it. */
  value?: string;
}

/**
 * A failed call to the PSP, from the API Pix problem body (RFC 7807: `{type, title, status, detail,
 * violacoes}`) when there is one. `status` 0 means no HTTP answer at all (network error or timeout, after
 * the retries). The message carries type, title, detail and the violated property names, never the
 * violation values nor the request body.
 */
export class PixPspError extends Error {
  override readonly name = 'PixPspError';
  readonly status: number;
  /** e.g. `https://pix.bcb.gov.br/api/v2/error/CobVOperacaoInvalida` */
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly violations: PixPspViolation[];
  readonly correlationId?: string;

  constructor(p: { status: number; type: string; title: string; detail?: string; violations?: PixPspViolation[]; correlationId?: string; cause?: unknown }) {
    const violations = p.violations ?? [];
    const props = violations.map((v) => v.property ?? '?').join(', ');
    super(`PSP ${p.status} ${p.title}${p.detail ? `: ${p.detail}` : ''}${props ? ` [${props}]` : ''}`, p.cause === undefined ? undefined : { cause: p.cause });
    this.status = p.status;
    this.type = p.type;
    this.title = p.title;
    if (p.detail !== undefined) this.detail = p.detail;
    this.violations = violations;
    if (p.correlationId !== undefined) this.correlationId = p.correlationId;
  }

  /** The last path segment of `type` (`CobVOperacaoInvalida`, `NaoEncontrado`, …), handy for `switch`. */
  get errorName(): string {
    return this.type.slice(this.type.lastIndexOf('/') + 1);
  }
}

/** Types we give to failures that have no problem body from the PSP. */
export const LOCAL_ERROR_TYPES = {
  network: 'urn:netprovider:pix-psp:network',
  http: 'urn:netprovider:pix-psp:http',
  invalidResponse: 'urn:netprovider:pix-psp:invalid-response',
  token: 'urn:netprovider:pix-psp:token',
} as const;
