import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A real Kafka wire-protocol broker for tests: librdkafka's mock cluster, started by Debian's `kcat`
 * (`apt-get install -y kcat`). It lives as long as the kcat process; it keeps no data across restarts and
 * cannot be given a fixed port (librdkafka 2.0.2 has no `test.mock.broker.port`), so a restarted broker has
 * a new address: point clients at `() => broker.brokers` to follow it.
 */
export interface TestKafkaBroker {
  /** Current bootstrap list, e.g. ['127.0.0.1:40123']; changes after `restart()`. */
  readonly brokers: string[];
  readonly pid: number;
  /** Kills the broker (SIGKILL); every message it held is gone. */
  stop(): Promise<void>;
  /** Kills the current broker (if alive) and starts a new, empty one on a new port. */
  restart(): Promise<string[]>;
  /**
   * SIGSTOP, resolved once every thread of the broker is seen stopped in /proc (the signal alone is
   * asynchronous: under load a thread answered a request sent right after it): from then on requests hang
   * without their sockets closing. SIGCONT (`thaw`) resumes it.
   */
  freeze(): Promise<void>;
  thaw(): void;
}

const live = new Set<ChildProcess>();

/** Every thread of `pid` in state T (stopped) or t (traced), read from /proc/<pid>/task/<tid>/stat. */
function allThreadsStopped(pid: number): boolean {
  try {
    const tids = readdirSync(`/proc/${pid}/task`);
    return tids.length > 0 && tids.every((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      return state === 'T' || state === 't';
    });
  } catch {
    return false; // a thread ended between the two reads: look again
  }
}
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const c of live) if (c.pid) try { process.kill(c.pid, 'SIGKILL'); } catch { /* gone */ }
  });
}

async function spawnMock(timeoutMs: number): Promise<{ child: ChildProcess; brokers: string[] }> {
  installExitHook();
  const child = spawn('kcat', ['-C', '-b', 'dummy:9092', '-X', 'test.mock.num.brokers=1', '-t', 'warmup', '-d', 'mock'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let done = false;
    const finish = (err: Error | null, brokers?: string[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        if (child.pid) try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
        reject(err);
      } else {
        live.add(child);
        child.once('exit', () => live.delete(child));
        resolve({ child, brokers: brokers! });
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`kcat mock broker did not print its bootstrap address within ${timeoutMs} ms; stderr:\n${buffered.slice(-2000)}`)),
      timeoutMs,
    );
    child.once('error', (err: NodeJS.ErrnoException) => {
      finish(
        err.code === 'ENOENT'
          ? new Error('kcat is not installed: the Kafka tests need it for a mock broker (apt-get update && apt-get install -y kcat)')
          : err,
      );
    });
    child.once('exit', (code, signal) => finish(new Error(`kcat exited early (code ${code}, signal ${signal}); stderr:\n${buffered.slice(-2000)}`)));
    child.stderr!.setEncoding('utf8');
    // -d mock logs every request: keep draining stderr for the whole life of the broker, or kcat blocks.
    child.stderr!.on('data', (chunk: string) => {
      if (done) return;
      buffered += chunk;
      const m = /bootstrap\.servers=(127\.0\.0\.1:\d+)/.exec(buffered);
      if (m) {
        buffered = '';
        finish(null, [m[1]!]);
      }
    });
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(child.pid, 'SIGKILL');
  } catch {
    return;
  }
  await exited;
}

export async function startKafkaBroker(options: { timeoutMs?: number } = {}): Promise<TestKafkaBroker> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let current = await spawnMock(timeoutMs);
  return {
    get brokers() {
      return current.brokers;
    },
    get pid() {
      return current.child.pid!;
    },
    stop: () => kill(current.child),
    async restart() {
      await kill(current.child);
      current = await spawnMock(timeoutMs);
      return current.brokers;
    },
    async freeze() {
      const pid = current.child.pid!;
      process.kill(pid, 'SIGSTOP');
      const until = Date.now() + 10_000;
      while (!allThreadsStopped(pid)) {
        if (Date.now() > until) throw new Error(`broker ${pid} did not stop within 10 s of SIGSTOP`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    thaw() {
      process.kill(current.child.pid!, 'SIGCONT');
    },
  };
}
