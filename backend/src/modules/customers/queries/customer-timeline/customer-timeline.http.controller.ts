import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { customerStreamId } from '../../domain/customer.decider.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { CustomerExtensions } from '../../public-api.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { TimelineSchema } from '../customer-details/customer-portal.schemas.js';

export interface TimelineEntry {
  streamId: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
  actorId: string | null;
  actorKind: string | null;
  correlationId: string | null;
  data: unknown;
  erasedFields?: string[];
}

/** Secrets (e.g. a contract's PPPoE password) are not personal data to show or export: redacted. */
function redactSecrets(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(redactSecrets);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = /password|secret/i.test(k) ? (v === null ? null : '[redacted]') : redactSecrets(v);
    return out;
  }
  return node;
}

export class CustomerTimelineQuery extends Query<{ items: TimelineEntry[] }> {
  constructor(readonly companyId: string, readonly customerId: string) {
    super();
  }
}

/** Every event of the customer's stream and of the streams other modules attach (contracts), newest first. */
@QueryHandler(CustomerTimelineQuery)
export class CustomerTimelineHandler implements IQueryHandler<CustomerTimelineQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: CustomerDirectoryReader,
    private readonly extensions: CustomerExtensions,
  ) {}

  async execute({ companyId, customerId }: CustomerTimelineQuery) {
    if (!(await this.directory.exists(companyId, customerId))) throw notFound('Customer', customerId);
    const streams = [customerStreamId(customerId)];
    for (const source of this.extensions.timelineSources) streams.push(...(await source(companyId, customerId)));
    const events = (await Promise.all(streams.map((s) => this.store.readStream(s)))).flat();
    events.sort((a, b) => b.globalPosition - a.globalPosition);
    return {
      items: events.map((e) => ({
        streamId: e.streamId,
        streamVersion: e.streamVersion,
        type: e.type,
        recordedAt: e.recordedAt.toISOString(),
        actorId: typeof e.metadata.actorId === 'string' ? e.metadata.actorId : null,
        actorKind: typeof e.metadata.actorKind === 'string' ? e.metadata.actorKind : null,
        correlationId: typeof e.metadata.correlationId === 'string' ? e.metadata.correlationId : null,
        data: redactSecrets(e.data),
        ...(e.erasedFields ? { erasedFields: e.erasedFields } : {}),
      })),
    };
  }
}

@ApiTags('customers')
@Controller('v1/customers')
export class CustomerTimelineController {
  constructor(private readonly bus: QueryBus) {}

  @Get(':id/timeline')
  @ZodResponse(TimelineSchema)
  @RequirePermission('customers:read')
  timeline(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CustomerTimelineQuery(principalOf(req).companyId, id));
  }
}
