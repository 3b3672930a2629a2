import { Body, Controller, Headers, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { timingSafeEqual, createHash } from 'node:crypto';
import { CONFIG } from '../../../../platform/database/tokens.js';
import type { Config } from '../../../../platform/config/config.js';
import { Public } from '../../../../platform/auth/permissions.js';
import { commandMetadata } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { parseWebhookBody, PixWebhookBodyError } from '../../infrastructure/pix-psp/pix-psp.port.js';
import { PixSettlement, type PixSettlementReport } from '../../infrastructure/pix-settlement.js';
import { PixSettlementReportSchema } from '../../infrastructure/pix-settlement.schemas.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The PSP's callback (BACEN Pix API: POST {webhookUrl}/pix with {"pix": [...]}). The caller is verified by
 * the shared secret header or by the TLS proxy's client-certificate header (mTLS), as configured — with
 * neither configured every call is refused. Idempotent by endToEndId: a redelivered Pix settles nothing twice.
 */
@ApiTags('billing')
@Controller('v1/billing/pix/webhook')
export class PixWebhookController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly settlement: PixSettlement,
  ) {}

  private verify(req: RequestWithPrincipal, secret: string | undefined): void {
    const { PIX_WEBHOOK_SECRET: expected, PIX_WEBHOOK_MTLS_HEADER: mtlsHeader } = this.config as Config & { PIX_WEBHOOK_SECRET?: string; PIX_WEBHOOK_MTLS_HEADER?: string };
    if (mtlsHeader && String(req.headers[mtlsHeader.toLowerCase()] ?? '').toUpperCase() === 'SUCCESS') return;
    if (expected && secret && timingSafeEqual(digest(secret), digest(expected))) return;
    throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'The webhook caller could not be verified.');
  }

  @Post()
  @HttpCode(200)
  @Public()
  @ZodResponse(PixSettlementReportSchema)
  receive(@Body() body: unknown, @Req() req: RequestWithPrincipal, @Headers('x-webhook-secret') secret?: string) {
    return this.handle(body, req, secret);
  }

  /** BACEN appends `/pix` to the registered webhook URL. */
  @Post('pix')
  @HttpCode(200)
  @Public()
  @ZodResponse(PixSettlementReportSchema)
  receivePix(@Body() body: unknown, @Req() req: RequestWithPrincipal, @Headers('x-webhook-secret') secret?: string) {
    return this.handle(body, req, secret);
  }

  private async handle(body: unknown, req: RequestWithPrincipal, secret: string | undefined): Promise<PixSettlementReport> {
    this.verify(req, secret);
    let received;
    try {
      received = parseWebhookBody(body);
    } catch (err) {
      if (err instanceof PixWebhookBodyError) throw new ProblemException(422, 'validation', 'Invalid request', err.message, { errors: [{ field: err.field, reason: err.reason }] });
      throw err;
    }
    return this.settlement.settle(received, (companyId) => commandMetadata(req, { actorId: 'pix-psp', actorKind: 'system', companyId }));
  }
}
