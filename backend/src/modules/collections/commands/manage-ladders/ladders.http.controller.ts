import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { BUILT_IN_LADDER, DEFAULT_TRUST_UNBLOCK, type Ladder } from '../../domain/ladder.js';
import { LaddersRepository } from '../../infrastructure/ladders.repository.js';
import { LadderListSchema, LadderSchema } from './ladders.schemas.js';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const LadderBody = z.object({
  name: z.string().trim().min(1).max(120),
  isDefault: z.boolean().default(false),
  planIds: z.array(z.uuid()).max(200).default([]),
  steps: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and hyphens'),
    daysOffset: int(-30, 365),
    action: z.enum(['remind', 'notify', 'throttle', 'redirect', 'block', 'cancel']),
    channel: z.enum(['email', 'sms', 'whatsapp']).optional(),
    template: z.string().trim().min(1).max(1000).optional(),
  })).min(1).max(30),
  suspensionNotice: z.object({ stepId: z.string().min(1), minDays: int(0, 90) }),
  trustUnblock: z.object({
    enabled: z.boolean(), days: int(1, 15), maxUsesPer30Days: int(0, 10), maxUsesPerBlock: int(0, 10), minDaysSinceLastUse: int(0, 365), maxBrokenPromisesIn12Months: int(0, 12),
  }).default(DEFAULT_TRUST_UNBLOCK),
});
type LadderInput = z.infer<typeof LadderBody>;

export interface LadderList { items: Ladder[]; builtIn: Ladder }

/** Dunning ladders: per plan or the company default (without one, the built-in RGC ladder applies). */
@ApiTags('collections')
@Controller('v1/collections/ladders')
export class LaddersController {
  constructor(private readonly ladders: LaddersRepository) {}

  @Get()
  @RequirePermission('collections:read')
  @ZodResponse(LadderListSchema)
  async list(@Req() req: RequestWithPrincipal): Promise<LadderList> {
    const items = await this.ladders.list(principalOf(req).companyId);
    return { items, builtIn: BUILT_IN_LADDER };
  }

  @Get(':id')
  @RequirePermission('collections:read')
  @ZodResponse(LadderSchema)
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal): Promise<Ladder> {
    return (await this.ladders.get(principalOf(req).companyId, id)) ?? Promise.reject(notFound('Ladder', id));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('collections:write')
  @ZodBody(LadderBody)
  @ZodResponse(LadderSchema, 201)
  create(@Body() body: LadderInput, @Req() req: RequestWithPrincipal): Promise<Ladder> {
    return asProblems(() => this.ladders.save(principalOf(req).companyId, body));
  }

  @Put(':id')
  @RequirePermission('collections:write')
  @ZodBody(LadderBody)
  @ZodResponse(LadderSchema)
  async replace(@Param('id') id: string, @Body() body: LadderInput, @Req() req: RequestWithPrincipal): Promise<Ladder> {
    const { companyId } = principalOf(req);
    if (!(await this.ladders.get(companyId, id))) throw notFound('Ladder', id);
    return asProblems(() => this.ladders.save(companyId, body, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('collections:write')
  async remove(@Param('id') id: string, @Req() req: RequestWithPrincipal): Promise<void> {
    if (!(await this.ladders.remove(principalOf(req).companyId, id))) throw notFound('Ladder', id);
  }
}
