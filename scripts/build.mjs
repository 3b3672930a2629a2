#!/usr/bin/env node
// Builds what `npm start` needs, skipping what is already up to date:
//   packages + backend with `tsc -b` (incremental), the web app with `next build` when its sources changed.
// `--force` rebuilds everything.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

function hashTree(paths) {
  const h = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!['node_modules', '.next', 'dist'].includes(name)) walk(join(p, name));
    } else {
      h.update(p.slice(root.length));
      h.update(readFileSync(p));
    }
  };
  for (const p of paths) walk(p);
  return h.digest('hex');
}

const started = Date.now();
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'backend', ...(force ? ['--force'] : [])]);

const web = join(root, 'frontend');
const stamp = join(web, '.next', 'np-source-hash');
const hash = hashTree(['app', 'messages', 'components', 'lib', 'public', 'next.config.mjs', 'package.json', 'tsconfig.json'].map((p) => join(web, p)).concat([join(root, 'packages', 'api-client', 'src')]));
if (force || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash || !existsSync(join(web, '.next', 'BUILD_ID'))) {
  console.log('building the web app (next build)...');
  run(bin('next'), ['build'], web);
  writeFileSync(stamp, hash);
}
console.log(`build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
