/**
 * Billing run benchmark: the monthly run (preview, then issuance of invoice + boleto + static PIX + events +
 * read model) for N active contracts on PostgreSQL, through the real server (`node backend/dist/main.js`), next
 * to a raw COPY of the same rows (the same InvoiceIssued events and invoice rows, copied into bare tables).
 *
 *   node scripts/build.mjs && npx tsx bench/billing-run.bench.ts      # or: node bench/run.mjs billing-run
 *   BENCH_BILLING_CONTRACTS=100000,1000000   sizes (default both)
 *   BENCH_DATABASE_URL=postgres://user@host:5432/postgres
 *
 * Peak memory is the server process's VmHWM (/proc/<pid>/status) at the end of the run. Output: markdown on
 * stdout and the "## Billing run" section of docs/benchmarks.md.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { cnab } from '../packages/cobranca/src/index.js';
import { cnab240Return } from '../backend/src/modules/billing/test-support/cnab240-return.js';
import { adminToken, call, startBenchServer, type BenchServer } from './lib/bench-server.js';
import { createBenchDatabase, fmt, machineInfo, markdownTable, writeDocSection } from './lib/common.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_BILLING_CONTRACTS ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
const log = (msg: string) => process.stderr.write(`[billing-run bench] ${msg}\n`);

/**
 * CPU seconds (user + system) used so far by a process, and by a local PostgreSQL cluster: every live
 * process under its postmaster plus what the postmaster collected from children that exited. On a shared
 * machine wall-clock time depends on everyone else's load; CPU time per invoice much less, so the report
 * gives both (null when the database is not on this machine).
 */
const TICK = 100; // USER_HZ on Linux
const procCpu = (pid: number, children = false): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return (Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0)) / TICK;
  } catch {
    return 0;
  }
};
const ppidOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
function clusterCpu(postmaster: number | null): number | null {
  if (!postmaster) return null;
  let total = procCpu(postmaster, true);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (ppidOf(Number(d)) === postmaster) total += procCpu(Number(d));
    } catch {
      // exited meanwhile
    }
  }
  return total;
}
async function findPostmaster(client: pg.Client): Promise<number | null> {
  try {
    const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    return ppidOf(backend);
  } catch {
    return null; // not a local server
  }
}

