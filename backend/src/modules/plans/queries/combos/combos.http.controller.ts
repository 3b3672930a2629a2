import { Controller, Get, Inject, Param, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ComboListSchema, ComboViewSchema } from './combo.schemas.js';

export const ListCombosQueryString = z.object({ active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });

export interface ComboView {
  id: string;
  name: string;
  planId: string;
  addOnIds: string[];
  priceCents: number;
  version: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, name, plan_id AS "planId", add_on_ids AS "addOnIds", price_cents AS "priceCents", version, active, created_at AS "createdAt", updated_at AS "updatedAt"`;
const toView = (row: Record<string, unknown>): ComboView => ({ ...(row as unknown as ComboView), priceCents: Number(row.priceCents), version: Number(row.version) });

/** Reads the combo catalogue of the caller's company. */
export async function findCombo(db: Database, companyId: string, id: string): Promise<ComboView | null> {
  const r = await db.query<Record<string, unknown>>(`SELECT ${COLUMNS} FROM plans_combos WHERE id = $1 AND company_id = $2`, [id, companyId]);
  return r.rows[0] ? toView(r.rows[0]) : null;
}

@ApiTags('combos')
@Controller('v1/combos')
export class ComboQueriesController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  @RequirePermission('plans:read')
  @ZodQuery(ListCombosQueryString)
  @ZodResponse(ComboListSchema)
  async list(@QueryParams() q: z.infer<typeof ListCombosQueryString>, @Req() req: RequestWithPrincipal): Promise<{ items: ComboView[] }> {
    const r = await this.db.query<Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM plans_combos WHERE company_id = $1 AND ($2::boolean IS NULL OR active = $2) ORDER BY name, id`,
      [principalOf(req).companyId, q.active ?? null],
    );
    return { items: r.rows.map(toView) };
  }

  @Get(':id')
  @RequirePermission('plans:read')
  @ZodResponse(ComboViewSchema)
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal): Promise<ComboView> {
    const c = await findCombo(this.db, principalOf(req).companyId, id);
    if (!c) throw notFound('Combo', id);
    return c;
  }
}
