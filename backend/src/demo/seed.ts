import type { Logger } from 'pino';
import { CommandBus } from '@nestjs/cqrs';
import type { RunningServer } from '../server.js';
import { systemMetadata } from '../platform/auth/command-context.js';
import { CreateUserCommand } from '../modules/identity/commands/create-user/create-user.handler.js';
import { DEFAULT_COMPANY_ID } from '../modules/identity/domain/company.events.js';
import { BUILT_IN_ROLE_NAMES } from '../modules/identity/domain/permissions.js';
import { UserDirectory } from '../modules/identity/infrastructure/user-directory.js';
import { seedDemoIsp } from './demo-isp.js';
import { seedDemoBilling } from './demo-billing.js';
import { seedDemoFinance } from './demo-finance.js';

/** Demo staff: one user per built-in role, known passwords (demo only: never use these in production). */
export const DEMO_USERS = BUILT_IN_ROLE_NAMES.map((role) => ({
  role,
  name: `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`,
  email: `demo.${role}@netprovider.dev`,
  password: `Provedor-${role[0]!.toUpperCase()}${role.slice(1)}-2025`,
}));

/** Fills a demo ISP. Each bounded context adds its part here as it lands. Idempotent: existing users are kept. */
export async function seedDemo(server: RunningServer, logger: Logger): Promise<void> {
  const app = server.app;
  if (!app) return;
  const bus = app.get(CommandBus);
  const users = app.get(UserDirectory);
  let created = 0;
  for (const u of DEMO_USERS) {
    if (await users.byEmail(u.email)) continue;
    await bus.execute(
      new CreateUserCommand({ name: u.name, email: u.email, roles: [u.role], password: u.password }, null, systemMetadata(DEFAULT_COMPANY_ID, { correlationId: 'demo-seed' }), 'seed'),
    );
    created++;
  }
  logger.info({ created, users: DEMO_USERS.length }, 'demo seed: staff users ready');
  const isp = await seedDemoIsp(app);
  logger.info(isp ?? { skipped: 'already seeded' }, 'demo seed: plans, customers and contracts ready');
  const billing = await seedDemoBilling(app);
  logger.info(billing ?? { skipped: 'already seeded' }, 'demo seed: collection account ready, next month\'s billing run approved');
  const finance = await seedDemoFinance(app);
  logger.info(finance ?? { skipped: 'already seeded' }, 'demo seed: suppliers and next month\'s bills ready');
  process.stdout.write(
    [
      '',
      'Demo staff users (admin and financeiro enrol MFA at first login):',
      ...DEMO_USERS.map((u) => `  ${u.role.padEnd(11)} ${u.email.padEnd(34)} ${u.password}`),
      '',
    ].join('\n') + '\n',
  );
}
