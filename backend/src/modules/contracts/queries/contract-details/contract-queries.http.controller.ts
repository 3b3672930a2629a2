import { Controller, Get, Param, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { ContractDetailSchema, ContractListSchema } from './contract.schemas.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ContractDirectoryReader, type ContractListItem } from './contract-directory.reader.js';
import { contractView, type ContractView } from './contract.view.js';

export const GetContractQueryString = z.object({
  asOf: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant, e.g. 2026-01-31T12:00:00Z' }).optional(),
});
export const ListContractsQueryString = z.object({
  customerId: z.string().min(1).max(100).optional(),
  status: z.enum(['draft', 'awaiting_installation', 'active', 'suspended', 'cancelled']).optional(),
});

export class GetContractQuery extends Query<ContractView & { asOf: string | null }> {
  constructor(readonly companyId: string, readonly contractId: string, readonly asOf?: string) {
    super();
  }
}
export class ListContractsQuery extends Query<{ items: ContractListItem[] }> {
  constructor(readonly companyId: string, readonly filter: z.infer<typeof ListContractsQueryString>) {
    super();
  }
}

/** Folded from the contract's events, up to `asOf` when given. */
@QueryHandler(GetContractQuery)
export class GetContractHandler implements IQueryHandler<GetContractQuery> {
  constructor(private readonly directory: ContractDirectoryReader, private readonly aggregates: ContractAggregates) {}

  async execute({ companyId, contractId, asOf }: GetContractQuery) {
    if (!(await this.directory.exists(companyId, contractId))) throw notFound('Contract', contractId);
    const { state, version } = await this.aggregates.contracts.load(contractId, { asOf });
    if (version === 0) throw notFound('Contract', contractId);
    return { ...contractView(state, version), asOf: asOf ?? null };
  }
}

@QueryHandler(ListContractsQuery)
export class ListContractsHandler implements IQueryHandler<ListContractsQuery> {
  constructor(private readonly directory: ContractDirectoryReader) {}
  async execute({ companyId, filter }: ListContractsQuery) {
    return { items: await this.directory.list(companyId, filter) };
  }
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractQueriesController {
  constructor(private readonly bus: QueryBus) {}

  /** Newest first; filter by customer and status. */
  @Get()
  @ZodResponse(ContractListSchema)
  @RequirePermission('contracts:read')
  @ZodQuery(ListContractsQueryString)
  list(@QueryParams() q: z.infer<typeof ListContractsQueryString>, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListContractsQuery(principalOf(req).companyId, q));
  }

  @Get(':id')
  @ZodResponse(ContractDetailSchema)
  @RequirePermission('contracts:read')
  @ZodQuery(GetContractQueryString)
  get(@Param('id') id: string, @QueryParams() q: z.infer<typeof GetContractQueryString>, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new GetContractQuery(principalOf(req).companyId, id, q.asOf));
  }
}
