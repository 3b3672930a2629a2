import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database, EventStore } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE, EVENT_STORE } from '../../../../platform/database/tokens.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { comboDecider, comboStreamId, type ComboCommand, type ComboState } from '../../domain/combo.decider.js';
import type { ComboEvent } from '../../domain/combo.events.js';
import { EventSourced } from '../../../../platform/eventsourcing/event-sourced.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { findAddOn } from '../../queries/add-ons/add-ons.http.controller.js';
import { findCombo, type ComboView } from '../../queries/combos/combos.http.controller.js';
import { ComboViewSchema } from '../../queries/combos/combo.schemas.js';
import { PlanCatalogueReader } from '../../queries/plan-catalogue/plan-catalogue.reader.js';

const cents = z.number().int({ error: 'must be an integer number of centavos' }).min(0);
const addOnIds = z.array(z.string().min(1).max(100)).min(1, { error: 'a combo has at least one add-on' }).max(20);
export const CreateComboBody = z.object({ name: z.string().trim().min(1).max(120), planId: z.string().min(1).max(100), addOnIds, priceCents: cents, active: z.boolean().optional() });
export const UpdateComboBody = z
  .object({ planId: z.string().min(1).max(100).optional(), addOnIds: addOnIds.optional(), priceCents: cents.optional(), active: z.boolean().optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });

/** Combos: a plan with add-ons for one monthly price; a new composition or price is a new version. */
@ApiTags('combos')
@Controller('v1/combos')
export class ManageCombosController {
  private readonly combos: EventSourced<ComboState, ComboCommand, ComboEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(DATABASE) private readonly db: Database, private readonly plans: PlanCatalogueReader) {
    this.combos = new EventSourced(store, comboDecider, comboStreamId);
  }

  /** The plan and add-ons are other streams: they must exist in the company and be for sale. */
  private async checkParts(companyId: string, planId: string | undefined, ids: string[] | undefined) {
    if (planId !== undefined) {
      const plan = await this.plans.get(companyId, planId);
      if (!plan) throw validationProblem([{ field: 'planId', reason: 'no such plan in this company' }]);
      if (!plan.active) throw validationProblem([{ field: 'planId', reason: 'is not for sale (inactive)' }]);
    }
    for (const [i, id] of (ids ?? []).entries()) {
      const a = (await findAddOn(this.db, companyId, id)) as { active?: boolean } | null;
      if (!a) throw validationProblem([{ field: `addOnIds.${i}`, reason: 'no such add-on in this company' }]);
      if (!a.active) throw validationProblem([{ field: `addOnIds.${i}`, reason: 'is not for sale (inactive)' }]);
    }
  }

  @Post()
  @RequirePermission('plans:write')
  @ZodBody(CreateComboBody)
  @ZodResponse(ComboViewSchema, 201)
  async create(@Body() body: z.infer<typeof CreateComboBody>, @Req() req: RequestWithPrincipal): Promise<ComboView> {
    const companyId = principalOf(req).companyId;
    await this.checkParts(companyId, body.planId, body.addOnIds);
    const comboId = randomUUID();
    await asProblems(() => this.combos.handle(comboId, { type: 'CreateCombo', data: { comboId, ...body, at: new Date().toISOString() } }, commandMetadata(req)));
    return (await findCombo(this.db, companyId, comboId))!; // projected in the append transaction
  }

  @Patch(':id')
  @RequirePermission('plans:write')
  @ZodBody(UpdateComboBody)
  @ZodResponse(ComboViewSchema)
  async update(@Param('id') id: string, @Body() body: z.infer<typeof UpdateComboBody>, @Req() req: RequestWithPrincipal): Promise<ComboView> {
    const companyId = principalOf(req).companyId;
    if (!(await findCombo(this.db, companyId, id))) throw notFound('Combo', id);
    await this.checkParts(companyId, body.planId, body.addOnIds);
    const at = new Date().toISOString();
    const { active, ...change } = body;
    const commands: ComboCommand[] = [];
    if (Object.keys(change).length) commands.push({ type: 'ChangeCombo', data: { ...change, at } });
    if (active !== undefined) commands.push({ type: active ? 'ActivateCombo' : 'DeactivateCombo', data: { at } });
    await asProblems(() => this.combos.handle(id, commands, commandMetadata(req)));
    return (await findCombo(this.db, companyId, id))!; // checked above
  }
}
