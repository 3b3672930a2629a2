import { Controller, Get, Inject, Param, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { AddOnListSchema, AddOnViewSchema } from '../plan-catalogue/plan.schemas.js';
import { notFound } from '../../../../platform/http/domain-problem.js';

export const ListAddOnsQueryString = z.object({ active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

const COLUMNS = `id, name, category, price_cents AS "priceCents", version, active, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Reads the add-on catalogue of the caller's company. */
export async function findAddOn(db: Database, companyId: string, id: string) {
  const r = await db.query(`SELECT ${COLUMNS} FROM plans_add_ons WHERE id = $1 AND company_id = $2`, [id, companyId]);
  const row = r.rows[0] as Record<string, unknown> | undefined;
  return row ? { ...row, priceCents: Number(row.priceCents) } : null;
}

@ApiTags('add-ons')
@Controller('v1/add-ons')
export class AddOnQueriesController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  @ZodResponse(AddOnListSchema)
  @RequirePermission('plans:read')
  @ZodQuery(ListAddOnsQueryString)
  async list(@QueryParams() q: z.infer<typeof ListAddOnsQueryString>, @Req() req: RequestWithPrincipal) {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM plans_add_ons WHERE company_id = $1 AND ($2::boolean IS NULL OR active = $2) ORDER BY name, id`,
      [principalOf(req).companyId, q.active ?? null],
    );
    return { items: r.rows.map((row) => ({ ...row, priceCents: Number(row.priceCents) })) };
  }

  @Get(':id')
  @ZodResponse(AddOnViewSchema)
  @RequirePermission('plans:read')
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const a = await findAddOn(this.db, principalOf(req).companyId, id);
    if (!a) throw notFound('Add-on', id);
    return a;
  }
}
