import type { Logger } from 'pino';
import type { RunningServer } from '../server.js';

/** Fills a demo ISP. Each bounded context adds its part here as it lands. */
export async function seedDemo(_server: RunningServer, logger: Logger): Promise<void> {
  logger.info('demo seed: nothing to seed yet beyond the first admin');
}
