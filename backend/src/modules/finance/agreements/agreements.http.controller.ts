import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../platform/http/problem.js';
import { responseMatches, ZodBody, ZodQuery, ZodResponse, type RouteAnswer, type SameShape } from '../../../platform/http/validation.js';
import { saoPauloDate } from '../../../shared-kernel/business-date.js';
import { AgreementEvaluationSchema, AgreementListSchema, AgreementTermsSchema, AgreementViewSchema, FinanceSettingsSchema } from './agreement.schemas.js';
import { AgreementsService, type AgreementRequest } from './agreements.service.js';

/** Waiving fine and interest forgives money like a write-off does, so it takes the same permission. */
export const WAIVER_PERMISSION = 'write-offs:write';

export const AgreementBody = z.object({
  customerId: z.uuid({ error: 'a customer id' }),
  invoiceIds: z.array(z.uuid({ error: 'an invoice id' })).min(1).max(120),
  date: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional(),
  waiveCharges: z.boolean().optional(),
  downPaymentCents: z.number().int({ error: 'integer centavos' }).min(0),
  instalments: z.number().int().min(1).max(60),
  dueDay: z.number().int().min(1).max(31),
});
export const AgreementListQuery = z.object({ customerId: z.uuid().optional(), status: z.enum(['active', 'broken', 'completed']).optional() });
export const EvaluateBody = z.object({ date: z.iso.date({ error: 'a date YYYY-MM-DD' }).optional() });
export const FinanceSettingsBody = z.object({ agreementBreakDays: z.number().int().min(1).max(365) });

function waiverAllowed(req: RequestWithPrincipal, body: AgreementRequest): void {
  if (body.waiveCharges && !principalOf(req).permissions.has(WAIVER_PERMISSION)) {
    throw new ProblemException(403, 'forbidden', 'Forbidden', `Waiving fine and interest needs the ${WAIVER_PERMISSION} permission.`, { permission: WAIVER_PERMISSION });
  }
}

/** Payment agreements (acordos): simulate, make, list, show; evaluation (break / complete) on a date. */
@ApiTags('agreements')
@Controller('v1')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Post('agreements/simulate')
  @HttpCode(200)
  @RequirePermission('agreements:read')
  @ZodBody(AgreementBody)
  @ZodResponse(AgreementTermsSchema)
  simulate(@Body() body: z.infer<typeof AgreementBody>, @Req() req: RequestWithPrincipal) {
    waiverAllowed(req, body);
    return asProblems(() => this.agreements.simulate(principalOf(req).companyId, body));
  }

  @Post('agreements')
  @HttpCode(201)
  @RequirePermission('agreements:write')
  @ZodBody(AgreementBody)
  @ZodResponse(AgreementTermsSchema, 201)
  make(@Body() body: z.infer<typeof AgreementBody>, @Req() req: RequestWithPrincipal) {
    waiverAllowed(req, body);
    return asProblems(() => this.agreements.make(principalOf(req).companyId, body, commandMetadata(req)));
  }

  @Get('agreements')
  @RequirePermission('agreements:read')
  @ZodQuery(AgreementListQuery)
  @ZodResponse(AgreementListSchema)
  async list(@Query() q: z.infer<typeof AgreementListQuery>, @Req() req: RequestWithPrincipal) {
    return { items: await this.agreements.list(principalOf(req).companyId, q) };
  }

  @Get('agreements/:id')
  @RequirePermission('agreements:read')
  @ZodResponse(AgreementViewSchema)
  async one(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const found = (await this.agreements.list(principalOf(req).companyId, {})).find((a) => a.id === id);
    if (!found) throw notFound('Agreement', id);
    return found;
  }

  @Post('finance/agreements/evaluate')
  @HttpCode(200)
  @RequirePermission('agreements:write')
  @ZodBody(EvaluateBody)
  @ZodResponse(AgreementEvaluationSchema)
  evaluate(@Body() body: z.infer<typeof EvaluateBody>, @Req() req: RequestWithPrincipal) {
    return asProblems(() => this.agreements.evaluate(principalOf(req).companyId, body.date ?? saoPauloDate(new Date()), commandMetadata(req)));
  }

  @Get('finance/settings')
  @RequirePermission('finance:read')
  @ZodResponse(FinanceSettingsSchema)
  async settings(@Req() req: RequestWithPrincipal) {
    return { agreementBreakDays: await this.agreements.breakDays(principalOf(req).companyId) };
  }

  @Put('finance/settings')
  @RequirePermission('finance:write')
  @ZodBody(FinanceSettingsBody)
  @ZodResponse(FinanceSettingsSchema)
  async putSettings(@Body() body: z.infer<typeof FinanceSettingsBody>, @Req() req: RequestWithPrincipal) {
    await this.agreements.setBreakDays(principalOf(req).companyId, body.agreementBreakDays);
    return body;
  }
}

responseMatches<SameShape<z.infer<typeof AgreementTermsSchema>, RouteAnswer<AgreementsController, 'simulate'>>>();
responseMatches<SameShape<z.infer<typeof AgreementTermsSchema>, RouteAnswer<AgreementsController, 'make'>>>();
responseMatches<SameShape<z.infer<typeof AgreementListSchema>, RouteAnswer<AgreementsController, 'list'>>>();
responseMatches<SameShape<z.infer<typeof AgreementViewSchema>, RouteAnswer<AgreementsController, 'one'>>>();
responseMatches<SameShape<z.infer<typeof AgreementEvaluationSchema>, RouteAnswer<AgreementsController, 'evaluate'>>>();
responseMatches<SameShape<z.infer<typeof FinanceSettingsSchema>, RouteAnswer<AgreementsController, 'settings'>>>();
responseMatches<SameShape<z.infer<typeof FinanceSettingsSchema>, RouteAnswer<AgreementsController, 'putSettings'>>>();
