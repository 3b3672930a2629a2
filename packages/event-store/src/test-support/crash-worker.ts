/**
 * A worker process for the crash test: runs one exactly-once projection until killed. The projection
 * counts how many times it applied each event; the parent kills this process with SIGKILL mid-batch and
 * checks that, after a restart, every event was applied exactly once.
 */
import { EventStore, PGliteDatabase, PostgresDatabase, ProcessorRunner, type Database } from '../index.js';

const target = process.argv[2]!;
const db: Database = target.startsWith('postgres') ? new PostgresDatabase({ connectionString: target }) : await PGliteDatabase.open({ dataDir: target });
const store = new EventStore({ db });
const runner = new ProcessorRunner(
  store,
  [
    {
      kind: 'projection',
      name: 'crash-counter',
      batchSize: 50,
      async handle(events, tx) {
        for (const e of events)
          await tx.query(
            `INSERT INTO crash_applied (event_id, n) VALUES ($1, 1)
             ON CONFLICT (event_id) DO UPDATE SET n = crash_applied.n + 1`,
            [e.id],
          );
        // widen the window in which a kill lands between the read-model writes and the commit
        await new Promise((r) => setTimeout(r, 15));
      },
      async reset(tx) {
        await tx.query('DELETE FROM crash_applied');
      },
    },
  ],
  { pollIntervalMs: 100, lockRetryMs: 100 },
);
await runner.start();
process.stdout.write('started\n');
// report progress so the parent can kill at a known point (PGlite cannot be read from another process)
setInterval(async () => {
  const r = await db.query<{ c: string }>('SELECT count(*) AS c FROM crash_applied');
  process.stdout.write(`count ${r.rows[0]!.c}\n`);
}, 50);
