/**
 * Bulk loader for the customer search bench. It writes exactly what POST /api/v1/customers writes, only in
 * batches: the request body goes through the same zod schema and `toRegisterCustomerCommand`, the decider
 * produces the CustomerRegistered event, our EventStore (from source, with the customers personal-data
 * policies and the same master key as the server) appends it with `appendMany` (subject key + field
 * encryption as in production), and a bench-side inline projection writes the customers_directory rows in
 * the same transaction with the same values as `customer-directory.projection.ts#upsert` (CustomerCrypto's
 * blind indexes and AES-GCM, `searchableName`), but as one multi-row INSERT per batch instead of one
 * aggregateStream + upsert per customer. Streams are new, so folding the batch's own events equals folding
 * the stream from the database.
 */
import { randomUUID } from 'node:crypto';
import { cpf } from '../../packages/br-docs/src/index.js';
import { EventStore, PostgresDatabase, type EventMetadata, type InlineProjection, type NewEvent, type RecordedEvent, type Transaction } from '../../packages/event-store/src/index.js';
import { customerDecider, customerStreamId, type CustomerState } from '../../backend/src/modules/customers/domain/customer.decider.js';
import type { CustomerEvent } from '../../backend/src/modules/customers/domain/customer.events.js';
import { customerPersonalData } from '../../backend/src/modules/customers/domain/customer.personal-data.js';
import { registerCustomerRequestSchema, toRegisterCustomerCommand } from '../../backend/src/modules/customers/domain/customer.validation.js';
import { CustomerCrypto, searchableName } from '../../backend/dist/modules/customers/infrastructure/customer-crypto.js';
import { zipCodeHashes } from '../../backend/dist/modules/customers/queries/customer-directory/customer-directory.projection.js';
import type { Config } from '../../backend/src/platform/config/config.js';

export const FIRST = [
  'Maria', 'José', 'João', 'Ana', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos', 'Luís', 'Gabriel', 'Rafael',
  'Francisca', 'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Raimundo', 'Rodrigo', 'Antônia', 'Adriana', 'Juliana', 'Márcia', 'Fernanda',
  'Patrícia', 'Aline', 'Sandra', 'Camila', 'Amanda', 'Bruna', 'Jéssica', 'Letícia', 'Júlia', 'Luciana', 'Vanessa', 'Mariana', 'Gustavo',
  'Sebastião', 'Conceição', 'Benedita', 'Irene', 'Otávio', 'Heloísa', 'Valéria', 'Cássio', 'Iara', 'Joaquim', 'Débora', 'Thaís', 'Vitória',
];
export const LAST = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins',
  'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes',
  'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Conceição', 'Magalhães',
  'Figueiredo', 'Assunção', 'Brandão', 'Falcão', 'Guimarães', 'Monteiro', 'Cavalcanti', 'Bezerra', 'Lacerda', 'Quintanilha', 'Albuquerque',
  'Pimentel', 'Tavares', 'Sampaio', 'Nogueira', 'Valadares', 'Bittencourt', 'Wanderley', 'Uchôa', 'Zanetti', 'Kowalski', 'Hashimoto',
];
const DDD = ['11', '12', '19', '21', '24', '27', '31', '34', '41', '43', '47', '48', '51', '54', '61', '62', '71', '75', '81', '85', '91', '92', '98'];

