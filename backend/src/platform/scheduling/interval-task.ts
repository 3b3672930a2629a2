import type { Logger } from 'pino';

/**
 * A periodic background pass (outbox drains, relays): runs `run` every `everyMs`, never two passes at once,
 * a failing pass logged (message only) and retried on the next tick. The timer does not keep the process alive.
 */
export class IntervalTask {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.run();
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, `${this.name} failed; retried on the next tick`);
    } finally {
      this.running = false;
    }
  }
}
