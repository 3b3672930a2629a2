import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { systemMetadata } from '../platform/auth/command-context.js';
import { saoPauloDate } from '../shared-kernel/business-date.js';
import { DEFAULT_COMPANY_ID } from '../modules/identity/domain/company.events.js';
import { CollectionAccountsRepository } from '../modules/billing/infrastructure/collection-accounts.repository.js';
import { BillingRunWorker } from '../modules/billing/processors/billing-run.worker.js';
import { nextCompetence } from '../modules/billing/domain/monthly-invoice.js';

/**
 * Demo billing: a Banco do Brasil carteira with a PIX key, and next month's billing run requested and approved
 * (the billing-runs reactor issues the invoices in the background). Idempotent: skipped when an account exists.
 */
export async function seedDemoBilling(app: INestApplicationContext): Promise<{ account: string; run: string } | null> {
  const accounts = app.get(CollectionAccountsRepository);
  if ((await accounts.list(DEFAULT_COMPANY_ID)).length) return null;
  const account = {
    id: randomUUID(), name: 'Banco do Brasil — cobrança', bankCode: '001', agency: '3459', agencyDigit: '2', account: '12345678', accountDigit: '9',
    agreement: '3128557', wallet: '17', station: null, cnabLayout: 240 as const, pixKey: 'financeiro@provedor-demo.com.br', pixMode: 'static' as const,
    pixMerchantCity: 'BELO HORIZONTE', beneficiaryName: 'Provedor Demo Telecom Ltda', beneficiaryDocument: '11222333000181', isDefault: true, active: true,
  };
  await accounts.insert(DEFAULT_COMPANY_ID, account, 1);
  const worker = app.get(BillingRunWorker);
  const runId = randomUUID();
  const competence = nextCompetence(saoPauloDate(new Date()).slice(0, 7));
  const meta = systemMetadata(DEFAULT_COMPANY_ID, { correlationId: 'demo-seed' });
  await worker.runs.handle(runId, { type: 'RequestBillingRun', data: { runId, competence, dueDayFrom: 1, dueDayTo: 31, at: new Date().toISOString() } }, meta);
  // The billing-runs reactor computes the preview (calling it here too would race it on PostgreSQL).
  for (let i = 0; i < 600 && (await worker.runs.load(runId)).state.status === 'previewing'; i++) await new Promise((r) => setTimeout(r, 100));
  await worker.runs.handle(runId, { type: 'ApproveBillingRun', data: { at: new Date().toISOString() } }, meta);
  return { account: account.id, run: runId };
}
