import { Controller, Get, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerSearchResultSchema } from '../customer-details/customer.schemas.js';
import { CustomerExtensions } from '../../customer-extensions.js';
import { CustomerDirectoryReader, type CustomerSearchResult } from './customer-directory.reader.js';
import { MAX_RESULT_WINDOW } from './customer-search.js';

export const ListCustomersQueryString = z
  .object({
    search: z.string().max(200).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => (q.page - 1) * q.pageSize < MAX_RESULT_WINDOW, {
    path: ['page'],
    error: `pages reach the first ${MAX_RESULT_WINDOW} results; narrow the search`,
  });
type ListCustomersParams = z.infer<typeof ListCustomersQueryString>;

export class ListCustomersQuery extends Query<CustomerSearchResult> {
  constructor(readonly companyId: string, readonly params: ListCustomersParams) {
    super();
  }
}

@QueryHandler(ListCustomersQuery)
export class ListCustomersHandler implements IQueryHandler<ListCustomersQuery> {
  constructor(private readonly reader: CustomerDirectoryReader, private readonly extensions: CustomerExtensions) {}

  async execute({ companyId, params }: ListCustomersQuery) {
    const term = params.search?.trim();
    const extraIds = term ? (await Promise.all(this.extensions.searchSources.map((source) => source(companyId, term)))).flat() : [];
    return this.reader.search(companyId, params, extraIds);
  }
}

@ApiTags('customers')
@Controller('v1/customers')
export class ListCustomersController {
  constructor(private readonly bus: QueryBus) {}

  /**
   * Search by name fragment (accents and case ignored), or exactly by CPF/CNPJ (with or without mask), e-mail,
   * phone, CEP or PPPoE login. `total` is exact up to 500 matches, then an estimate (`totalIsEstimate`).
   */
  @Get()
  @ZodResponse(CustomerSearchResultSchema)
  @RequirePermission('customers:read')
  @ZodQuery(ListCustomersQueryString)
  list(@QueryParams() params: ListCustomersParams, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListCustomersQuery(principalOf(req).companyId, params));
  }
}
