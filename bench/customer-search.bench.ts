/**
 * Customer search benchmark: GET /api/v1/customers?search=… over HTTP against the real server (built output,
 * `node backend/dist/main.js`) on a directory of up to 1,000,000 customers, next to the bare SQL the reader runs.
 *
 *   node scripts/build.mjs && npx tsx bench/customer-search.bench.ts     # or: node bench/run.mjs customer-search
 *   BENCH_CUSTOMERS=200000          target population (default 1,000,000)
 *   BENCH_LOAD_BUDGET_S=600         stop loading after this many seconds and measure what was loaded
 *   BENCH_QUERIES=300               measured queries per kind (after a warm-up)
 *   BENCH_LOADERS=2                 loader processes
 *   BENCH_DATABASE_URL=postgres://user@host:5432/postgres  (default: local trust postgres)
 *
 * Loading (bench/lib/customer-load.ts) replicates the registration path in bulk: same request schema, decider,
 * event store (personal-data encryption), metadata, and directory rows (blind indexes, AES-GCM, name_search).
 * A few customers are registered through the API first (API import rate, reference event/row to compare with).
 * Fresh database `np_bench_<ts>`, dropped at the end. Output: markdown on stdout + "## Customer search".
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CustomerCrypto, searchableName } from '../backend/dist/modules/customers/infrastructure/customer-crypto.js';
import { classifySearchTerm, COUNT_CAP, runSearch, searchStatements } from '../backend/dist/modules/customers/queries/customer-directory/customer-search.js';
import type { Config } from '../backend/src/platform/config/config.js';
import { isEncrypted } from '../packages/event-store/src/index.js';
import { adminToken, call, startBenchServer, type BenchServer } from './lib/bench-server.js';
import { CustomerGenerator, bulkLoadParallel, rng, type GeneratedCustomer } from './lib/customer-load.js';
import { createBenchDatabase, fmt, machineInfo, markdownTable, writeDocSection } from './lib/common.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const LOAD_BUDGET_S = Number(process.env.BENCH_LOAD_BUDGET_S ?? 600);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 2);
const WARMUP = Math.max(20, Math.round(QUERIES / 10));
const API_CUSTOMERS = Number(process.env.BENCH_API_CUSTOMERS ?? 300);
const PAGE_SIZE = 20;

const log = (msg: string) => process.stderr.write(`[customer-search bench] ${msg}\n`);
const started = Date.now();

/**
 * The reader's statements, run by the same function the reader uses (customer-search.ts#runSearch): the page
 * (LIMIT pageSize + 1), then, only when there is more, the planner's estimate and/or the capped count.
 * "Bare SQL" below runs this same sequence on one bare connection.
 */
async function readerSql(client: pg.Client, companyId: string, term: string, crypto: CustomerCrypto): Promise<{ statements: number; total: number }> {
  const run = (sql: string, params: unknown[]) => client.query(sql, params);
  const r = await runSearch(run as never, companyId, classifySearchTerm(term, crypto), { page: 1, pageSize: PAGE_SIZE });
  return { statements: r.statements, total: r.total };
}

type Kind = 'name' | 'cpf' | 'phone';
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** Search terms of each kind, from the loaded population (deterministic). */
function terms(samples: GeneratedCustomer[], n: number, seed: number): Record<Kind, string[]> {
  const r = rng(seed);
  const pick = () => samples[Math.floor(r() * samples.length)]!;
  const name: string[] = [], cpf: string[] = [], phone: string[] = [];
  for (let i = 0; i < n; i++) {
    // accent-free partial of one word of a real name: 'silv', 'concei', 'guimar'…
    const words = searchableName(pick().name).split(' ').filter((w) => w.length >= 4);
    const w = words[Math.floor(r() * words.length)]!;
    const len = Math.min(w.length, 4 + Math.floor(r() * 3));
    const from = r() < 0.7 ? 0 : Math.floor(r() * (w.length - len + 1));
    name.push(w.slice(from, from + len));
    cpf.push(pick().cpfMasked);
    phone.push(pick().phone);
  }
  return { name, cpf, phone };
}

