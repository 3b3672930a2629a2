import { Inject, Injectable } from '@nestjs/common';
import type { Database, SqlExecutor, Transaction } from '@netprovider/event-store';
import { DATABASE } from '../../../platform/database/tokens.js';
import type { CollectionAccount } from '../domain/collection-account.js';

interface Row {
  id: string; name: string; bank_code: string; agency: string; agency_digit: string | null; account: string; account_digit: string | null;
  agreement: string | null; wallet: string | null; station: string | null; cnab_layout: number; pix_key: string | null; pix_mode: string;
  pix_merchant_city: string; beneficiary_name: string; beneficiary_document: string; is_default: boolean; active: boolean; next_nosso_numero: string | number;
}

export type CollectionAccountRecord = CollectionAccount & { nextNossoNumero: number };

const toAccount = (r: Row): CollectionAccountRecord => ({
  id: r.id, name: r.name, bankCode: r.bank_code, agency: r.agency, agencyDigit: r.agency_digit, account: r.account, accountDigit: r.account_digit,
  agreement: r.agreement, wallet: r.wallet, station: r.station, cnabLayout: r.cnab_layout as 240 | 400, pixKey: r.pix_key,
  pixMode: r.pix_mode as CollectionAccount['pixMode'], pixMerchantCity: r.pix_merchant_city, beneficiaryName: r.beneficiary_name,
  beneficiaryDocument: r.beneficiary_document, isDefault: r.is_default, active: r.active, nextNossoNumero: Number(r.next_nosso_numero),
});

/** Carteiras de cobrança and their nosso-número sequences. */
@Injectable()
export class CollectionAccountsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(companyId: string): Promise<CollectionAccountRecord[]> {
    const r = await this.db.query<Row>('SELECT * FROM billing_collection_accounts WHERE company_id = $1 ORDER BY created_at', [companyId]);
    return r.rows.map(toAccount);
  }

  async get(companyId: string, id: string, exec: SqlExecutor = this.db): Promise<CollectionAccountRecord | null> {
    const r = await exec.query<Row>('SELECT * FROM billing_collection_accounts WHERE company_id = $1 AND id = $2', [companyId, id]);
    return r.rows[0] ? toAccount(r.rows[0]) : null;
  }

  /** The account new invoices use: the active default, else the oldest active one. */
  async defaultFor(companyId: string, exec: SqlExecutor = this.db): Promise<CollectionAccountRecord | null> {
    const r = await exec.query<Row>(
      'SELECT * FROM billing_collection_accounts WHERE company_id = $1 AND active ORDER BY is_default DESC, created_at LIMIT 1',
      [companyId],
    );
    return r.rows[0] ? toAccount(r.rows[0]) : null;
  }

  async insert(companyId: string, a: CollectionAccount, firstNossoNumero: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (a.isDefault) await tx.query('UPDATE billing_collection_accounts SET is_default = false WHERE company_id = $1', [companyId]);
      await tx.query(
        `INSERT INTO billing_collection_accounts (id, company_id, name, bank_code, agency, agency_digit, account, account_digit, agreement, wallet, station,
           cnab_layout, pix_key, pix_mode, pix_merchant_city, beneficiary_name, beneficiary_document, next_nosso_numero, is_default, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
        [a.id, companyId, a.name, a.bankCode, a.agency, a.agencyDigit, a.account, a.accountDigit, a.agreement, a.wallet, a.station, a.cnabLayout,
          a.pixKey, a.pixMode, a.pixMerchantCity, a.beneficiaryName, a.beneficiaryDocument, firstNossoNumero, a.isDefault, a.active],
      );
    });
  }

  async update(companyId: string, id: string, patch: { name?: string; pixKey?: string | null; pixMode?: string; pixMerchantCity?: string; isDefault?: boolean; active?: boolean }): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (patch.isDefault) await tx.query('UPDATE billing_collection_accounts SET is_default = false WHERE company_id = $1', [companyId]);
      await tx.query(
        `UPDATE billing_collection_accounts SET name = COALESCE($3, name), pix_key = CASE WHEN $4::boolean THEN $5 ELSE pix_key END,
           pix_mode = COALESCE($6, pix_mode), pix_merchant_city = COALESCE($7, pix_merchant_city), is_default = COALESCE($8, is_default),
           active = COALESCE($9, active), updated_at = now()
         WHERE company_id = $1 AND id = $2`,
        [companyId, id, patch.name ?? null, patch.pixKey !== undefined, patch.pixKey ?? null, patch.pixMode ?? null, patch.pixMerchantCity ?? null, patch.isDefault ?? null, patch.active ?? null],
      );
    });
  }

  /**
   * Takes `count` consecutive nosso números inside the caller's transaction: the row lock serialises
   * concurrent issuers, and a rolled-back transaction gives its numbers back, so the sequence has no gaps
   * and no number is ever used twice.
   */
  async allocateNossoNumeros(tx: Transaction, accountId: string, count: number): Promise<number> {
    const r = await tx.query<{ first: string | number }>(
      'UPDATE billing_collection_accounts SET next_nosso_numero = next_nosso_numero + $2 WHERE id = $1 RETURNING next_nosso_numero - $2 AS first',
      [accountId, count],
    );
    return Number(r.rows[0]!.first);
  }

  async nextRemittanceSequence(tx: Transaction, accountId: string): Promise<number> {
    const r = await tx.query<{ seq: number }>('UPDATE billing_collection_accounts SET remittance_sequence = remittance_sequence + 1 WHERE id = $1 RETURNING remittance_sequence AS seq', [accountId]);
    return Number(r.rows[0]!.seq);
  }
}

/** Invoice numbers: one gap-free sequence per company, allocated in the issuing transaction. */
export async function allocateInvoiceNumbers(tx: Transaction, companyId: string, count: number): Promise<number> {
  const r = await tx.query<{ first: string | number }>(
    `INSERT INTO billing_sequences (company_id, name, next_value) VALUES ($1, 'invoice', 1 + $2)
     ON CONFLICT (company_id, name) DO UPDATE SET next_value = billing_sequences.next_value + $2
     RETURNING next_value - $2 AS first`,
    [companyId, count],
  );
  return Number(r.rows[0]!.first);
}
