import type { INestApplicationContext } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../platform/database/tokens.js';
import { saoPauloDate } from '../shared-kernel/business-date.js';
import { DEFAULT_COMPANY_ID } from '../modules/identity/domain/company.events.js';
import { nextCompetence } from '../modules/billing/domain/monthly-invoice.js';
import { BooksRepository } from '../modules/finance/books/books.repository.js';

/**
 * Demo finance: suppliers and the bills of the month the demo billing run invoices (next month), so the DRE
 * of that month has revenue, deductions, costs and expenses; the link is a recurring bill. Idempotent: skipped
 * when the company has any bill.
 */
export async function seedDemoFinance(app: INestApplicationContext): Promise<{ month: string; bills: number } | null> {
  const books = app.get(BooksRepository);
  const db = app.get<Database>(DATABASE);
  const c = DEFAULT_COMPANY_ID;
  if ((await db.query('SELECT 1 FROM finance_payables WHERE company_id = $1 LIMIT 1', [c])).rows.length) return null;
  const month = nextCompetence(saoPauloDate(new Date()).slice(0, 7));
  const chart = await books.accounts(c);
  const acc = (key: string) => chart.find((a) => a.systemKey === key)!.id;
  const transit = await books.addSupplier(c, { name: 'Trânsito IP Brasil Ltda', document: '11444777000161' });
  const energy = await books.addSupplier(c, { name: 'Companhia Energética Demo', document: '11222333000181' });
  await books.addRecurringBill(c, { supplierId: transit.id, description: 'Link de trânsito IP 10 Gbps', accountId: acc('cost.link'), amountCents: 1_250_000, dueDay: 10, startMonth: month });
  await books.generateRecurring(c, month);
  const bills: Array<{ key: string; description: string; cents: number; supplierId?: string; instalments?: number }> = [
    { key: 'deduction.taxes', description: 'Simples Nacional (DAS)', cents: 389_000 },
    { key: 'cost.network-maintenance', description: 'Manutenção de rede — fusões e postes', cents: 240_000 },
    { key: 'cost.depreciation', description: 'Depreciação de OLTs e ONUs', cents: 180_000 },
    { key: 'expense.personnel', description: 'Folha de pagamento', cents: 1_450_000 },
    { key: 'expense.administrative', description: 'Energia elétrica da sede', cents: 86_000, supplierId: energy.id },
    { key: 'expense.administrative', description: 'Aluguel da sede', cents: 350_000 },
  ];
  for (const b of bills) {
    await books.addPayable(c, {
      supplierId: b.supplierId, description: b.description, accountId: acc(b.key), competence: month, issueDate: `${month}-01`,
      instalments: [{ dueDate: `${month}-15`, amountCents: b.cents }],
    });
  }
  return { month, bills: bills.length + 1 };
}