async function main() {
  const machine = machineInfo();
  const benchDb = await createBenchDatabase(BASE_URL, ['fsync', 'synchronous_commit', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit']);
  const { name: dbName, url: dbUrl, pgVersion, pgSettings } = benchDb;
  log(`database ${dbName} (PostgreSQL ${pgVersion}); machine ${machine.nproc} cores, load ${machine.loadavg}`);

  let server: BenchServer | null = null;
  let client: pg.Client | null = null;
  try {
    server = await startBenchServer(dbUrl, log);
    const base = server.base;
    let { token, secret } = await adminToken(base);

    // (1) a few customers through the API: reference rows and the API import rate
    const apiGen = new CustomerGenerator(42);
    const apiCustomers = Array.from({ length: API_CUSTOMERS }, () => apiGen.next());
    let idx = 0;
    const apiStart = performance.now();
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (idx < apiCustomers.length) {
        const c = apiCustomers[idx++]!;
        const r = await call(base, '/api/v1/customers', { method: 'POST', token, json: c.body });
        if (r.status !== 201 && r.status !== 200) throw new Error(`register: ${r.status} ${r.text}`);
      }
    }));
    const apiRate = API_CUSTOMERS / ((performance.now() - apiStart) / 1000);
    log(`API registration: ${API_CUSTOMERS} customers, 8 concurrent requests: ${fmt(apiRate)} customers/s`);

    client = new pg.Client({ connectionString: dbUrl });
    client.on('error', (e) => log(`pg client: ${e}`));
    await client.connect();
    const ref = (await client.query(`SELECT e.metadata, e.data, d.company_id FROM es_events e JOIN customers_directory d ON e.stream_id = 'customer-' || d.id
      WHERE e.type = 'CustomerRegistered' ORDER BY e.global_position LIMIT 1`)).rows[0];
    const companyId = ref.company_id as string;
    const { correlationId: _c, piiSubject: _p, ...metadata } = ref.metadata as Record<string, unknown>;

    // (2) bulk load
    log(`bulk loading up to ${fmt(TARGET)} customers (budget ${LOAD_BUDGET_S} s)…`);
    const load = await bulkLoadParallel({
      url: dbUrl, masterKeyHex: server.masterKeyHex, metadata, total: TARGET, batch: 5000, concurrency: 2, processes: LOADERS,
      sampleEvery: 97, deadlineMs: LOAD_BUDGET_S * 1000, log, seed: 4242, taken: apiGen.taken(),
    });
    const loadRate = load.loaded / (load.ms / 1000);
    log(`loaded ${fmt(load.loaded)} in ${(load.ms / 1000).toFixed(0)} s: ${fmt(loadRate)} customers/s${load.stoppedEarly ? ' (stopped at the time budget)' : ''}`);

    // faithfulness: an API-written and a bulk-written customer side by side
    const shape = async (where: string) => {
      const r = (await client!.query(`SELECT e.data, e.metadata, d.* FROM es_events e JOIN customers_directory d ON e.stream_id = 'customer-' || d.id
        WHERE ${where} ORDER BY e.global_position LIMIT 1`)).rows[0];
      const keys = (o: Record<string, unknown>) => Object.keys(o).sort().join(',');
      const enc = (v: unknown) => (isEncrypted(v) ? 'encrypted' : Array.isArray(v) ? 'array' : typeof v);
      return {
        data: keys(r.data), dataEnc: Object.entries(r.data).map(([k, v]) => `${k}:${enc(v)}`).sort().join(','),
        meta: keys(r.metadata), cols: Object.entries(r).filter(([k]) => !['data', 'metadata'].includes(k)).map(([k, v]) => `${k}:${v === null ? 'null' : Array.isArray(v) ? 'array' : 'set'}`).join(','),
      };
    };
    const apiShape = await shape(`e.metadata->>'correlationId' IS NOT NULL AND e.global_position = (SELECT min(global_position) FROM es_events WHERE type = 'CustomerRegistered')`);
    const bulkShape = await shape(`e.global_position = (SELECT max(global_position) FROM es_events WHERE type = 'CustomerRegistered')`);
    const same = JSON.stringify(apiShape) === JSON.stringify(bulkShape);
    log(`event/row shape API vs bulk: ${same ? 'identical' : 'DIFFERENT'}\n  api:  ${JSON.stringify(apiShape)}\n  bulk: ${JSON.stringify(bulkShape)}`);

    log('VACUUM ANALYZE customers_directory…');
    await client.query('VACUUM (ANALYZE) customers_directory');
    // the server's async processors read the new events too: wait until they are idle before measuring
    const headPos = Number((await client.query('SELECT max(global_position) AS m FROM es_events')).rows[0].m);
    const waitStart = Date.now();
    let prev = '', still = 0;
    for (;;) {
      const cps = (await client.query<{ processor: string; p: string }>('SELECT processor, global_position AS p FROM es_checkpoints ORDER BY processor')).rows;
      const behind = cps.filter((c) => Number(c.p) < headPos);
      const now = JSON.stringify(cps);
      still = now === prev ? still + 1 : 0;
      prev = now;
      if (behind.length === 0 || still >= 3 || Date.now() - waitStart > 120_000) {
        log(`processors: ${cps.map((c) => `${c.processor}@${c.p}`).join(', ')}; head ${headPos}; ${behind.length} behind after ${((Date.now() - waitStart) / 1000).toFixed(0)} s`);
        break;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
    const size = (await client.query(`SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('customers_directory')) AS s,
      pg_size_pretty(pg_relation_size('customers_directory_name_trgm')) AS trgm FROM customers_directory`)).rows[0];
    const events = Number((await client.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
    log(`directory: ${fmt(size.n)} rows, ${size.s} with indexes (trigram index ${size.trgm}); es_events ${fmt(events)} rows`);

    // fresh token after the load; a TOTP code is accepted once, so wait for the next 30 s step if refused
    try {
      ({ token } = await adminToken(base, secret));
    } catch {
      await new Promise((r) => setTimeout(r, 31_000 - (Date.now() % 30_000)));
      ({ token } = await adminToken(base, secret));
    }
    const search = async (term: string) => {
      const t0 = performance.now();
      const r = await call(base, `/api/v1/customers?search=${encodeURIComponent(term)}&page=1`, { token });
      const ms = performance.now() - t0;
      if (r.status !== 200) throw new Error(`search ${term}: ${r.status} ${r.text}`);
      return { ms, body: r.body as { items: Array<{ id: string; name: string; document: string | null; phones: Array<{ number: string }> }>; total: number } };
    };

    // (3) bulk-loaded customers are found by the real search
    const checks: string[] = [];
    for (const s of load.samples.slice(-3)) {
      const byCpf = await search(s.cpfMasked);
      const byPhone = await search(s.phone);
      const frag = searchableName(s.name.split(' ').at(-1)!).slice(0, 5);
      const byName = await search(`${searchableName(s.name.split(' ')[0]!)} ${searchableName(s.name.split(' ')[1]!)}`);
      const okCpf = byCpf.body.items.some((i) => i.name === s.name);
      const okPhone = byPhone.body.items.some((i) => i.name === s.name);
      const okName = byName.body.total > 0 && byName.body.items.every((i) => searchableName(i.name).includes(searchableName(s.name.split(' ').slice(0, 2).join(' '))));
      checks.push(`${s.name}: CPF ${okCpf ? 'found' : 'NOT found'}, phone ${okPhone ? 'found' : 'NOT found'}, name "${frag}…" ${okName ? 'ok' : 'NOT ok'}`);
      if (!okCpf || !okPhone || !okName) throw new Error(`bulk-loaded customer not found by the HTTP search: ${checks.at(-1)}`);
    }
    log(`search checks: ${checks.join('; ')}`);

    // (4) measurements: HTTP then bare SQL, sequential, same terms
    const warm = terms(load.samples, WARMUP, 1);
    const T = terms(load.samples, QUERIES, 2);
    const crypto = new CustomerCrypto({ masterKey: Buffer.from(server.masterKeyHex, 'hex') } as unknown as Config);
    const kinds: Kind[] = ['name', 'cpf', 'phone'];
    const res: Record<Kind, { http: number[]; sql: number[]; page: number[]; totals: number[]; estimates: number; statements: number[] }> = {
      name: { http: [], sql: [], page: [], totals: [], estimates: 0, statements: [] },
      cpf: { http: [], sql: [], page: [], totals: [], estimates: 0, statements: [] },
      phone: { http: [], sql: [], page: [], totals: [], estimates: 0, statements: [] },
    };
    for (const k of kinds) {
      for (const t of warm[k]) await search(t);
      for (const t of T[k]) {
        const r = await search(t);
        res[k].http.push(r.ms);
        res[k].totals.push(r.body.total);
        if ((r.body as { totalIsEstimate?: boolean }).totalIsEstimate) res[k].estimates++;
      }
      log(`HTTP ${k}: p50 ${pct(res[k].http, 50).toFixed(1)} ms, p99 ${pct(res[k].http, 99).toFixed(1)} ms`);
    }
    for (const k of kinds) {
      for (const t of warm[k]) await readerSql(client, companyId, t, crypto);
      for (const t of T[k]) {
        const t0 = performance.now();
        const r = await readerSql(client, companyId, t, crypto);
        res[k].sql.push(performance.now() - t0);
        res[k].statements.push(r.statements);
      }
      log(`SQL ${k}: p50 ${pct(res[k].sql, 50).toFixed(1)} ms, p99 ${pct(res[k].sql, 99).toFixed(1)} ms`);
    }

    // (5) diagnostics: the page statement alone, and the plans of each statement
    for (const k of kinds) {
      for (const t of T[k]) {
        const st = searchStatements(companyId, classifySearchTerm(t, crypto), { page: 1, pageSize: PAGE_SIZE });
        const t0 = performance.now();
        await client.query(st.page.sql, st.page.params);
        res[k].page.push(performance.now() - t0);
      }
    }
    const explain = async (sql: string, params: unknown[]) =>
      (await client!.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    const stOf = (t: string) => searchStatements(companyId, classifySearchTerm(t, crypto), { page: 1, pageSize: PAGE_SIZE });
    const nameSt = stOf(T.name[0]!);
    const plans: Record<string, string> = {
      name: await explain(nameSt.page.sql, nameSt.page.params),
      cpf: await explain(stOf(T.cpf[0]!).page.sql, stOf(T.cpf[0]!).page.params),
      phone: await explain(stOf(T.phone[0]!).page.sql, stOf(T.phone[0]!).page.params),
    };
    // a rare fragment (not in the generated names): the trigram index path
    const rare = ['xqzw', 'kowalskx', 'zzyzx', 'qwert', 'hashimotx'];
    const rareMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await readerSql(client, companyId, rare[i % rare.length]!, crypto);
      rareMs.push(performance.now() - t0);
    }
    const rareSt = stOf('zzyzx');
    plans.rare = await explain(rareSt.page.sql, rareSt.page.params);

    report({
      machine, pgVersion, pgSettings, dbSize: size, events, load, loadRate, apiRate, res, T, plans, rareMs, same, apiShape, bulkShape, checks,
    });
  } finally {
    await client?.end().catch(() => undefined);
    await server?.stop().catch((e) => log(`server stop failed: ${e}`));
    await benchDb.drop(log);
    log(`database ${dbName} dropped, server stopped`);
  }
}

function report(x: any) {
  const { machine, pgVersion, pgSettings, dbSize, events, load, loadRate, apiRate, res, T, plans, rareMs } = x;
  const kindLabel: Record<Kind, string> = {
    name: `(1) name fragment (${T.name.slice(0, 4).map((t: string) => `'${t}'`).join(', ')}, …)`,
    cpf: '(2) CPF with mask (`123.456.789-09`)',
    phone: '(3) phone (`(11) 98765-4321`)',
  };
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const verdicts: string[] = [];
  const rows = (['name', 'cpf', 'phone'] as Kind[]).map((k) => {
    const h50 = pct(res[k].http, 50), h99 = pct(res[k].http, 99), s50 = pct(res[k].sql, 50), s99 = pct(res[k].sql, 99);
    const r50 = h50 / s50, r99 = h99 / s99;
    const p99ok = h99 < 50;
    const ovOk = r50 < 2;
    verdicts.push(`| ${kindLabel[k]} | ${p99ok ? '**met**' : '**missed**'}: HTTP p99 ${ms(h99)} (${p99ok ? `${(50 - h99).toFixed(1)} ms under` : `${(h99 / 50).toFixed(1)}× the target`}) | ${ovOk ? '**met**' : '**missed**'}: ${r50.toFixed(2)}× at p50 (+${(h50 - s50).toFixed(1)} ms), ${r99.toFixed(2)}× at p99 |`);
    const est = res[k].estimates ? `, ${res[k].estimates}/${res[k].totals.length} estimated` : '';
    return [kindLabel[k], ms(h50), ms(h99), ms(s50), ms(s99), `${r50.toFixed(2)}× (p99 ${r99.toFixed(2)}×)`,
      `${fmt(pct(res[k].totals, 50))} (max ${fmt(Math.max(...res[k].totals))}${est})`];
  });
  const table = markdownTable(['Query', 'HTTP p50', 'HTTP p99', 'SQL p50', 'SQL p99', 'HTTP/SQL (p50)', '`total` median'], rows);
  const projected1M = 1_000_000 / loadRate;
  const sizeLine = load.loaded >= 1_000_000
    ? `**${fmt(load.loaded)} customers** loaded`
    : `**${fmt(load.loaded)} customers** loaded, **not 1,000,000**: loading stopped at the ${LOAD_BUDGET_S} s budget of this run${load.stoppedEarly ? '' : ' (BENCH_CUSTOMERS)'}; at the measured rate 1M would take ≈ ${(projected1M / 60).toFixed(0)} min to load. Latencies below are at this size`;
  const env = [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; bench wall time ${((Date.now() - started) / 1000).toFixed(0)} s`,
    `- Machine: ${machine.cpu}, ${machine.nproc} cores (nproc, shared with other engineers' jobs), ${machine.memory} RAM; load average at start ${machine.loadavg} (expect noise)`,
    `- Node ${machine.node}; PostgreSQL ${pgVersion} on 127.0.0.1 (fsync=${pgSettings.fsync}, synchronous_commit=${pgSettings.synchronous_commit}, shared_buffers=${Math.round(Number(pgSettings.shared_buffers) * 8 / 1024)} MB, work_mem=${Math.round(Number(pgSettings.work_mem) / 1024)} MB, jit=${pgSettings.jit}, max_parallel_workers_per_gather=${pgSettings.max_parallel_workers_per_gather})`,
    `- Server: the real backend from its build output (\`node backend/dist/main.js\`, DATABASE_URL = fresh \`np_bench_<ts>\` database, rate limit off, LOG_LEVEL=warn), one process, same machine; client: Node \`fetch\`, one request at a time, admin bearer token`,
    `- Data: ${sizeLine}. customers_directory ${fmt(dbSize.n)} rows, ${dbSize.s} with indexes (trigram GIN ${dbSize.trgm}); es_events ${fmt(events)} rows. PF customers, names from ~55 Brazilian first names × ~60 surnames (accented), 1 mobile phone each, 60 % with an e-mail, valid unique CPFs (\`cpf.generate\`), all in the admin's company`,
    `- Import: **${fmt(loadRate)} customers/s** in bulk (${fmt(load.loaded)} in ${(load.ms / 1000).toFixed(0)} s, plus ${(load.indexMs / 1000).toFixed(0)} s to build the search indexes afterwards: ${fmt(load.loaded / ((load.ms + load.indexMs) / 1000))} customers/s all included; see "Loading" below) vs **${fmt(apiRate)} customers/s** through \`POST /api/v1/customers\` (${fmt(API_CUSTOMERS)} customers, 8 concurrent requests)`,
    `- Method: ${fmt(QUERIES)} measured queries per kind after ${fmt(WARMUP)} warm-up queries, sequential; terms drawn from the loaded population (name: 4–6-letter accent-free piece of one word of a real name, mostly prefixes, so every name term matches thousands of customers; CPF/phone: of a random loaded customer, with mask). HTTP = \`GET /api/v1/customers?search=…&page=1\` (page size 20) round trip incl. JSON parse; SQL = the reader's statements (\`customer-search.ts#runSearch\`, the function the reader itself calls: the page, then only when there is more the planner's estimate and/or the count capped at ${fmt(COUNT_CAP)}) via \`pg\` on one connection, incl. round trips. \`VACUUM ANALYZE customers_directory\` after the load; measuring starts once the server's async processors had caught up`,
  ].join('\n');

  const stmts = (k: Kind) => {
    const c = [1, 2, 3].map((n) => res[k].statements.filter((v: number) => v === n).length);
    return `${c[0]} / ${c[1]} / ${c[2]}`;
  };
  const diag = markdownTable(['Diagnostic (bare SQL, not the whole reader)', 'p50', 'p99', 'Notes'], [
    ['(1) name: page statement alone', ms(pct(res.name.page, 50)), ms(pct(res.name.page, 99)), `statements per query (1 page / 2 + estimate or count / 3 both): ${stmts('name')}`],
    ['(2) CPF: page statement alone', ms(pct(res.cpf.page, 50)), ms(pct(res.cpf.page, 99)), `1 / 2 / 3 statements: ${stmts('cpf')}`],
    ['(3) phone: page statement alone', ms(pct(res.phone.page, 50)), ms(pct(res.phone.page, 99)), `1 / 2 / 3 statements: ${stmts('phone')}`],
    ['(4) rare name fragment (no match: `zzyzx`, `xqzw`, …), whole reader sequence', ms(pct(rareMs, 50)), ms(pct(rareMs, 99)), '60 queries; trigram index path'],
  ]);
  const trimPlan = (p: string) => p.split('\n').slice(0, 24).join('\n');
  const plan = (title: string, p: string) => `<details><summary>${title}</summary>\n\n\`\`\`\n${trimPlan(p)}\n\`\`\`\n</details>`;

  const md = `Run: \`node scripts/build.mjs && node bench/run.mjs customer-search\` (or \`npx tsx bench/customer-search.bench.ts\`). Source: \`bench/customer-search.bench.ts\`, \`bench/lib/customer-load.ts\`, \`bench/lib/bench-server.ts\`.

${env}

${table}

Targets (p99 < 50 ms over HTTP; HTTP overhead < 2× the bare query):

| Query | p99 < 50 ms | HTTP < 2× SQL |
|---|---|---|
${verdicts.join('\n')}

Diagnostics:

${diag}

Loading: the request body goes through the same zod schema (\`registerCustomerRequestSchema\`) and \`toRegisterCustomerCommand\`, the customer decider produces \`CustomerRegistered\`, and our event store (from source, customers personal-data policies, the server's master key) appends ${fmt(load.batch)} streams per \`appendMany\` with the metadata of an API-registered customer (actor, company, ip, user agent; own correlation id per event), so subject keys and field encryption are the production ones. A bench-side inline projection writes the \`customers_directory\` rows in the same transaction with the values of \`customer-directory.projection.ts#upsert\` (\`CustomerCrypto\` blind indexes and AES-GCM, \`searchableName\`) as one multi-row INSERT per batch instead of one stream read + upsert per customer. ${load.loaderProcesses} loader processes (each with its own connection pool) share the generation, validation and encryption work, which is what bounds the rate on 2 cores. The search indexes (trigram GIN, e-mail/phone/CEP GIN, name order btree) are dropped before the load and built afterwards (${(load.indexMs / 1000).toFixed(0)} s), the usual bulk-import practice; the unique (company, document) index stays, so duplicates still fail during the load. Event data/metadata keys, encrypted fields and directory columns of an API-registered and a bulk-registered customer were compared: ${x.same ? 'identical' : `**different** (api ${JSON.stringify(x.apiShape)}, bulk ${JSON.stringify(x.bulkShape)})`}. Bulk customers were then found by the HTTP search (${x.checks.length} checked by CPF, phone and name).

Plans (\`EXPLAIN (ANALYZE, BUFFERS)\`, first measured term of each kind):

${plan(`(1) name '${T.name[0]}': page`, plans.name)}

${plan('(2) CPF: page', plans.cpf)}

${plan('(3) phone: page', plans.phone)}

${plan("(4) rare fragment 'zzyzx': page", plans.rare)}

${NOTES}
`;
  process.stdout.write(md + '\n');
  writeDocSection('## Customer search', md);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; docs/benchmarks.md updated`);
}

const NOTES = `Notes (how the search works since 2026-11-28, \`customer-search.ts\`):

- **One access path per term.** The term is classified first: CPF/CNPJ (mask optional, alphanumeric CNPJ included),
  e-mail, phone and CEP are looked up only through their HMAC blind indexes (\`document_hash =\` on the unique btree,
  \`@>\` on the GIN indexes of the hash arrays); anything else only matches the folded name (\`name_search LIKE '%…%'\`).
  The former single predicate OR-ed every way of matching with \`= ANY (array)\`, which no index serves, so every
  query read the whole company (0.25–1 s at 235k customers). Blind-index matches are materialized (\`WITH m AS
  MATERIALIZED\`) before \`ORDER BY name LIMIT 21\`: a first 1M run without it had phone lookups of 5–13 s, the
  planner walking the whole name index and testing each row against the hash, as it cannot know one hash matches
  one row.
- **No \`count(*) OVER ()\`.** The page is read with LIMIT 21 (→ \`hasMore\`). Only when there is more, the planner's
  estimate is read (EXPLAIN, nothing executed); when it is at most ${fmt(COUNT_CAP)} the matches are counted (capped),
  else the API answers the estimate with \`totalIsEstimate: true\`. Counting a common fragment exactly walked 40k+
  index entries (≈ 25 ms) for a number nobody reads. Pages reach the first 1,000 results (\`page\` beyond → 422).
- **Name pages from the index alone.** The page's 21 ids come from (company_id, name_search, id) by an index-only
  walk for a common fragment (entries that do not match cost no heap fetch), then only those rows are read. The
  previous form fetched the heap row of every entry it rejected (35 ms for 'fran' in the previous 1M run).
- **Common vs rare name fragments.** For a common fragment the planner walks \`customers_directory_order\`
  (company_id, name_search, id) and stops after 21 hits; for a rare one it uses the trigram GIN index and sorts
  the few matches. The bench's name terms are all common (the population is built from ~115 name words), so row (4)
  shows the rare path.
- **HTTP vs SQL.** With the SQL at about a millisecond, the HTTP figure is dominated by fixed costs: the auth guard's
  session query (one more round trip per request, by design: revocation takes effect at once), the Nest pipeline, AES-GCM
  decryption of ≤ 20 rows, JSON and the loopback round trip, on a 2-core machine shared with the database and
  other jobs. The ratio target compares a sub-millisecond query with a request; the absolute p99 is the meaningful one.
- The p99 of ${QUERIES} sequential queries is the ~${Math.max(1, Math.round(QUERIES / 100))} slowest sample(s): on this shared machine single
  scheduler hiccups reach it.`;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
