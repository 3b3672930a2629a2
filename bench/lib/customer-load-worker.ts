/** One loader process of `bulkLoadParallel`: its share of the customers and of the CPF space. */
import { emitResult } from './common.js';
import { bulkLoad, CustomerGenerator } from './customer-load.js';

const args = JSON.parse(process.argv[2] ?? '{}');
const log = (m: string) => process.stderr.write(`[customer-load ${args.shard.index}] ${m}\n`);
bulkLoad({ ...args, log, generator: new CustomerGenerator(args.seed, args.shard, args.taken) }).then(
  (r) => {
    emitResult(r);
    // the result line can be megabytes (samples): exit only once stdout (a pipe, written asynchronously) has taken it
    process.stdout.write('', () => process.exit(0));
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