/** Until every processor checkpoint has reached the log's head (or none has moved for 5 s: it skips the rest). */
async function waitProcessorsIdle(client: pg.Client): Promise<void> {
  const head = Number((await client.query<{ m: string }>('SELECT max(global_position) AS m FROM es_events')).rows[0]!.m);
  let prev = '';
  let still = 0;
  for (const start = Date.now(); Date.now() - start < 600_000; ) {
    const cps = (await client.query<{ processor: string; p: string }>('SELECT processor, global_position AS p FROM es_checkpoints ORDER BY processor')).rows;
    const now = JSON.stringify(cps);
    still = now === prev ? still + 1 : 0;
    prev = now;
    if (cps.every((c) => Number(c.p) >= head) || still >= 5) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const peakRssMb = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

interface Result { indexedCopyS: number; indexedCopyDbCpu: number | null; issueCpu: { server: number; db: number | null }; copyDbCpu: number | null; cnabCpu: { server: number; db: number | null }; cnabLines: number; cnabParseS: number; cnabSettleS: number; cnabSettled: number; contracts: number; previewS: number; issueS: number; perSecond: number; rssMb: number; copyS: number; copyPerSecond: number; eventBytes: number }

async function seed(client: pg.Client, companyId: string, n: number): Promise<void> {
  const chunk = 50_000;
  for (let i = 0; i < n; i += chunk) {
    const rows = Array.from({ length: Math.min(chunk, n - i) }, (_, j) => {
      const k = i + j;
      return { contract_id: randomUUID(), company_id: companyId, customer_id: randomUUID(), status: 'active', due_day: 1 + (k % 28), billing_starts_on: '2026-01-01', plan_name: `Internet ${100 * (1 + (k % 10))} Mbps`, price_cents: 7990 + (k % 20) * 500, updated_at: new Date().toISOString() };
    });
    await client.query(
      `INSERT INTO billing_contracts (contract_id, company_id, customer_id, status, due_day, billing_starts_on, plan_name, price_cents, updated_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(contract_id text, company_id text, customer_id text, status text, due_day int, billing_starts_on date, plan_name text, price_cents bigint, updated_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
}

/**
 * COPY the same invoice rows and InvoiceIssued events (as stored) into bare copies of the tables in one
 * transaction. Rows are read and copied in chunks of 50,000 (reading is not timed), so memory stays flat at 1M.
 */
async function rawCopy(client: pg.Client, n: number, url: string, postmaster: number | null, indexed = false): Promise<{ seconds: number; eventBytes: number; dbCpu: number | null }> {
  // bare: defaults only; indexed: every index and constraint of the real tables (INCLUDING ALL), the floor
  // for writing these rows with this data model's indexes, before any computation, projection or processor
  const like = indexed ? 'INCLUDING ALL' : 'INCLUDING DEFAULTS';
  await client.query(`CREATE TABLE bench_raw_events (LIKE es_events ${like})`);
  await client.query(`CREATE TABLE bench_raw_streams (LIKE es_streams ${like})`);
  await client.query(`CREATE TABLE bench_raw_invoices (LIKE billing_invoices ${like})`);
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  const esc = (v: unknown) => (v === null || v === undefined ? '\\N' : (v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
  let seconds = 0;
  let dbCpu: number | null = postmaster ? 0 : null;
  let bytes = 0;
  let events = 0;
  const chunk = 50_000;
  await client.query('BEGIN');
  for (const [table, source, order] of [
    ['bench_raw_events', `es_events WHERE type = 'InvoiceIssued'`, 'global_position'],
    ['bench_raw_streams', `es_streams WHERE stream_type = 'invoice'`, 'stream_id'],
    ['bench_raw_invoices', 'billing_invoices', 'id'],
  ] as const) {
    let last: unknown = null;
    for (let done = 0; done < n; ) {
      const rows = (await reader.query(`SELECT * FROM ${source} ${last === null ? '' : `${source.includes('WHERE') ? 'AND' : 'WHERE'} ${order} > $2`} ORDER BY ${order} LIMIT $1`, last === null ? [Math.min(chunk, n - done)] : [Math.min(chunk, n - done), last])).rows;
      if (!rows.length) break;
      last = rows[rows.length - 1][order];
      // an identity column cannot be COPYed into by default: the bare copy has none, the indexed one keeps it
      const cols = Object.keys(rows[0]).filter((c) => !(indexed && table === 'bench_raw_events' && c === 'global_position'));
      const text = rows.map((r) => cols.map((c) => esc(r[c])).join('\t')).join('\n') + '\n';
      if (table === 'bench_raw_events') {
        bytes += text.length;
        events += rows.length;
      }
      const t0 = performance.now();
      const c0 = clusterCpu(postmaster);
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${cols.join(',')}) FROM STDIN`)));
      seconds += (performance.now() - t0) / 1000;
      if (dbCpu !== null) dbCpu += clusterCpu(postmaster)! - c0!;
      done += rows.length;
    }
  }
  const t1 = performance.now();
  const c1 = clusterCpu(postmaster);
  await client.query('COMMIT');
  seconds += (performance.now() - t1) / 1000;
  if (dbCpu !== null) dbCpu += clusterCpu(postmaster)! - c1!;
  await reader.end();
  await client.query('DROP TABLE bench_raw_events; DROP TABLE bench_raw_streams; DROP TABLE bench_raw_invoices');
  return { seconds, eventBytes: Math.round(bytes / Math.max(1, events)), dbCpu };
}

