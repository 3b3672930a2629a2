/**
 * Payment → service restored: the delay from a settlement's commit to the `ServiceRestored` event becoming
 * visible, for a few hundred blocked contracts, on PostgreSQL, through the real server (`node backend/dist/main.js`).
 *
 *   node scripts/build.mjs && node bench/run.mjs collections
 *   BENCH_RESTORE_CONTRACTS=300   contracts (half paid one by one at the counter, half in one CNAB retorno)
 *   BENCH_DATABASE_URL=postgres://user@host:5432/postgres
 *
 * Commit time = when the payment's HTTP response arrives (the append committed just before); restore time = when
 * a client polling es_events every 5 ms first sees the contract's ServiceRestored (its commit, plus up to 5 ms).
 * The server runs with NODE_ENV=development so `evaluate {date}` can walk the business calendar to the block.
 * Output: markdown on stdout and the "## Payment → service restored" section of docs/benchmarks.md.
 */
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { cnab240Return } from '../backend/src/modules/billing/test-support/cnab240-return.js';
import { addDays, saoPauloDate } from '../backend/src/shared-kernel/business-date.js';
import { adminToken, call, startBenchServer } from './lib/bench-server.js';
import { createBenchDatabase, fmt, machineInfo, markdownTable, writeDocSection } from './lib/common.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N = Number(process.env.BENCH_RESTORE_CONTRACTS ?? 300);
const log = (msg: string) => process.stderr.write(`[collections-restore bench] ${msg}\n`);

function cpf(i: number): string {
  const d = String(100_000_000 + i).slice(-9).split('').map(Number);
  for (const len of [9, 10]) {
    let sum = 0;
    for (let k = 0; k < len; k++) sum += d[k]! * (len + 1 - k);
    const r = (sum * 10) % 11;
    d.push(r === 10 ? 0 : r);
  }
  return d.join('');
}