/** Deterministic PRNG (mulberry32) so every run loads the same population. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedCustomer {
  body: Record<string, unknown>;
  name: string;
  cpfMasked: string;
  phone: string;
}

export class CustomerGenerator {
  private readonly random: () => number;
  private readonly seen = new Set<string>();
  /**
   * `shard` splits the CPF space between loader processes (each keeps only CPFs whose 9-digit base is
   * ≡ index mod count), so they never draw the same CPF; `taken` are CPFs registered before (API).
   */
  constructor(seed = 42, private readonly shard: { index: number; count: number } = { index: 0, count: 1 }, taken: Iterable<string> = []) {
    this.random = rng(seed);
    for (const d of taken) this.seen.add(d);
  }
  /** CPFs generated so far (to hand to loaders started after this generator was used). */
  taken(): string[] {
    return [...this.seen];
  }
  private accept(doc: string): boolean {
    return !this.seen.has(doc) && Number(doc.slice(0, 9)) % this.shard.count === this.shard.index;
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }
  next(): GeneratedCustomer {
    let doc = cpf.generate(this.random);
    while (!this.accept(doc)) doc = cpf.generate(this.random);
    this.seen.add(doc);
    const r = this.random();
    const name = r < 0.6
      ? `${this.pick(FIRST)} ${this.pick(LAST)} ${this.pick(LAST)}`
      : r < 0.9 ? `${this.pick(FIRST)} ${this.pick(FIRST)} ${this.pick(LAST)} ${this.pick(LAST)}` : `${this.pick(FIRST)} ${this.pick(LAST)}`;
    const ddd = this.pick(DDD);
    const sub = '9' + String(Math.floor(this.random() * 1e8)).padStart(8, '0');
    const phone = `(${ddd}) ${sub.slice(0, 5)}-${sub.slice(5)}`;
    const cpfMasked = `${doc.slice(0, 3)}.${doc.slice(3, 6)}.${doc.slice(6, 9)}-${doc.slice(9)}`;
    const body: Record<string, unknown> = {
      kind: 'PF',
      name,
      document: this.random() < 0.5 ? cpfMasked : doc,
      phones: [{ number: phone, whatsapp: this.random() < 0.7 }],
      emails: this.random() < 0.6 ? [`${searchableName(name).replace(/ /g, '.')}.${doc.slice(0, 4)}@example.com.br`] : [],
      addresses: [],
    };
    return { body, name, cpfMasked, phone };
  }
}

/** customers_directory rows, same values as customer-directory.projection.ts#upsert, one INSERT per batch. */
function bulkDirectoryProjection(crypto: CustomerCrypto): InlineProjection {
  return {
    name: 'bench-customers-directory',
    eventTypes: ['CustomerRegistered'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      const byStream = new Map<string, RecordedEvent[]>();
      for (const e of events) {
        const list = byStream.get(e.streamId) ?? [];
        list.push(e);
        byStream.set(e.streamId, list);
      }
      const rows: unknown[] = [];
      for (const [, evs] of byStream) {
        let s: CustomerState = customerDecider.initialState();
        for (const e of evs) s = customerDecider.evolve(s, { type: e.type, data: e.data } as CustomerEvent);
        const last = evs[evs.length - 1]!;
        const at = last.recordedAt.toISOString();
        rows.push({
          id: s.customerId,
          company_id: last.metadata.companyId,
          kind: s.kind,
          status: s.status,
          name: s.name,
          name_search: searchableName(s.name),
          pseudonym: null,
          personal_enc: crypto.encrypt({ document: s.document, ...(s.tradeName ? { tradeName: s.tradeName } : {}), emails: s.emails ?? [], phones: s.phones ?? [] }),
          document_hash: crypto.documentIndex(s.document),
          email_hashes: (s.emails ?? []).map((e) => crypto.emailIndex(e)),
          phone_hashes: (s.phones ?? []).map((p) => crypto.phoneIndex(p.number)),
          zip_code_hashes: zipCodeHashes(crypto, s),
          tags: s.tags,
          version: last.streamVersion,
          created_at: at,
          updated_at: at,
        });
      }
      await tx.query(
        `INSERT INTO customers_directory (id, company_id, kind, status, name, name_search, pseudonym, personal_enc, document_hash, email_hashes,
           phone_hashes, tags, version, created_at, updated_at, zip_code_hashes)
         SELECT id, company_id, kind, status, name, name_search, pseudonym, personal_enc, document_hash, email_hashes, phone_hashes, tags,
           version, created_at, updated_at, zip_code_hashes
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, company_id text, kind text, status text, name text, name_search text, pseudonym text,
           personal_enc text, document_hash text, email_hashes text[], phone_hashes text[], tags text[], version integer,
           created_at timestamptz, updated_at timestamptz, zip_code_hashes text[])`,
        [JSON.stringify(rows)],
      );
    },
  };
}

export interface LoadOptions {
  url: string;
  masterKeyHex: string;
  metadata: EventMetadata;
  total: number;
  batch: number;
  concurrency: number;
  /** keep every n-th customer as a search sample */
  sampleEvery: number;
  deadlineMs: number;
  log: (m: string) => void;
  /** the generator that produced any customers registered before (keeps CPFs unique across both) */
  generator?: CustomerGenerator;
}

export interface LoadResult {
  loaded: number;
  ms: number;
  samples: GeneratedCustomer[];
  stoppedEarly: boolean;
}

