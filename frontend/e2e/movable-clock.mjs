/*
 * Test-only preload (`node --import`) for browser tests that need time to pass on the server: a process
 * started with NETPROVIDER_TEST_CLOCK_FILE reads an offset in milliseconds from that file at start and on
 * SIGUSR2, and every `Date` without arguments (and `Date.now()`) is that far from the real clock. It writes
 * `<file>.ack` with the offset it applied, so the test knows the jump happened. Never loaded outside tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.NETPROVIDER_TEST_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  const load = () => {
    try {
      offset = Number(readFileSync(file, 'utf8')) || 0;
    } catch {
      offset = 0;
    }
    writeFileSync(`${file}.ack`, String(offset));
  };
  load();
  process.on('SIGUSR2', load);
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: (target, self, args) => (args.length ? Reflect.apply(target, self, args) : new RealDate(now()).toString()),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}
