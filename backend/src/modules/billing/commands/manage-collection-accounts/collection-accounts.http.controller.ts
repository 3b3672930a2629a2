import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { CONFIG } from '../../../../platform/database/tokens.js';
import type { Config } from '../../../../platform/config/config.js';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { responseMatches, ZodBody, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { assertCollectionAccount, SUPPORTED_BANKS, type CollectionAccount } from '../../domain/collection-account.js';
import { CollectionAccountsRepository, type CollectionAccountRecord } from '../../infrastructure/collection-accounts.repository.js';
import type { PixPsp } from '../../infrastructure/pix-psp/pix-psp.port.js';
import { PIX_PSP } from '../../infrastructure/pix-psp/pix-psp.provider.js';

const digits = (max: number, what: string) => z.string().trim().regex(new RegExp(`^\\d{1,${max}}$`), { error: `${what}: up to ${max} digits` });
const dv = z.string().trim().regex(/^[0-9Xx]$/, { error: 'one digit or X' });

export const CreateCollectionAccountBody = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  bankCode: z.string().trim().regex(/^\d{3}$/, { error: 'the 3-digit bank code (001, 033, 104, 237, 341, 748, 756)' }),
  agency: digits(5, 'agency'),
  agencyDigit: dv.optional(),
  account: digits(12, 'account'),
  accountDigit: dv.optional(),
  agreement: digits(20, 'agreement').optional(),
  wallet: digits(3, 'wallet').optional(),
  station: digits(2, 'station').optional(),
  cnabLayout: z.union([z.literal(240), z.literal(400)]).optional(),
  pixKey: z.string().trim().min(1).max(77).optional(),
  pixMode: z.enum(['static', 'psp', 'none']).optional(),
  pixMerchantCity: z.string().trim().min(1).max(15).optional(),
  beneficiaryName: z.string().trim().min(1).max(100).optional(),
  beneficiaryDocument: z.string().trim().min(11).max(18).optional(),
  firstNossoNumero: z.number().int().min(1).optional(),
  isDefault: z.boolean().optional(),
});
type CreateInput = z.infer<typeof CreateCollectionAccountBody>;

export const UpdateCollectionAccountBody = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  pixKey: z.string().trim().min(1).max(77).nullable().optional(),
  pixMode: z.enum(['static', 'psp', 'none']).optional(),
  pixMerchantCity: z.string().trim().min(1).max(15).optional(),
  isDefault: z.boolean().optional(),
  active: z.boolean().optional(),
});
type UpdateInput = z.infer<typeof UpdateCollectionAccountBody>;

export const CollectionAccountViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  bankCode: z.string(),
  bankName: z.string(),
  agency: z.string(),
  agencyDigit: z.string().nullable(),
  account: z.string(),
  accountDigit: z.string().nullable(),
  agreement: z.string().nullable(),
  wallet: z.string().nullable(),
  station: z.string().nullable(),
  cnabLayout: z.union([z.literal(240), z.literal(400)]),
  pixKey: z.string().nullable(),
  pixMode: z.enum(['static', 'psp', 'none']),
  pixMerchantCity: z.string(),
  beneficiaryName: z.string(),
  beneficiaryDocument: z.string(),
  isDefault: z.boolean(),
  active: z.boolean(),
  nextNossoNumero: z.number().int(),
}).meta({ id: 'CollectionAccountView' });
export const CollectionAccountListSchema = z.object({ items: z.array(CollectionAccountViewSchema) }).meta({ id: 'CollectionAccountList' });

const view = ({ nextNossoNumero, ...a }: CollectionAccountRecord) => ({ ...a, bankName: SUPPORTED_BANKS[a.bankCode]?.name ?? a.bankCode, nextNossoNumero });

/** Carteiras de cobrança (reference data): bank, agency/account, convênio, carteira, CNAB layout, PIX key. */
@ApiTags('billing')
@Controller('v1/billing/collection-accounts')
export class CollectionAccountsController {
  constructor(
    private readonly accounts: CollectionAccountsRepository,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PIX_PSP) private readonly psp: PixPsp | null,
  ) {}

  /** Dynamic charges need the installation's PSP (PIX_PSP_* config): refuse the mode rather than fail every invoice later. */
  private assertPspFor(pixMode: string | undefined): void {
    if (pixMode === 'psp' && !this.psp) {
      throw new ProblemException(422, 'validation', 'Invalid request', 'pixMode: no PSP configured', { errors: [{ field: 'pixMode', reason: 'no PSP configured (set PIX_PSP_BASE_URL and its credentials)' }] });
    }
  }

  @Post()
  @RequirePermission('collection-accounts:write')
  @ZodResponse(CollectionAccountViewSchema, 201)
  @ZodBody(CreateCollectionAccountBody)
  async create(@Body() body: CreateInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    this.assertPspFor(body.pixMode);
    const bank = SUPPORTED_BANKS[body.bankCode];
    const account: CollectionAccount = {
      id: randomUUID(),
      name: body.name ?? `${bank?.name ?? body.bankCode} ${body.agency}/${body.account}`,
      bankCode: body.bankCode, agency: body.agency, agencyDigit: body.agencyDigit?.toUpperCase() ?? null, account: body.account,
      accountDigit: body.accountDigit?.toUpperCase() ?? null, agreement: body.agreement ?? null, wallet: body.wallet ?? null, station: body.station ?? null,
      cnabLayout: body.cnabLayout ?? bank?.layouts[0] ?? 240, pixKey: body.pixKey ?? null, pixMode: body.pixMode ?? (body.pixKey ? 'static' : 'none'),
      pixMerchantCity: (body.pixMerchantCity ?? 'SAO PAULO').toUpperCase(), beneficiaryName: body.beneficiaryName ?? this.config.NETPROVIDER_COMPANY_NAME, beneficiaryDocument: body.beneficiaryDocument ?? '',
      isDefault: body.isDefault ?? (await this.accounts.list(companyId)).every((a) => !a.active), active: true,
    };
    await asProblems(async () => assertCollectionAccount(account));
    await this.accounts.insert(companyId, account, body.firstNossoNumero ?? 1);
    return view((await this.accounts.get(companyId, account.id))!);
  }

  @Get()
  @RequirePermission('collection-accounts:read')
  @ZodResponse(CollectionAccountListSchema)
  async list(@Req() req: RequestWithPrincipal) {
    return { items: (await this.accounts.list(principalOf(req).companyId)).map(view) };
  }

  @Get(':id')
  @RequirePermission('collection-accounts:read')
  @ZodResponse(CollectionAccountViewSchema)
  async get(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    const a = await this.accounts.get(principalOf(req).companyId, id);
    if (!a) throw notFound('Collection account', id);
    return view(a);
  }

  @Patch(':id')
  @ZodResponse(CollectionAccountViewSchema)
  @HttpCode(200)
  @RequirePermission('collection-accounts:write')
  @ZodBody(UpdateCollectionAccountBody)
  async update(@Param('id') id: string, @Body() body: UpdateInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const current = await this.accounts.get(companyId, id);
    if (!current) throw notFound('Collection account', id);
    this.assertPspFor(body.pixMode);
    await asProblems(async () => assertCollectionAccount({ ...current, ...body, pixKey: body.pixKey === undefined ? current.pixKey : body.pixKey }));
    await this.accounts.update(companyId, id, body);
    return view((await this.accounts.get(companyId, id))!);
  }
}

responseMatches<SameShape<z.infer<typeof CollectionAccountViewSchema>, ReturnType<typeof view>>>();
