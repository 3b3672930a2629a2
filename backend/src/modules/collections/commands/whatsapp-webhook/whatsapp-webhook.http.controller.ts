import { Controller, Get, Header, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Request } from 'express';
import type { Database } from '@netprovider/event-store';
import { CONFIG, DATABASE } from '../../../../platform/database/tokens.js';
import type { Config } from '../../../../platform/config/config.js';
import { Public } from '../../../../platform/auth/permissions.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { responseMatches, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { receiptApplies } from '../../domain/message-delivery.js';
import { verifyWebhookSignature, webhookStatuses } from '../../infrastructure/channels/whatsapp-cloud.channel.js';

/** POST answer: how many outbox messages the receipts moved (unknown or out-of-order receipts move none). */
export const WhatsAppReceiptsSchema = z.object({ updated: z.number().int() }).meta({ id: 'WhatsAppReceipts' });

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The WhatsApp Cloud API webhook (Meta). GET is the subscription handshake: `hub.mode=subscribe` and the
 * configured `hub.verify_token` answer `hub.challenge` as text. POST carries delivery receipts; it is public
 * but accepted only with a valid `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with the app secret).
 * Each status moves the outbox row sent → delivered → read, or to failed (a failed notice does not count as
 * the prior notice a suspension needs). Without WhatsApp configured every call is refused.
 */
@ApiTags('collections')
@Controller('v1/collections/whatsapp/webhook')
export class WhatsAppWebhookController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  @Get()
  @Public()
  @Header('content-type', 'text/plain; charset=utf-8')
  verify(@Query('hub.mode') mode?: string, @Query('hub.verify_token') token?: string, @Query('hub.challenge') challenge?: string): string {
    const expected = this.config.WHATSAPP_VERIFY_TOKEN;
    if (mode === 'subscribe' && expected && token && timingSafeEqual(digest(token), digest(expected)) && challenge) return challenge;
    throw new ProblemException(403, 'forbidden', 'Forbidden', 'The webhook verification token does not match.');
  }

  @Post()
  @HttpCode(200)
  @Public()
  @ZodResponse(WhatsAppReceiptsSchema)
  async receive(@Req() req: Request & { rawBody?: Buffer }): Promise<{ updated: number }> {
    const secret = this.config.WHATSAPP_APP_SECRET;
    const signature = req.headers['x-hub-signature-256'];
    if (!secret || !req.rawBody || !verifyWebhookSignature(req.rawBody, typeof signature === 'string' ? signature : undefined, secret)) {
      throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'The webhook signature (X-Hub-Signature-256) is missing or does not match.');
    }
    let updated = 0;
    for (const s of webhookStatuses(req.body)) {
      const row = (await this.db.query<{ id: string; status: string }>(
        `SELECT id, status FROM collections_messages WHERE provider = 'whatsapp-cloud' AND provider_message_id = $1`, [s.id],
      )).rows[0];
      if (!row || !receiptApplies(row.status, s.status)) continue;
      const r = await this.db.query(
        `UPDATE collections_messages SET status = $2, status_at = $3, last_error = $4 WHERE id = $1 AND status = $5`,
        [row.id, s.status, new Date(), s.status === 'failed' ? `whatsapp-receipt-failed${s.errorCode !== null ? `:${s.errorCode}` : ''}` : null, row.status],
      );
      updated += r.rowCount;
    }
    return { updated };
  }
}

responseMatches<SameShape<z.infer<typeof WhatsAppReceiptsSchema>, Awaited<ReturnType<WhatsAppWebhookController['receive']>>>>();
