import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { responseMatches, ZodBody, ZodQuery, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { nationalBankHolidays } from '../../domain/business-calendar.js';
import { assertLateChargeRules, LEGAL_FINE_CAP_BP } from '../../domain/late-charges.js';
import { BillingSettingsRepository } from '../../infrastructure/billing-settings.repository.js';

export const BillingSettingsBody = z.object({
  finePercentBp: z.number().int().min(0).max(LEGAL_FINE_CAP_BP, { error: `at most ${LEGAL_FINE_CAP_BP} (2 %, CDC art. 52 §1º)` }),
  interestMonthlyBp: z.number().int().min(0).max(100, { error: 'at most 100 (1 % a.m.)' }),
  graceDays: z.number().int().min(0).max(60),
  earlyDiscount: z.object({ amountCents: z.number().int().min(1), daysBefore: z.number().int().min(0).max(31) }).nullable().optional(),
  pixValidAfterDueDays: z.number().int().min(0).max(365).optional(),
  /** Credit days suspended for delinquency on the next invoice (Anatel RGC, Res. 765/2023). Default true. */
  creditDelinquencySuspendedDays: z.boolean().optional(),
});
type SettingsInput = z.infer<typeof BillingSettingsBody>;

export const HolidayBody = z.object({ date: z.iso.date({ error: 'a date YYYY-MM-DD' }), name: z.string().trim().min(1).max(80) });
type HolidayInput = z.infer<typeof HolidayBody>;
export const HolidaysQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
type HolidaysQueryInput = z.infer<typeof HolidaysQuery>;

/** Fine, interest, grace and discount rules new invoices carry; the holiday calendar. */
export const BillingSettingsViewSchema = z.object({
  finePercentBp: z.number().int(),
  interestMonthlyBp: z.number().int(),
  graceDays: z.number().int(),
  earlyDiscount: z.object({ amountCents: z.number().int(), daysBefore: z.number().int() }).nullable(),
  pixValidAfterDueDays: z.number().int(),
  creditDelinquencySuspendedDays: z.boolean(),
  legalFineCapBp: z.number().int(),
}).meta({ id: 'BillingSettingsView' });
export const HolidayViewSchema = z.object({ date: z.iso.date(), name: z.string(), scope: z.enum(['national', 'local']) }).meta({ id: 'HolidayView' });
export const HolidayListSchema = z.object({ year: z.number().int(), items: z.array(HolidayViewSchema) }).meta({ id: 'HolidayList' });

@ApiTags('billing')
@Controller('v1/billing')
export class BillingSettingsController {
  constructor(private readonly settings: BillingSettingsRepository) {}

  @Get('settings')
  @RequirePermission('collection-accounts:read')
  @ZodResponse(BillingSettingsViewSchema)
  async get(@Req() req: RequestWithPrincipal) {
    const s = await this.settings.get(principalOf(req).companyId);
    return {
      ...s.rules, earlyDiscount: s.rules.earlyDiscount ?? null, pixValidAfterDueDays: s.pixValidAfterDueDays, creditDelinquencySuspendedDays: s.creditDelinquencySuspendedDays,
      legalFineCapBp: LEGAL_FINE_CAP_BP,
    };
  }

  @Put('settings')
  @HttpCode(200)
  @RequirePermission('collection-accounts:write')
  @ZodBody(BillingSettingsBody)
  @ZodResponse(BillingSettingsViewSchema)
  async put(@Body() body: SettingsInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const current = await this.settings.get(companyId);
    const rules = { finePercentBp: body.finePercentBp, interestMonthlyBp: body.interestMonthlyBp, graceDays: body.graceDays, ...(body.earlyDiscount ? { earlyDiscount: body.earlyDiscount } : {}) };
    await asProblems(async () => assertLateChargeRules(rules));
    await this.settings.put(companyId, {
      rules, pixValidAfterDueDays: body.pixValidAfterDueDays ?? current.pixValidAfterDueDays,
      creditDelinquencySuspendedDays: body.creditDelinquencySuspendedDays ?? current.creditDelinquencySuspendedDays,
    });
    return this.get(req);
  }

  @Get('holidays')
  @RequirePermission('collection-accounts:read')
  @ZodQuery(HolidaysQuery)
  @ZodResponse(HolidayListSchema)
  async holidays(@Query() q: HolidaysQueryInput, @Req() req: RequestWithPrincipal) {
    const year = q.year ?? Number(saoPauloDate(new Date()).slice(0, 4));
    const local = (await this.settings.localHolidays(principalOf(req).companyId)).filter((h) => h.date.startsWith(`${year}-`));
    return {
      year,
      items: [...nationalBankHolidays(year).map((h) => ({ ...h, scope: 'national' as const })), ...local.map((h) => ({ ...h, scope: 'local' as const }))].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      ),
    };
  }

  @Post('holidays')
  @HttpCode(201)
  @RequirePermission('collection-accounts:write')
  @ZodBody(HolidayBody)
  @ZodResponse(HolidayViewSchema, 201)
  async addHoliday(@Body() body: HolidayInput, @Req() req: RequestWithPrincipal) {
    await this.settings.addHoliday(principalOf(req).companyId, body.date, body.name);
    return { ...body, scope: 'local' };
  }

  @Delete('holidays/:date')
  @HttpCode(204)
  @RequirePermission('collection-accounts:write')
  async removeHoliday(@Param('date') date: string, @Req() req: RequestWithPrincipal) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !(await this.settings.removeHoliday(principalOf(req).companyId, date))) throw notFound('Local holiday', date);
  }
}

responseMatches<SameShape<z.infer<typeof BillingSettingsViewSchema>, Awaited<ReturnType<BillingSettingsController['get']>>>>();
responseMatches<SameShape<z.infer<typeof HolidayListSchema>, Awaited<ReturnType<BillingSettingsController['holidays']>>>>();
