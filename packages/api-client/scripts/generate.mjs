#!/usr/bin/env node
// Generates src/schema.ts (the API's paths, parameters and request bodies as TypeScript types) from
// backend/openapi.json. `npm run api-client` at the root runs it; `npm run openapi` runs it after writing
// the spec; a unit test fails when the committed file differs from what the spec generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SPEC_FILE = fileURLToPath(new URL('../../../backend/openapi.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.ts', import.meta.url));

const HEADER = `/**
 * GENERATED from backend/openapi.json by packages/api-client/scripts/generate.mjs: do not edit.
 * Regenerate with \`npm run api-client\` (or \`npm run openapi\`, which also rewrites the spec).
 */
/* eslint-disable */
`;

/** The TypeScript source the current spec generates (pure: reads the spec, writes nothing). */
export async function render(specText = readFileSync(SPEC_FILE, 'utf8')) {
  const ast = await openapiTS(JSON.parse(specText), { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await render();
  writeFileSync(SCHEMA_FILE, out);
  console.log(`api-client: wrote ${SCHEMA_FILE.replace(process.cwd() + '/', '')} (${out.length} bytes)`);
}
