import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { cnpj, cpf } from '@netprovider/br-docs';
import type { Database } from '@netprovider/event-store';
import type { Principal } from '../platform/auth/principal.js';
import { systemMetadata } from '../platform/auth/command-context.js';
import { DATABASE } from '../platform/database/tokens.js';
import { DEFAULT_COMPANY_ID } from '../modules/identity/domain/company.events.js';
import { PERMISSIONS } from '../modules/identity/domain/permissions.js';
import { registerCustomerRequestSchema } from '../modules/customers/domain/customer.validation.js';
import { RegisterCustomerCommand } from '../modules/customers/commands/register-customer/register-customer.handler.js';
import { createPlanRequestSchema } from '../modules/plans/domain/plan.validation.js';
import { CreatePlanCommand } from '../modules/plans/commands/create-plan/create-plan.handler.js';
import { draftContractRequestSchema } from '../modules/contracts/domain/contract.validation.js';
import { DraftContractCommand } from '../modules/contracts/commands/draft-contract/draft-contract.handler.js';
import { ActivateContractCommand } from '../modules/contracts/commands/activate-contract/activate-contract.js';

/** A small deterministic PRNG (mulberry32): the same demo ISP on every machine. */
function prng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Bruno', 'Carla', 'Diego', 'Eduarda', 'Felipe', 'Gabriela', 'Henrique', 'Isabela', 'João', 'Larissa', 'Marcos', 'Natália', 'Otávio', 'Paula', 'Rafael', 'Sílvia', 'Tiago', 'Úrsula', 'Vinícius'];
const LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Conceição', 'Araújo', 'Ribeiro', 'Carvalho', 'Barbosa'];
const COMPANIES = ['Padaria Pão Quente', 'Mercado Bom Preço', 'Clínica Sorriso', 'Oficina do Zé', 'Escola Saber', 'Pousada Recanto'];
const STREETS = [
  { street: 'Rua das Flores', district: 'Centro', city: 'Campinas', state: 'SP', zip: '13010-100' },
  { street: 'Avenida Brasil', district: 'Jardim América', city: 'Ribeirão Preto', state: 'SP', zip: '14020-260' },
  { street: 'Rua XV de Novembro', district: 'Centro', city: 'Curitiba', state: 'PR', zip: '80020-310' },
  { street: 'Rua da Bahia', district: 'Lourdes', city: 'Belo Horizonte', state: 'MG', zip: '30160-011' },
  { street: 'Rua Sete de Setembro', district: 'Centro', city: 'Blumenau', state: 'SC', zip: '89010-201' },
];
const PLANS = [
  { name: 'Fibra 300 Mega', downloadMbps: 300, uploadMbps: 150, priceCents: 8990 },
  { name: 'Fibra 500 Mega', downloadMbps: 500, uploadMbps: 250, priceCents: 10990 },
  { name: 'Fibra 1 Giga', downloadMbps: 1000, uploadMbps: 500, priceCents: 14990 },
  { name: 'Rádio 50 Mega', downloadMbps: 50, uploadMbps: 25, priceCents: 7990, technology: 'radio' },
];

/**
 * The demo ISP's subscriber base: plans, about 200 customers (PF with valid CPFs, some PJ with numeric and
 * alphanumeric CNPJs) and their contracts (most active). Runs once: skipped when the demo plans exist.
 */
export async function seedDemoIsp(app: INestApplication, count = 200): Promise<{ customers: number; contracts: number } | null> {
  const db = app.get<Database>(DATABASE);
  const existing = await db.query('SELECT 1 FROM plans_catalogue WHERE name = $1 LIMIT 1', [PLANS[0]!.name]).catch(() => ({ rowCount: 0 }));
  if (existing.rowCount) return null;
  const bus = app.get(CommandBus);
  const actor: Principal = {
    kind: 'staff',
    id: 'demo-seed',
    companyId: DEFAULT_COMPANY_ID,
    companyIds: [DEFAULT_COMPANY_ID],
    permissions: new Set(PERMISSIONS as readonly string[]),
  };
  const meta = () => systemMetadata(DEFAULT_COMPANY_ID, { correlationId: 'demo-seed' });
  const random = prng(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const planIds: string[] = [];
  for (const p of PLANS) {
    const plan = await bus.execute(new CreatePlanCommand(createPlanRequestSchema.parse({ ...p, loyaltyMonths: 12, installationFeeCents: 0 }), actor, meta()));
    planIds.push(plan.id);
  }

  let contracts = 0;
  for (let i = 0; i < count; i++) {
    const pj = i % 15 === 14;
    const place = pick(STREETS);
    const first = pick(FIRST);
    const name = pj ? `${pick(COMPANIES)} ${pick(LAST)} Ltda` : `${first} ${pick(LAST)} ${pick(LAST)}`;
    const address = { type: 'installation', zipCode: place.zip, street: place.street, number: String(10 + Math.floor(random() * 1900)), district: place.district, city: place.city, state: place.state };
    const ddd = place.state === 'SP' ? '19' : place.state === 'PR' ? '41' : place.state === 'MG' ? '31' : '47';
    const body = registerCustomerRequestSchema.parse({
      kind: pj ? 'PJ' : 'PF',
      name,
      document: pj ? cnpj.generate(random, { alphanumeric: i % 30 === 29 }) : cpf.generate(random),
      emails: [`${first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${i}@exemplo.com.br`],
      phones: [{ number: `(${ddd}) 9${String(1000_0000 + Math.floor(random() * 8999_9999)).slice(0, 8)}`, whatsapp: random() < 0.8 }],
      addresses: [address],
    });
    const customer = await bus.execute(new RegisterCustomerCommand(body, actor, meta()));
    const draft = draftContractRequestSchema.parse({ customerId: customer.id, planId: pick(planIds), dueDay: pick([5, 10, 15, 20, 25, 31]), installationAddress: address });
    const contract = await bus.execute(new DraftContractCommand(draft, actor, meta()));
    contracts++;
    if (random() < 0.9) await bus.execute(new ActivateContractCommand(contract.id, {} as never, actor, meta()));
  }
  return { customers: count, contracts };
}
