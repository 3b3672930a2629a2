import { Body, Controller, Delete, Get, HttpCode, Inject, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import type { Config } from '../../../../platform/config/config.js';
import { CONFIG } from '../../../../platform/database/tokens.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { responseMatches, ZodBody, ZodQuery, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { CollectionAccountsRepository, type CollectionAccountRecord } from '../../infrastructure/collection-accounts.repository.js';
import { PixPspError } from '../../infrastructure/pix-psp/pix-psp.errors.js';
import type { PixPsp } from '../../infrastructure/pix-psp/pix-psp.port.js';
import { PIX_PSP } from '../../infrastructure/pix-psp/pix-psp.provider.js';

export const RegisterPixWebhookBody = z.object({
  collectionAccountId: z.uuid({ error: 'a collection account id' }).optional(),
  /** default: NETPROVIDER_PUBLIC_URL + /api/v1/billing/pix/webhook (the PSP appends /pix) */
  webhookUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(500).optional(),
});
export const PixWebhookQuery = z.object({ collectionAccountId: z.uuid({ error: 'a collection account id' }).optional() });
export const PixWebhookResponse = z.object({
  collectionAccountId: z.string(),
  pixKey: z.string(),
  registered: z.boolean(),
  webhookUrl: z.string().nullable(),
  createdAt: z.string().nullable().describe('when the PSP registered it (criacao)'),
}).meta({ id: 'PixWebhookView' });

const accountProblem = (reason: string) =>
  new ProblemException(422, 'validation', 'Invalid request', `collectionAccountId ${reason}`, { errors: [{ field: 'collectionAccountId', reason }] });

const pspProblem = (err: PixPspError) =>
  new ProblemException(502, 'pix-psp', 'O PSP recusou a operação do webhook', err.message, { pspStatus: err.status, errorType: err.type, violations: err.violations.map((v) => v.property).filter(Boolean) });

/**
 * Our Pix webhook at the PSP, per Pix key (collection account), through the BACEN API Pix: `PUT|GET|DELETE
 * /webhook/{chave}`. The PSP is the source of truth (GET reads it there). The receiving route is the public
 * `POST /api/v1/billing/pix/webhook[/pix]`.
 */
@ApiTags('billing')
@Controller('v1/billing/pix/webhook')
export class RegisterPixWebhookController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PIX_PSP) private readonly psp: PixPsp | null,
    private readonly accounts: CollectionAccountsRepository,
  ) {}

  private async target(companyId: string, collectionAccountId: string | undefined): Promise<{ psp: PixPsp; account: CollectionAccountRecord; key: string }> {
    if (!this.psp) throw new ProblemException(409, 'pix-psp-not-configured', 'Nenhum PSP configurado', 'Configure PIX_PSP_BASE_URL e as credenciais do PSP para registrar o webhook.');
    const account = collectionAccountId ? await this.accounts.get(companyId, collectionAccountId) : await this.accounts.defaultFor(companyId);
    if (!account) throw accountProblem(collectionAccountId ? 'unknown collection account' : 'no default collection account');
    if (!account.pixKey) throw accountProblem('the collection account has no Pix key');
    return { psp: this.psp, account, key: account.pixKey };
  }

  @Put()
  @HttpCode(200)
  @RequirePermission('collection-accounts:write')
  @ZodBody(RegisterPixWebhookBody)
  @ZodResponse(PixWebhookResponse)
  async register(@Body() body: z.infer<typeof RegisterPixWebhookBody>, @Req() req: RequestWithPrincipal) {
    const { psp, account, key } = await this.target(principalOf(req).companyId, body.collectionAccountId);
    const url = body.webhookUrl ?? `${this.config.NETPROVIDER_PUBLIC_URL.replace(/\/+$/, '')}/api/v1/billing/pix/webhook`;
    try {
      await psp.configureWebhook(key, url);
      return this.view(account, await psp.getWebhook(key));
    } catch (err) {
      if (err instanceof PixPspError) throw pspProblem(err);
      throw err;
    }
  }

  @Get()
  @RequirePermission('collection-accounts:read')
  @ZodQuery(PixWebhookQuery)
  @ZodResponse(PixWebhookResponse)
  async show(@Query() q: z.infer<typeof PixWebhookQuery>, @Req() req: RequestWithPrincipal) {
    const { psp, account, key } = await this.target(principalOf(req).companyId, q.collectionAccountId);
    try {
      return this.view(account, await psp.getWebhook(key));
    } catch (err) {
      if (err instanceof PixPspError) throw pspProblem(err);
      throw err;
    }
  }

  /** 204; 404 when the PSP has no webhook for the key. */
  @Delete()
  @HttpCode(204)
  @RequirePermission('collection-accounts:write')
  @ZodQuery(PixWebhookQuery)
  async remove(@Query() q: z.infer<typeof PixWebhookQuery>, @Req() req: RequestWithPrincipal): Promise<void> {
    const { psp, key } = await this.target(principalOf(req).companyId, q.collectionAccountId);
    let removed: boolean;
    try {
      removed = await psp.deleteWebhook(key);
    } catch (err) {
      if (err instanceof PixPspError) throw pspProblem(err);
      throw err;
    }
    if (!removed) throw new ProblemException(404, 'pix-webhook-not-registered', 'Nenhum webhook registrado', 'O PSP não tem webhook registrado para a chave Pix desta conta.');
  }

  private view(account: CollectionAccountRecord, w: { webhookUrl: string; createdAt: string } | null) {
    return { collectionAccountId: account.id, pixKey: account.pixKey!, registered: w !== null, webhookUrl: w?.webhookUrl ?? null, createdAt: w?.createdAt ?? null };
  }
}

responseMatches<SameShape<z.infer<typeof PixWebhookResponse>, Awaited<ReturnType<RegisterPixWebhookController['show']>>>>();
responseMatches<SameShape<z.infer<typeof PixWebhookResponse>, Awaited<ReturnType<RegisterPixWebhookController['register']>>>>();