export async function bulkLoad(o: LoadOptions): Promise<LoadResult> {
  const masterKey = Buffer.from(o.masterKeyHex, 'hex');
  const crypto = new CustomerCrypto({ masterKey } as unknown as Config);
  const db = new PostgresDatabase({ connectionString: o.url, max: o.concurrency + 1 });
  const store = new EventStore({ db, personalData: { masterKey, policies: {} } });
  for (const [type, policy] of Object.entries(customerPersonalData)) store.addPersonalDataPolicy(type, policy);
  store.addInlineProjection(bulkDirectoryProjection(crypto));
  const gen = o.generator ?? new CustomerGenerator();
  const samples: GeneratedCustomer[] = [];
  let produced = 0;
  let loaded = 0;
  const started = Date.now();
  let lastLog = started;
  const nextBatch = () => {
    const n = Math.min(o.batch, o.total - produced);
    const appends: Array<{ streamId: string; events: NewEvent[]; expectedVersion: 'no_stream' }> = [];
    for (let i = 0; i < n; i++) {
      const c = gen.next();
      if ((produced + i) % o.sampleEvery === 0) samples.push(c);
      const body = registerCustomerRequestSchema.parse(c.body);
      const customerId = randomUUID();
      const cmd = toRegisterCustomerCommand(body, { customerId, at: new Date().toISOString() });
      const events = customerDecider.decide(cmd, customerDecider.initialState()) as unknown as NewEvent[];
      for (const e of events) e.metadata = { correlationId: randomUUID() };
      appends.push({ streamId: customerStreamId(customerId), events, expectedVersion: 'no_stream' });
    }
    produced += n;
    return appends;
  };
  let stoppedEarly = false;
  const worker = async () => {
    for (;;) {
      if (produced >= o.total) return;
      if (Date.now() - started > o.deadlineMs) {
        stoppedEarly = true;
        return;
      }
      const appends = nextBatch();
      await store.appendMany(appends, { metadata: o.metadata });
      loaded += appends.length;
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        o.log(`  loaded ${loaded.toLocaleString('en-US')} (${Math.round(loaded / ((Date.now() - started) / 1000)).toLocaleString('en-US')}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const ms = Date.now() - started;
  await db.close();
  return { loaded, ms, samples, stoppedEarly };
}

/** Indexes that only serve search: dropped for a bulk load and built afterwards (not the unique document index). */
const SEARCH_INDEXES = ['customers_directory_order', 'customers_directory_name_trgm', 'customers_directory_emails', 'customers_directory_phones', 'customers_directory_zip_codes'];

export interface ParallelLoadResult extends LoadResult {
  /** Time to build the search indexes after the load. */
  indexMs: number;
  loaderProcesses: number;
  batch: number;
}

/**
 * `processes` loader processes (bench/lib/customer-load-worker.ts, each running `bulkLoad` on its share of the
 * total and of the CPF space), with the search-only indexes dropped during the load and rebuilt from their
 * own definitions afterwards.
 */
export async function bulkLoadParallel(
  o: Omit<LoadOptions, 'generator'> & { processes: number; seed: number; taken: string[] },
): Promise<ParallelLoadResult> {
  const { runChild } = await import('./common.js');
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: o.url });
  await admin.connect();
  try {
    const defs = (await admin.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY ($1)`, [SEARCH_INDEXES])).rows;
    for (const d of defs) await admin.query(`DROP INDEX ${d.indexname}`);
    o.log(`dropped ${defs.map((d) => d.indexname).join(', ')} for the load`);
    const started = Date.now();
    const share = Math.ceil(o.total / o.processes);
    const { log: _log, ...plain } = o;
    const parts = await Promise.all(
      Array.from({ length: o.processes }, (_, index) =>
        runChild<LoadResult>(new URL('./customer-load-worker.ts', import.meta.url).pathname, {
          ...plain, total: Math.min(share, o.total - index * share), shard: { index, count: o.processes }, seed: o.seed + index,
        }, 4 * 3600_000),
      ),
    );
    const ms = Date.now() - started;
    const t0 = Date.now();
    await admin.query(`SET maintenance_work_mem = '256MB'`);
    for (const d of defs) {
      const t = Date.now();
      await admin.query(d.indexdef);
      o.log(`built ${d.indexname} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    return {
      loaded: parts.reduce((n, p) => n + p.loaded, 0), ms, samples: parts.flatMap((p) => p.samples), stoppedEarly: parts.some((p) => p.stoppedEarly),
      indexMs: Date.now() - t0, loaderProcesses: o.processes, batch: o.batch,
    };
  } finally {
    await admin.end();
  }
}
