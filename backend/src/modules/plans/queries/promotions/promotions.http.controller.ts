import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Database } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { PromotionListSchema, PromotionViewSchema } from '../plan-catalogue/plan.schemas.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { notFound } from '../../../../platform/http/domain-problem.js';

const COLUMNS = `id, name, discount, months, eligibility, starts_on::text AS "startsOn", ends_on::text AS "endsOn", created_at AS "createdAt", updated_at AS "updatedAt"`;

export async function findPromotion(db: Database, companyId: string, id: string) {
  const r = await db.query(`SELECT ${COLUMNS} FROM plans_promotions WHERE id = $1 AND company_id = $2`, [id, companyId]);
  return (r.rows[0] as Record<string, unknown> | undefined) ?? null;
}

@ApiTags('promotions')
@Controller('v1/promotions')
export class PromotionQueriesController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  @ZodResponse(PromotionListSchema)
  @RequirePermission('plans:read')
  async list(@Req() req: RequestWithPrincipal) {
    const r = await this.db.query(`SELECT ${COLUMNS} FROM plans_promotions WHERE company_id = $1 ORDER BY starts_on DESC, name, id`, [principalOf(req).companyId]);
    return { items: r.rows };
  }

  @Get(':id')
  @ZodResponse(PromotionViewSchema)
  @RequirePermission('plans:read')
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const p = await findPromotion(this.db, principalOf(req).companyId, id);
    if (!p) throw notFound('Promotion', id);
    return p;
  }
}
