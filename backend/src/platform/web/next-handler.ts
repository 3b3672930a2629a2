import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RequestHandler } from 'express';

/**
 * Mounts the Next.js app (back office at /, customer area at /cliente) in this process. It needs a
 * production build (`next build`, done by `npm install` / `npm start`).
 */
export async function createNextHandler(frontendDir: string): Promise<{ handle: RequestHandler; close(): Promise<void> }> {
  if (!existsSync(join(frontendDir, '.next', 'BUILD_ID'))) {
    throw new Error(`the web app is not built (${frontendDir}/.next missing): run "npm run build"`);
  }
  const require = createRequire(join(frontendDir, 'package.json'));
  const next = require('next') as (opts: { dev: boolean; dir: string; quiet?: boolean }) => {
    prepare(): Promise<void>;
    getRequestHandler(): (req: unknown, res: unknown) => Promise<void>;
    close?: () => Promise<void>;
  };
  const app = next({ dev: false, dir: frontendDir, quiet: true });
  await app.prepare();
  const handler = app.getRequestHandler();
  return {
    handle: (req, res, nextFn) => {
      handler(req, res).catch(nextFn);
    },
    close: async () => {
      await app.close?.();
    },
  };
}
