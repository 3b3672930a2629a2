import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@netprovider/event-store';
import { Inject } from '@nestjs/common';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { responseMatches, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { z } from 'zod';
import { daysOverdue, dunningStreamId } from '../../domain/dunning.decider.js';
import { BusinessClock } from '../../infrastructure/business-clock.js';
import { DunningEvaluator } from '../../infrastructure/dunning-evaluator.js';
import { LaddersRepository } from '../../infrastructure/ladders.repository.js';

export const ServiceLevelSchema = z.enum(['none', 'throttle', 'redirect', 'block', 'cancel']).meta({ id: 'ServiceLevel' });
export const DunningStatusViewSchema = z.object({
  contractId: z.string(),
  today: z.iso.date().describe('the business date collections acts on'),
  level: ServiceLevelSchema,
  trust: z.object({ until: z.iso.date(), invoiceIds: z.array(z.string()) }).nullable().describe('a trust release (desbloqueio em confiança) in force'),
  brokenPromises: z.array(z.string()),
  ladder: z.object({ id: z.string(), name: z.string() }),
  openInvoices: z.array(z.object({ invoiceId: z.string(), dueDate: z.iso.date(), payableUntil: z.iso.date(), openCents: z.number().int(), daysOverdue: z.number().int() })),
  history: z.array(z.object({ type: z.string(), data: z.record(z.string(), z.unknown()).describe('the event payload'), recordedAt: z.string(), actorKind: z.enum(['staff', 'subscriber', 'system', 'integration']).nullable(), actorId: z.string().nullable() })),
}).meta({ id: 'DunningStatusView' });

/** A contract's dunning: service level, trust release, open invoices with days overdue, and every step recorded (who, what, when, why). */
@ApiTags('collections')
@Controller('v1/collections/contracts')
export class DunningStatusController {
  constructor(
    private readonly evaluator: DunningEvaluator,
    private readonly ladders: LaddersRepository,
    private readonly clock: BusinessClock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':id/status')
  @RequirePermission('collections:read')
  @ZodResponse(DunningStatusViewSchema)
  async status(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const ctx = (await this.evaluator.contexts([id], companyId)).get(id);
    if (!ctx) throw notFound('Contract', id);
    const today = this.clock.today();
    const ladder = (await this.ladders.resolver(companyId))(ctx.planId);
    const history = await this.store.readStream(dunningStreamId(id));
    return {
      contractId: id,
      today,
      level: ctx.state.level,
      trust: ctx.state.trust,
      brokenPromises: ctx.state.brokenPromises,
      ladder: { id: ladder.id, name: ladder.name },
      openInvoices: ctx.invoices.map((i) => ({ ...i, daysOverdue: Math.max(0, daysOverdue(i, today)) })),
      history: history.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, recordedAt: e.recordedAt.toISOString(), actorKind: e.metadata.actorKind ?? null, actorId: e.metadata.actorId ?? null })),
    };
  }
}

responseMatches<SameShape<z.infer<typeof DunningStatusViewSchema>, Awaited<ReturnType<DunningStatusController['status']>>>>();
