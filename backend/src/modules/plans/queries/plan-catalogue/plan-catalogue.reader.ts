import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import type { PlanTerms } from '../../domain/plan.events.js';

export interface PlanView {
  id: string;
  name: string;
  active: boolean;
  /** The current version: what new sales get. */
  version: number;
  terms: PlanTerms;
  versions: Array<{ version: number; terms: PlanTerms; publishedAt: string }>;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  name: string;
  active: boolean;
  version: number;
  terms: PlanTerms;
  versions: PlanView['versions'];
  created_at: Date | string;
  updated_at: Date | string;
}

const toView = (r: Row): PlanView => ({
  id: r.id,
  name: r.name,
  active: r.active,
  version: Number(r.version),
  terms: r.terms,
  versions: r.versions,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Reads the catalogue read model, always within the caller's company. */
@Injectable()
export class PlanCatalogueReader {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async get(companyId: string, planId: string): Promise<PlanView | null> {
    const r = await this.db.query<Row>('SELECT * FROM plans_catalogue WHERE id = $1 AND company_id = $2', [planId, companyId]);
    return r.rows[0] ? toView(r.rows[0]) : null;
  }

  async list(companyId: string, filter: { active?: boolean }): Promise<PlanView[]> {
    const r = await this.db.query<Row>(
      `SELECT * FROM plans_catalogue WHERE company_id = $1 AND ($2::boolean IS NULL OR active = $2) ORDER BY name, id`,
      [companyId, filter.active ?? null],
    );
    return r.rows.map(toView);
  }
}
