import type { SqlExecutor } from '@netprovider/event-store';
import { DEFAULT_CHART } from '../domain/chart-of-accounts.js';

export const cashAccountId = (companyId: string) => `cash-${companyId}`;
export const receiptsAccountId = (companyId: string) => `bank-${companyId}`;

/**
 * A company's finance starts with the default chart of accounts, a cash box ("Caixa": cash taken at the
 * counter) and a bank account for receipts ("Banco — recebimentos": boleto, PIX, card and transfer receipts
 * whose collection account is not linked to another bank account). Idempotent.
 */
export async function ensureFinanceDefaults(exec: SqlExecutor, companyId: string): Promise<void> {
  await exec.query(
    `INSERT INTO finance_accounts (id, company_id, code, name, kind, system_key)
     SELECT 'acc-' || $1 || '-' || x.code, $1, x.code, x.name, x.kind, x.system_key FROM jsonb_to_recordset($2::jsonb) AS x(code text, name text, kind text, system_key text)
     ON CONFLICT DO NOTHING`,
    [companyId, JSON.stringify(DEFAULT_CHART.map((a) => ({ code: a.code, name: a.name, kind: a.kind, system_key: a.systemKey })))],
  );
  await exec.query(
    `INSERT INTO finance_bank_accounts (id, company_id, name, kind, default_for) VALUES ($1, $3, 'Caixa', 'cash', 'cash'), ($2, $3, 'Banco — recebimentos', 'bank', 'receipts')
     ON CONFLICT DO NOTHING`,
    [cashAccountId(companyId), receiptsAccountId(companyId), companyId],
  );
}