async function one(n: number): Promise<Result> {
  const db = await createBenchDatabase(BASE_URL, []);
  let server: BenchServer | null = null;
  const client = new pg.Client({ connectionString: db.url });
  try {
    server = await startBenchServer(db.url, log);
    const { token } = await adminToken(server.base);
    const acc = await call(server.base, '/api/v1/billing/collection-accounts', { method: 'POST', token, json: { bankCode: '001', agency: '1234', account: '12345678', agreement: '1234567', wallet: '17', pixKey: 'financeiro@provedor.test' } });
    if (acc.status !== 201) throw new Error(`account: ${acc.text}`);
    const me = await call(server.base, '/api/v1/auth/me', { token });
    await client.connect();
    log(`${n}: seeding billable contracts`);
    await seed(client, me.body.companyId, n);
    await client.query('ANALYZE billing_contracts');
    const postmaster = await findPostmaster(client);
    const serverPid = server.child.pid!;
    const t0 = performance.now();
    const run = await call(server.base, '/api/v1/billing/runs', { method: 'POST', token, json: { competence: '2027-03' } });
    if (run.status !== 202) throw new Error(`run: ${run.text}`);
    const status = async () => (await call(server!.base, `/api/v1/billing/runs/${run.body.id}?pageSize=1`, { token })).body;
    while ((await status()).status === 'previewing') await new Promise((r) => setTimeout(r, 200));
    const previewS = (performance.now() - t0) / 1000;
    log(`${n}: preview in ${previewS.toFixed(1)} s; approving`);
    const issueCpu0 = { server: procCpu(serverPid), db: clusterCpu(postmaster) };
    await call(server.base, `/api/v1/billing/runs/${run.body.id}/approve`, { method: 'POST', token });
    let st = await status();
    while (st.status !== 'completed') {
      await new Promise((r) => setTimeout(r, 500));
      st = await status();
      if (st.done % 100_000 < 2_000) log(`${n}: ${st.done} issued (${st.rate ?? '-'} /s)`);
    }
    if (st.done !== n || st.failed !== 0) throw new Error(`run ended with ${JSON.stringify(st).slice(0, 400)}`);
    const issueS = (new Date(st.finishedAt).getTime() - new Date(st.startedAt).getTime()) / 1000;
    // CPU while issuing and until the asynchronous processors (finance ledger, audit index, dunning, PIX) have
    // caught up: the work one invoice costs the system, wherever it runs.
    await waitProcessorsIdle(client);
    const issueCpu = { server: procCpu(serverPid) - issueCpu0.server, db: postmaster ? clusterCpu(postmaster)! - issueCpu0.db! : null };
    const rssMb = peakRssMb(server.child.pid!);
    const copy = await rawCopy(client, n, db.url, postmaster);
    const indexedCopy = await rawCopy(client, n, db.url, postmaster, true);
    // CNAB retorno paying up to 100,000 of these invoices: parse only vs the full upload (lookup + settlement).
    const paid = (await client.query<{ nosso_numero: string; due_date: string; total_cents: string }>(
      `SELECT nosso_numero, due_date::text AS due_date, total_cents FROM billing_invoices ORDER BY number LIMIT 100000`,
    )).rows;
    const file = cnab240Return('001', paid.map((p) => ({ nossoNumero: p.nosso_numero, dueDate: p.due_date, nominalCents: Number(p.total_cents), paidCents: Number(p.total_cents), paidOn: p.due_date, feeCents: 150 })));
    const p0 = performance.now();
    const parsed = cnab.parseReturn(file);
    const cnabParseS = (performance.now() - p0) / 1000;
    const form = new FormData();
    form.append('file', new Blob([file]), 'retorno.ret');
    await waitProcessorsIdle(client);
    const cnabCpu0 = { server: procCpu(serverPid), db: clusterCpu(postmaster) };
    const u0 = performance.now();
    const up = await fetch(`${server.base}/api/v1/billing/bank-returns`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const report = await up.json();
    const cnabSettleS = (performance.now() - u0) / 1000;
    const cnabCpu = { server: procCpu(serverPid) - cnabCpu0.server, db: postmaster ? clusterCpu(postmaster)! - cnabCpu0.db! : null };
    if (up.status !== 200 || report.settled !== paid.length) throw new Error(`cnab upload: ${up.status} ${JSON.stringify(report).slice(0, 300)}`);
    log(`${n}: CNAB ${parsed.titles.length} titles parsed in ${cnabParseS.toFixed(2)} s, settled in ${cnabSettleS.toFixed(1)} s`);
    return { issueCpu, copyDbCpu: copy.dbCpu, cnabCpu, cnabLines: parsed.titles.length, cnabParseS, cnabSettleS, cnabSettled: report.settled, contracts: n, previewS, issueS, perSecond: n / issueS, rssMb, copyS: copy.seconds, copyPerSecond: n / copy.seconds, eventBytes: copy.eventBytes, indexedCopyS: indexedCopy.seconds, indexedCopyDbCpu: indexedCopy.dbCpu };
  } finally {
    await client.end().catch(() => undefined);
    await server?.stop();
    await db.drop(log);
  }
}

async function main() {
  const machine = machineInfo();
  const results: Result[] = [];
  for (const n of SIZES) {
    results.push(await one(n));
    report(machine, results);
  }
}

function report(machine: ReturnType<typeof machineInfo>, results: Result[]) {
  const table = markdownTable(
    ['active contracts', 'preview', 'issuance', 'invoices/s', 'peak RSS (server)', 'raw COPY of the same rows', 'COPY rows/s', 'ours vs COPY', 'COPY into the indexed tables', 'indexed COPY rows/s'],
    results.map((r) => [fmt(r.contracts), `${r.previewS.toFixed(1)} s`, `${r.issueS.toFixed(1)} s`, fmt(r.perSecond), `${fmt(r.rssMb)} MB`, `${r.copyS.toFixed(1)} s`, fmt(r.copyPerSecond), `${((r.perSecond / r.copyPerSecond) * 100).toFixed(0)} %`,
      `${r.indexedCopyS.toFixed(1)} s`, fmt(r.contracts / r.indexedCopyS)]),
  );
  const body = `Run ${new Date().toISOString().slice(0, 10)} on ${machine.cpu} (${machine.nproc} cores, ${machine.memory}, load ${machine.loadavg}), Node ${machine.node}, PostgreSQL at ${BASE_URL.replace(/\/\/.*@/, '//')}.

What is measured: \`POST /api/v1/billing/runs\` → preview (every contract's invoice computed and listed) → approve → issuance through the
real server, each invoice an \`InvoiceIssued\` event (≈ ${fmt(results[0]?.eventBytes ?? 0)} bytes: items, rules, boleto with barcode and linha
digitável, static PIX BR Code) appended with its \`billing_invoices\` row in batches of 1,000 per transaction, nosso números and invoice numbers
allocated in the same transaction. "Raw COPY" copies the very same event, stream and invoice rows into bare copies of the tables in one
transaction (no indexes, no computation): the floor for writing that data. "COPY into the indexed tables" copies them into copies that keep every
index and constraint of \`es_events\`, \`es_streams\` and \`billing_invoices\`: the floor for this data model before any computation, inline
projection (\`collections_invoices\`, run lines) or asynchronous processor. Peak RSS is the server's VmHWM.

${table}

Targets: ≥ 10,000 invoices/s (1M in under 2 minutes) and RSS under 1 GB.

CPU time (user + system), which depends far less than wall time on what else the machine runs: the server process and the
PostgreSQL cluster (every backend, autovacuum, checkpointer, WAL writer) from approval until the asynchronous processors
(finance ledger, audit index, dunning, PIX) have caught up, next to the cluster's CPU for the raw COPY. "CPU ratio" =
COPY's CPU / ours, the share of raw COPY's speed reachable if the CPU were ours alone.

${markdownTable(['active contracts', 'server CPU', 'PostgreSQL CPU', 'CPU per 1,000 invoices', 'raw COPY CPU', 'CPU ratio', 'indexed COPY CPU'], results.map((r) => {
    const ours = r.issueCpu.server + (r.issueCpu.db ?? 0);
    return [fmt(r.contracts), `${r.issueCpu.server.toFixed(1)} s`, r.issueCpu.db === null ? 'n/a' : `${r.issueCpu.db.toFixed(1)} s`, `${((ours * 1000) / r.contracts).toFixed(2)} s`,
      r.copyDbCpu === null ? 'n/a' : `${r.copyDbCpu.toFixed(1)} s`, r.copyDbCpu === null || r.issueCpu.db === null ? 'n/a' : `${((r.copyDbCpu / ours) * 100).toFixed(0)} %`,
      r.indexedCopyDbCpu === null ? 'n/a' : `${r.indexedCopyDbCpu.toFixed(1)} s`];
  }))}

CNAB 240 retorno paying the first invoices of each run (one T+U pair per title), parsed alone (\`cnab.parseReturn\`) vs uploaded and settled
through \`POST /api/v1/billing/bank-returns\` (lookup by nosso número, fine/interest split, one payment event + read-model rows per title,
all in one transaction):

${markdownTable(['titles', 'parse only', 'full settlement', 'settled', 'server CPU', 'PostgreSQL CPU'], results.map((r) => [fmt(r.cnabLines), `${r.cnabParseS.toFixed(2)} s`, `${r.cnabSettleS.toFixed(1)} s`, fmt(r.cnabSettled),
  `${r.cnabCpu.server.toFixed(1)} s`, r.cnabCpu.db === null ? 'n/a' : `${r.cnabCpu.db.toFixed(1)} s`]))}

Target: 100,000 lines fully settled in under 10 s.`;
  console.log(body);
  writeDocSection('## Billing run', body);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
