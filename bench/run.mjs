#!/usr/bin/env node
// Runs every bench/*.bench.ts file, one after another, with tsx (TypeScript straight from source).
//   node bench/run.mjs                 # all bench files
//   node bench/run.mjs event-store     # only files whose name contains "event-store"
// Each bench file prints its own markdown to stdout and updates its `##` section of docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const require = createRequire(join(root, 'package.json'));
const tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`no bench files found in ${benchDir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const failed = [];
for (const file of files) {
  const started = Date.now();
  console.error(`\n=== bench: ${file} ===`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, join(benchDir, file)], { cwd: root, stdio: 'inherit' });
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
  console.error(`=== ${file}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (code !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
