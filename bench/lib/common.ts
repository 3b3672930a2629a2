/**
 * Shared helpers for bench/*.bench.ts files: machine description, child-process cases, markdown output,
 * and updating one `##` section of docs/benchmarks.md without touching the other sections.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(BENCH_DIR);
const require = createRequire(join(ROOT, 'package.json'));
const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

export function machineInfo(): { cpu: string; nproc: number; memory: string; node: string; loadavg: string } {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]!.trim();
  } catch {
    /* not Linux */
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return {
    cpu,
    nproc: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    loadavg: load,
  };
}

export function packageVersion(name: string): string {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version as string;
  } catch {
    // packages whose `exports` hide package.json
    const p = join(ROOT, 'node_modules', name, 'package.json');
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')).version as string) : 'unknown';
  }
}

const RESULT_MARK = '@@RESULT ';

/** Prints a case result from a child process (the parent reads the last such line). */
export function emitResult(result: unknown): void {
  process.stdout.write(RESULT_MARK + JSON.stringify(result) + '\n');
}

/**
 * Runs `file` (TypeScript, via tsx) in a fresh Node process with `args` as JSON, so that every case gets a
 * clean heap (exact peak RSS) and no global state (e.g. pg type parsers) leaks between libraries.
 */
export async function runChild<T>(file: string, args: unknown, timeoutMs = 300_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', TSX_CLI, file, JSON.stringify(args)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').reverse().find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) {
        reject(new Error(`case ${JSON.stringify(args)} failed (exit ${code ?? signal})\n${out.slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(line.slice(RESULT_MARK.length)) as T);
      } catch (err) {
        reject(new Error(`case ${JSON.stringify(args)}: unreadable result line (${(err as Error).message}, ${line.length} characters)`));
      }
    });
  });
}

export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/** 12345.6 -> "12,346" */
export function fmt(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (!a || !b) return 'n/a';
  return `${(a / b).toFixed(2)}×`;
}

export const DOCS_FILE = join(ROOT, 'docs', 'benchmarks.md');

const DOC_PREAMBLE = `# Benchmarks

Produced by \`npm run bench\` (\`node bench/run.mjs\`), which runs every \`bench/*.bench.ts\` in turn.
Each area owns one \`##\` section below and rewrites only that section when its bench runs.
Numbers come from one run on the machine described in each section; treat differences under ~10 % as noise.
`;

/**
 * Replaces the section that starts with `heading` (e.g. "## Event store") up to the next `## ` heading,
 * or appends it. Other sections are left byte-for-byte as they were.
 */
export function writeDocSection(heading: string, body: string, file = DOCS_FILE): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : DOC_PREAMBLE;
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  let next: string;
  if (start === -1) {
    next = text.replace(/\n*$/, '\n\n') + section;
  } else {
    let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
    if (end === -1) end = lines.length;
    const before = lines.slice(0, start).join('\n');
    const after = lines.slice(end).join('\n');
    next = (before ? before.replace(/\n*$/, '\n\n') : '') + section + (after ? '\n' + after : '');
  }
  writeFileSync(file, next.replace(/\n*$/, '\n'));
}

export interface BenchDatabase {
  name: string;
  url: string;
  pgVersion: string;
  pgSettings: Record<string, string>;
  /** Drops the database (forcing out connections) and closes the admin connection. */
  drop(log: (msg: string) => void): Promise<void>;
}

/**
 * A fresh `np_bench_<ts>` database on the server at baseUrl, with the server version and the settings that
 * explain the figures (recorded next to each table).
 */
export async function createBenchDatabase(baseUrl: string, settings: readonly string[]): Promise<BenchDatabase> {
  const pg = (await import('pg')).default;
  const name = `np_bench_${Date.now()}`;
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const pgVersion = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  const rows = (await admin.query<{ name: string; setting: string }>('SELECT name, setting FROM pg_settings WHERE name = ANY($1)', [[...settings]])).rows;
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    name,
    url: url.toString(),
    pgVersion,
    pgSettings: Object.fromEntries(rows.map((r) => [r.name, r.setting])),
    async drop(log) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) => log(`drop failed: ${e}`));
      await admin.end();
    },
  };
}
