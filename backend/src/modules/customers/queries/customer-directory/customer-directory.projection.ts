import type { EventStore, InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { customerDecider, customerStreamId, type CustomerState } from '../../domain/customer.decider.js';
import type { CustomerEvent, CustomerEventType } from '../../domain/customer.events.js';
import { CustomerCrypto, searchableName } from '../../infrastructure/customer-crypto.js';

const TYPES: readonly CustomerEventType[] = [
  'CustomerRegistered', 'CustomerDetailsUpdated', 'CustomerContactUpdated', 'CustomerAddressAdded', 'CustomerAddressChanged', 'CustomerAddressRemoved',
  'CustomerTagged', 'CustomerUntagged', 'CustomerNoteAdded', 'GuarantorSet', 'GuarantorRemoved', 'ConsentGranted', 'ConsentRevoked',
  'CustomerDocumentAttached', 'CustomerErasureRequested', 'PersonalDataExportRequested', 'CustomerErased',
];

/** What the directory keeps encrypted: everything a list or a lookup shows besides the name. */
export interface DirectoryPersonal {
  document: string;
  tradeName?: string;
  emails: string[];
  phones: Array<{ number: string; whatsapp: boolean }>;
}

/**
 * The customer directory, written in the append transaction: each touched customer is folded from its
 * stream (within the transaction, so it includes the new events) and upserted. A duplicate document in the
 * company violates customers_directory_document and rolls the whole append back.
 */
export function customerDirectoryProjection(store: EventStore, crypto: CustomerCrypto): InlineProjection {
  return {
    name: 'customers-directory',
    eventTypes: TYPES,
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      const streams = new Map<string, RecordedEvent>();
      for (const e of events) streams.set(e.streamId, e); // last event per stream
      for (const [streamId, last] of streams) {
        const customerId = (last.data as CustomerEvent['data']).customerId;
        if (streamId !== customerStreamId(customerId)) continue;
        const { state, version } = await store.aggregateStream<CustomerState, RecordedEvent>(
          streamId,
          (s, e) => customerDecider.evolve(s, { type: e.type, data: e.data } as CustomerEvent),
          customerDecider.initialState,
          { tx },
        );
        await upsert(tx, crypto, state, version, last);
      }
    },
  };
}

/** Distinct CEPs of the customer's addresses, blind-indexed. */
export const zipCodeHashes = (crypto: CustomerCrypto, s: CustomerState): string[] =>
  [...new Set((s.addresses ?? []).map((a) => a.zipCode))].map((z) => crypto.zipCodeIndex(z));

/**
 * Rows written before customers/0002 have no CEP index (NULL): computed from their streams, in batches. Runs
 * at boot; a no-op (one indexed query) once done.
 */
export async function backfillZipCodeHashes(store: EventStore, crypto: CustomerCrypto): Promise<number> {
  let done = 0;
  for (;;) {
    const r = await store.db.query<{ id: string }>('SELECT id FROM customers_directory WHERE zip_code_hashes IS NULL LIMIT 200');
    if (r.rows.length === 0) return done;
    for (const { id } of r.rows) {
      const { state } = await store.aggregateStream<CustomerState, RecordedEvent>(
        customerStreamId(id),
        (s, e) => customerDecider.evolve(s, { type: e.type, data: e.data } as CustomerEvent),
        customerDecider.initialState,
      );
      await store.db.query('UPDATE customers_directory SET zip_code_hashes = $2 WHERE id = $1', [id, state.status === 'erased' ? [] : zipCodeHashes(crypto, state)]);
      done++;
    }
  }
}

async function upsert(tx: Transaction, crypto: CustomerCrypto, s: CustomerState, version: number, last: RecordedEvent): Promise<void> {
  const at = last.recordedAt.toISOString();
  const erased = s.status === 'erased';
  const personal: DirectoryPersonal | null = erased
    ? null
    : { document: s.document, ...(s.tradeName ? { tradeName: s.tradeName } : {}), emails: s.emails ?? [], phones: s.phones ?? [] };
  await tx.query(
    `INSERT INTO customers_directory (id, company_id, kind, status, name, name_search, pseudonym, personal_enc, document_hash, email_hashes, phone_hashes,
       tags, version, created_at, updated_at, zip_code_hashes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15)
     ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, name = EXCLUDED.name, name_search = EXCLUDED.name_search, pseudonym = EXCLUDED.pseudonym,
       personal_enc = EXCLUDED.personal_enc, document_hash = EXCLUDED.document_hash, email_hashes = EXCLUDED.email_hashes,
       phone_hashes = EXCLUDED.phone_hashes, tags = EXCLUDED.tags, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
       zip_code_hashes = EXCLUDED.zip_code_hashes`,
    [
      s.customerId,
      last.metadata.companyId,
      s.kind,
      s.status,
      erased ? null : s.name,
      erased ? null : searchableName(s.name),
      erased ? s.name : null,
      personal ? crypto.encrypt(personal) : null,
      erased ? null : crypto.documentIndex(s.document),
      erased ? [] : (s.emails ?? []).map((e) => crypto.emailIndex(e)),
      erased ? [] : (s.phones ?? []).map((p) => crypto.phoneIndex(p.number)),
      s.tags,
      version,
      at,
      erased ? [] : zipCodeHashes(crypto, s),
    ],
  );
}
