/**
 * Writes backend/openapi.json from the code (run by `npm run openapi`; a test fails when the committed
 * file differs). Boots the API on an in-memory database without listening.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../config/config.js';
import { createServer } from '../../server.js';
import { buildOpenApi } from './openapi.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../../../openapi.json', import.meta.url));

export async function generateOpenApi(): Promise<string> {
  const config = loadConfig({
    NETPROVIDER_DATA_DIR: ':memory:',
    NETPROVIDER_MASTER_KEY: '00'.repeat(32),
    JWT_SECRET: 'openapi-generation-only-secret-000000',
    NETPROVIDER_WEB: 'off',
  });
  const server = await createServer({ config, logger: pino({ level: 'silent' }), role: 'api', web: false });
  try {
    return JSON.stringify(buildOpenApi(server.app!), null, 2) + '\n';
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const spec = await generateOpenApi();
  writeFileSync(OPENAPI_FILE, spec);
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}
