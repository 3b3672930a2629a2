#!/usr/bin/env node
// `npm start`: build what is missing or stale, then run the server in this same process (so Ctrl-C reaches
// it directly and its clean exit code is npm's exit code). Arguments pass through: `npm start -- --demo`.
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
await import(pathToFileURL(join(root, 'backend', 'dist', 'main.js')).href);
