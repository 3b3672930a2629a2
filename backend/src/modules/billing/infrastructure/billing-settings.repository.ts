import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import { BusinessCalendar } from '../domain/business-calendar.js';
import { DEFAULT_LATE_CHARGE_RULES, type LateChargeRules } from '../domain/late-charges.js';

export interface BillingSettings {
  rules: LateChargeRules;
  /** Days a PIX cobv stays payable after the due date (validadeAposVencimento). */
  pixValidAfterDueDays: number;
  /** Credit the days a contract was suspended for delinquency on its next invoice (Anatel RGC; default true). */
  creditDelinquencySuspendedDays: boolean;
}

/** Company billing settings (fine, interest, grace, discount) and local holidays: plain reference data. */
@Injectable()
export class BillingSettingsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async get(companyId: string, exec: SqlExecutor = this.db): Promise<BillingSettings> {
    const r = await exec.query<{ fine_bp: number; interest_monthly_bp: number; grace_days: number; early_discount: LateChargeRules['earlyDiscount'] | null; pix_valid_after_due_days: number; credit_delinquency_suspended_days: boolean }>(
      'SELECT fine_bp, interest_monthly_bp, grace_days, early_discount, pix_valid_after_due_days, credit_delinquency_suspended_days FROM billing_settings WHERE company_id = $1',
      [companyId],
    );
    const row = r.rows[0];
    if (!row) return { rules: { ...DEFAULT_LATE_CHARGE_RULES }, pixValidAfterDueDays: 60, creditDelinquencySuspendedDays: true };
    const rules: LateChargeRules = { finePercentBp: row.fine_bp, interestMonthlyBp: row.interest_monthly_bp, graceDays: row.grace_days };
    if (row.early_discount) rules.earlyDiscount = row.early_discount;
    return { rules, pixValidAfterDueDays: row.pix_valid_after_due_days, creditDelinquencySuspendedDays: row.credit_delinquency_suspended_days };
  }

  async put(companyId: string, s: BillingSettings): Promise<void> {
    await this.db.query(
      `INSERT INTO billing_settings (company_id, fine_bp, interest_monthly_bp, grace_days, early_discount, pix_valid_after_due_days, credit_delinquency_suspended_days, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (company_id) DO UPDATE SET fine_bp = EXCLUDED.fine_bp, interest_monthly_bp = EXCLUDED.interest_monthly_bp, grace_days = EXCLUDED.grace_days,
         early_discount = EXCLUDED.early_discount, pix_valid_after_due_days = EXCLUDED.pix_valid_after_due_days,
         credit_delinquency_suspended_days = EXCLUDED.credit_delinquency_suspended_days, updated_at = now()`,
      [companyId, s.rules.finePercentBp, s.rules.interestMonthlyBp, s.rules.graceDays, s.rules.earlyDiscount ? JSON.stringify(s.rules.earlyDiscount) : null, s.pixValidAfterDueDays, s.creditDelinquencySuspendedDays],
    );
  }

  async localHolidays(companyId: string, exec: SqlExecutor = this.db): Promise<Array<{ date: string; name: string }>> {
    const r = await exec.query<{ date: string; name: string }>('SELECT date::text AS date, name FROM billing_holidays WHERE company_id = $1 ORDER BY date', [companyId]);
    return r.rows;
  }

  async addHoliday(companyId: string, date: string, name: string): Promise<void> {
    await this.db.query('INSERT INTO billing_holidays (company_id, date, name) VALUES ($1, $2, $3) ON CONFLICT (company_id, date) DO UPDATE SET name = EXCLUDED.name', [companyId, date, name]);
  }

  async removeHoliday(companyId: string, date: string): Promise<boolean> {
    const r = await this.db.query('DELETE FROM billing_holidays WHERE company_id = $1 AND date = $2 RETURNING date', [companyId, date]);
    return r.rows.length > 0;
  }

  async calendar(companyId: string, exec: SqlExecutor = this.db): Promise<BusinessCalendar> {
    return new BusinessCalendar((await this.localHolidays(companyId, exec)).map((h) => h.date));
  }
}
