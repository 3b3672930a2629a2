import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { BUILT_IN_LADDER, validateLadder, type Ladder } from '../domain/ladder.js';

interface Row { id: string; name: string; is_default: boolean; plan_ids: string[]; steps: Ladder['steps']; suspension_notice: Ladder['suspensionNotice']; trust_unblock: Ladder['trustUnblock'] }
const COLUMNS = 'id, name, is_default, plan_ids, steps, suspension_notice, trust_unblock';
const toLadder = (r: Row): Ladder => ({ id: r.id, name: r.name, isDefault: r.is_default, planIds: r.plan_ids, steps: r.steps, suspensionNotice: r.suspension_notice, trustUnblock: r.trust_unblock });

export type LadderInput = Omit<Ladder, 'id'>;

/** Ladders are company reference data; each applied step copies what it used into its event. */
@Injectable()
export class LaddersRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(companyId: string): Promise<Ladder[]> {
    return (await this.db.query<Row>(`SELECT ${COLUMNS} FROM collections_ladders WHERE company_id = $1 ORDER BY is_default DESC, name`, [companyId])).rows.map(toLadder);
  }

  async get(companyId: string, id: string): Promise<Ladder | null> {
    const r = await this.db.query<Row>(`SELECT ${COLUMNS} FROM collections_ladders WHERE company_id = $1 AND id = $2`, [companyId, id]);
    return r.rows[0] ? toLadder(r.rows[0]) : null;
  }

  /** Which ladder a contract of `planId` follows: the plan's, else the company default, else the built-in one. */
  async resolver(companyId: string): Promise<(planId: string | null) => Ladder> {
    const all = await this.list(companyId);
    const fallback = all.find((l) => l.isDefault) ?? BUILT_IN_LADDER;
    return (planId) => (planId ? all.find((l) => l.planIds.includes(planId)) : undefined) ?? fallback;
  }

  async save(companyId: string, input: LadderInput, id: string = randomUUID()): Promise<Ladder> {
    const l = validateLadder(input);
    await this.db.transaction(async (tx) => {
      if (l.isDefault) await tx.query('UPDATE collections_ladders SET is_default = false WHERE company_id = $1 AND id <> $2', [companyId, id]);
      await tx.query(
        `INSERT INTO collections_ladders (id, company_id, name, is_default, plan_ids, steps, suspension_notice, trust_unblock) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, is_default = EXCLUDED.is_default, plan_ids = EXCLUDED.plan_ids, steps = EXCLUDED.steps,
           suspension_notice = EXCLUDED.suspension_notice, trust_unblock = EXCLUDED.trust_unblock, updated_at = now()`,
        [id, companyId, l.name, l.isDefault, JSON.stringify(l.planIds), JSON.stringify(l.steps), JSON.stringify(l.suspensionNotice), JSON.stringify(l.trustUnblock)],
      );
    });
    return { id, ...l };
  }

  async remove(companyId: string, id: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM collections_ladders WHERE company_id = $1 AND id = $2 RETURNING id', [companyId, id])).rows.length > 0;
  }
}
