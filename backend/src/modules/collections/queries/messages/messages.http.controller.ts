import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { responseMatches, ZodQuery, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';

export const MessagesQuery = z.object({ contractId: z.uuid({ error: 'a contract id' }).optional(), limit: z.coerce.number().int().min(1).max(500).optional() });
type MessagesInput = z.infer<typeof MessagesQuery>;

export const DunningMessageViewSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  customerId: z.string(),
  stepId: z.string(),
  channel: z.string(),
  body: z.string(),
  invoiceIds: z.array(z.string()),
  status: z.string(),
  createdAt: z.string(),
  attempts: z.number(),
  provider: z.string().nullable(),
  lastError: z.string().nullable(),
  statusAt: z.string().nullable(),
}).meta({ id: 'DunningMessageView' });
export const DunningMessageListSchema = z.object({ items: z.array(DunningMessageViewSchema) }).meta({ id: 'DunningMessageList' });

/**
 * The message outbox: what the ladder sent and how delivery went (status queued/sending/sent/delivered/read/
 * failed/local/uncertain, attempts, provider, last error as a code — never a recipient).
 */
@ApiTags('collections')
@Controller('v1/collections/messages')
export class CollectionMessagesController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  @RequirePermission('collections:read')
  @ZodQuery(MessagesQuery)
  @ZodResponse(DunningMessageListSchema)
  async list(@Query() q: MessagesInput, @Req() req: RequestWithPrincipal) {
    const r = await this.db.query<{ id: string; contract_id: string; customer_id: string; step_id: string; channel: string; body: string; invoice_ids: string[]; status: string; created_at: Date; attempts: number; provider: string | null; last_error: string | null; status_at: Date | null }>(
      `SELECT id, contract_id, customer_id, step_id, channel, body, invoice_ids, status, created_at, attempts, provider, last_error, status_at FROM collections_messages
        WHERE company_id = $1 AND ($2::text IS NULL OR contract_id = $2) ORDER BY created_at DESC, id LIMIT $3`,
      [principalOf(req).companyId, q.contractId ?? null, q.limit ?? 100],
    );
    return {
      items: r.rows.map((m) => ({
        id: m.id, contractId: m.contract_id, customerId: m.customer_id, stepId: m.step_id, channel: m.channel, body: m.body, invoiceIds: m.invoice_ids, status: m.status,
        createdAt: new Date(m.created_at).toISOString(), attempts: m.attempts, provider: m.provider, lastError: m.last_error,
        statusAt: m.status_at ? new Date(m.status_at).toISOString() : null,
      })),
    };
  }
}

responseMatches<SameShape<z.infer<typeof DunningMessageListSchema>, Awaited<ReturnType<CollectionMessagesController['list']>>>>();
