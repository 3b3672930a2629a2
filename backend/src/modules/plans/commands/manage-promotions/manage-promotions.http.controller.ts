import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database, EventStore } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE, EVENT_STORE } from '../../../../platform/database/tokens.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { PromotionViewSchema } from '../../queries/plan-catalogue/plan.schemas.js';
import { promotionDecider, promotionStreamId, type PromotionCommand } from '../../domain/promotion.decider.js';
import type { Eligibility, PromotionEvent } from '../../domain/promotion.events.js';
import { EventSourced } from '../../../../platform/eventsourcing/event-sourced.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { findPromotion } from '../../queries/promotions/promotions.http.controller.js';

const date = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
export const CreatePromotionBody = z.object({
  name: z.string().trim().min(1).max(120),
  discount: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('percentage'), basisPoints: z.number().int().min(1).max(10_000) }),
    z.object({ kind: z.literal('fixed'), amountCents: z.number().int().min(1) }),
  ]),
  months: z.number().int().min(1).max(36),
  eligibility: z
    .object({
      newCustomersOnly: z.boolean().optional(),
      planIds: z.array(z.string().min(1)).max(100).optional(),
      regions: z.array(z.union([z.object({ uf: z.string().length(2) }), z.object({ ibgeCityCode: z.string().regex(/^\d{7}$/) })])).max(100).optional(),
    })
    .optional(),
  startsOn: date,
  endsOn: date.optional(),
});
export const EndPromotionBody = z.object({ endsOn: date });

/** Promotions: a discount for the first months of contracts sold in a period, optionally for some plans/regions. */
@ApiTags('promotions')
@Controller('v1/promotions')
export class ManagePromotionsController {
  private readonly promotions: EventSourced<ReturnType<typeof promotionDecider.initialState>, PromotionCommand, PromotionEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(DATABASE) private readonly db: Database) {
    this.promotions = new EventSourced(store, promotionDecider, promotionStreamId);
  }

  @Post()
  @ZodResponse(PromotionViewSchema, 201)
  @RequirePermission('plans:write')
  @ZodBody(CreatePromotionBody)
  async create(@Body() body: z.infer<typeof CreatePromotionBody>, @Req() req: RequestWithPrincipal) {
    const promotionId = randomUUID();
    const { eligibility, ...rest } = body;
    await asProblems(() =>
      this.promotions.handle(
        promotionId,
        { type: 'CreatePromotion', data: { promotionId, ...rest, ...(eligibility ? { eligibility: eligibility as Partial<Eligibility> } : {}), at: new Date().toISOString() } },
        commandMetadata(req),
      ),
    );
    return findPromotion(this.db, principalOf(req).companyId, promotionId);
  }

  /** Stops offering it after `endsOn`; contracts that got it keep it. */
  @Post(':id/end')
  @ZodResponse(PromotionViewSchema)
  @HttpCode(200)
  @RequirePermission('plans:write')
  @ZodBody(EndPromotionBody)
  async end(@Param('id') id: string, @Body() body: z.infer<typeof EndPromotionBody>, @Req() req: RequestWithPrincipal) {
    const companyId = principalOf(req).companyId;
    if (!(await findPromotion(this.db, companyId, id))) throw notFound('Promotion', id);
    await asProblems(() => this.promotions.handle(id, { type: 'EndPromotion', data: { endsOn: body.endsOn, at: new Date().toISOString() } }, commandMetadata(req)));
    return findPromotion(this.db, companyId, id);
  }
}