async function pool<T>(items: T[], size: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const db = await createBenchDatabase(BASE_URL, ['synchronous_commit', 'max_connections']);
  process.env.NODE_ENV = 'development';
  const server = await startBenchServer(db.url, log);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const token = (await adminToken(server.base)).token;
    const api = async (path: string, json?: unknown, method = json === undefined ? 'GET' : 'POST') => {
      const r = await call(server.base, path, { method, token, json });
      if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r.body;
    };
    await api('/api/v1/billing/collection-accounts', { bankCode: '001', agency: '1234', agencyDigit: '5', account: '12345678', accountDigit: '9', agreement: '1234567', wallet: '17' });
    const plan = await api('/api/v1/plans', { name: 'Fibra bench', downloadMbps: 300, uploadMbps: 150, priceCents: 9990 });
    await api('/api/v1/collections/ladders', {
      name: 'bench', planIds: [plan.id], suspensionNotice: { stepId: 'aviso', minDays: 15 },
      steps: [{ id: 'aviso', daysOffset: 1, action: 'notify', channel: 'email', template: 'Fatura de {{valor}} em atraso.' }, { id: 'bloqueio', daysOffset: 16, action: 'block' }],
    });
    const today = saoPauloDate(new Date());
    const due = addDays(today, 10);
    const address = { type: 'installation', zipCode: '30130-010', street: 'Rua da Bahia', number: '1200', district: 'Centro', city: 'Belo Horizonte', state: 'MG' };
    const invoices: Array<{ contractId: string; invoiceId: string; nossoNumero: string }> = [];
    const started = performance.now();
    await pool(Array.from({ length: N }, (_, i) => i), 8, async (i) => {
      const c = await api('/api/v1/customers', { kind: 'PF', name: `Assinante ${i}`, document: cpf(i + 1), emails: [], phones: [], addresses: [address] });
      const k = await api('/api/v1/contracts', { customerId: c.id, planId: plan.id, dueDay: 10, installationAddressId: 'a1' });
      await api(`/api/v1/contracts/${k.id}/activate`, { installedOn: today, billingStartsOn: today });
      const inv = await api('/api/v1/invoices', { customerId: c.id, contractId: k.id, dueDate: due, items: [{ description: 'Mensalidade', amountCents: 9990 }] });
      invoices.push({ contractId: k.id, invoiceId: inv.id, nossoNumero: inv.boleto.nossoNumero });
    });
    log(`${N} contracts with an invoice in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await api('/api/v1/collections/evaluate', { date: addDays(due, 1) });
    const blockedOn = addDays(due, 20);
    const ev = await api('/api/v1/collections/evaluate', { date: blockedOn });
    const blocked = Number((await client.query(`SELECT count(*) AS n FROM collections_dunning WHERE level = 'block'`)).rows[0].n);
    log(`evaluate ${blockedOn}: ${JSON.stringify(ev)}; ${blocked} blocked`);
    if (blocked !== N) throw new Error(`expected ${N} blocked contracts, found ${blocked}`);

    // Watch restores as they commit.
    const seen = new Map<string, number>();
    let last = Number((await client.query('SELECT coalesce(max(global_position), 0) AS p FROM es_events')).rows[0].p);
    let watching = true;
    // Processors read below the cluster-wide oldest transaction (docs/architecture.md): record the longest
    // transaction of other databases seen meanwhile, which delays every restore by as much.
    let foreignTxS = 0;
    let tick = 0;
    const watcher = (async () => {
      while (watching) {
        if (tick++ % 20 === 0) {
          const f = await client.query<{ s: string }>(`SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) AS s FROM pg_stat_activity WHERE datname <> current_database() AND xact_start IS NOT NULL`);
          foreignTxS = Math.max(foreignTxS, Number(f.rows[0]!.s));
        }
        const r = await client.query<{ c: string; p: string }>(`SELECT data->>'contractId' AS c, global_position AS p FROM es_events WHERE global_position > $1 AND type = 'ServiceRestored'`, [last]);
        const now = performance.now();
        for (const row of r.rows) {
          if (!seen.has(row.c)) seen.set(row.c, now);
          last = Math.max(last, Number(row.p));
        }
        await new Promise((res) => setTimeout(res, 5));
      }
    })();
    const waitFor = async (ids: string[]) => {
      const deadline = performance.now() + 120_000;
      while (ids.some((id) => !seen.has(id))) {
        if (performance.now() > deadline) throw new Error(`restores missing: ${ids.filter((id) => !seen.has(id)).length}`);
        await new Promise((res) => setTimeout(res, 20));
      }
    };

    const half = Math.floor(N / 2);
    const counter = invoices.slice(0, half);
    const bank = invoices.slice(half);
    const committed = new Map<string, number>();
    await pool(counter, 4, async (x) => {
      await api(`/api/v1/invoices/${x.invoiceId}/payments`, { amountCents: 20000, method: 'cash' });
      committed.set(x.contractId, performance.now());
    });
    await waitFor(counter.map((x) => x.contractId));
    const counterDelays = counter.map((x) => seen.get(x.contractId)! - committed.get(x.contractId)!).sort((a, b) => a - b);

    const file = cnab240Return('001', bank.map((x) => ({ nossoNumero: x.nossoNumero, dueDate: due, nominalCents: 9990, paidCents: 10500, fineInterestCents: 510, paidOn: blockedOn })), { fileDate: blockedOn });
    const form = new FormData();
    form.append('file', new Blob([file]), 'retorno.ret');
    const res = await fetch(`${server.base}/api/v1/billing/bank-returns`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const cnabCommitted = performance.now();
    const report = await res.json();
    if (report.settled !== bank.length) throw new Error(`CNAB settled ${report.settled} of ${bank.length}`);
    await waitFor(bank.map((x) => x.contractId));
    const cnabDelays = bank.map((x) => seen.get(x.contractId)! - cnabCommitted).sort((a, b) => a - b);
    watching = false;
    await watcher;

    const m = machineInfo();
    const row = (label: string, d: number[]) => [label, String(d.length), fmt(pct(d, 50)), fmt(pct(d, 99)), fmt(d.at(-1))];
    const md = [
      `${N} blocked contracts on PostgreSQL ${db.pgVersion}; half paid one by one at the counter (4 concurrent requests), half settled by one CNAB 240 retorno.`,
      'Delay = from the payment\'s HTTP response (its commit) to the `ServiceRestored` event being visible to a client polling `es_events` every 5 ms (reactor `collections-dunning` woken by NOTIFY, then the dunning append). Target: p99 < 1 s (the RGC allows 24 h).',
      '',
      markdownTable(['path', 'contracts', 'p50 ms', 'p99 ms', 'max ms'], [row('counter payment (one per request)', counterDelays), row('CNAB retorno (one file)', cnabDelays)]),
      '',
      `Longest transaction seen in other databases of the same server during the measurement: ${foreignTxS.toFixed(1)} s${foreignTxS > 1 ? ' — the restore delays above include waiting for it (cluster-wide snapshot horizon); rerun on a quiet server for the pipeline\'s own latency' : ''}.`,
      '',
      `Machine: ${m.cpu}, ${m.nproc} cores, ${m.memory}, Node ${m.node}, load ${m.loadavg} (shared with other work). synchronous_commit=${db.pgSettings.synchronous_commit}. Run: \`node bench/run.mjs collections\`, ${new Date().toISOString().slice(0, 10)}.`,
    ].join('\n');
    process.stdout.write(md + '\n');
    writeDocSection('## Payment → service restored', md);
  } finally {
    await client.end().catch(() => undefined);
    await server.stop();
    await db.drop(log);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
