import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { createLogger } from './platform/logging/logger.js';
import { createServer, type Role } from './server.js';

/**
 * One command, one process: API + worker + web on embedded PGlite by default. `--role api|worker|web`
 * (or NETPROVIDER_ROLE) runs one role per process in production. `--demo` seeds a demo ISP.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roleArg = args.find((a) => a.startsWith('--role'))?.split('=')[1] ?? (args.includes('--role') ? args[args.indexOf('--role') + 1] : undefined);
  const env = { ...process.env };
  if (roleArg) env.NETPROVIDER_ROLE = roleArg;

  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const role = config.NETPROVIDER_ROLE as Role;
  const server = await createServer({ config, logger, role });
  const url = await server.listen(config.PORT);
  logger.info(
    { role, database: config.embedded ? `pglite:${config.dataDir}` : 'postgresql', redis: !!config.REDIS_URL, kafka: !!config.KAFKA_BROKERS?.length },
    `NetProvider listening on ${url.replace('127.0.0.1', 'localhost')}`,
  );
  if (args.includes('--demo')) {
    const { seedDemo } = await import('./demo/seed.js');
    await seedDemo(server, logger);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests and processor batches');
    try {
      await server.close();
      logger.info('stopped cleanly');
      logger.flush?.();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`NetProvider failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
