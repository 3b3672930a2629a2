import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests import workspace packages from source so `npm test` never depends on a stale dist/.
export default defineConfig({
  // Nest's dependency injection needs legacy decorators with design-time type metadata (spec files are
  // outside the build tsconfigs, so say it here rather than rely on tsconfig discovery).
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    alias: {
      '@netprovider/event-store': r('./packages/event-store/src/index.ts'),
      '@netprovider/cobranca': r('./packages/cobranca/src/index.ts'),
      '@netprovider/br-docs': r('./packages/br-docs/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.spec.ts', 'backend/src/**/*.spec.ts', 'backend/test/**/*.spec.ts', 'frontend/{lib,components,e2e}/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
