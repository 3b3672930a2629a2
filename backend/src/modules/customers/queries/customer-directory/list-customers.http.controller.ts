import { Controller, Get, Query as QueryParams, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodQuery } from '../../../../platform/http/validation.js';
import { CustomerDirectoryReader, type CustomerListItem } from './customer-directory.reader.js';

export const ListCustomersQueryString = z.object({
  search: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
type ListCustomersParams = z.infer<typeof ListCustomersQueryString>;

export class ListCustomersQuery extends Query<{ items: CustomerListItem[]; page: number; pageSize: number; total: number }> {
  constructor(readonly companyId: string, readonly params: ListCustomersParams) {
    super();
  }
}

@QueryHandler(ListCustomersQuery)
export class ListCustomersHandler implements IQueryHandler<ListCustomersQuery> {
  constructor(private readonly reader: CustomerDirectoryReader) {}
  execute({ companyId, params }: ListCustomersQuery) {
    return this.reader.search(companyId, params);
  }
}

@ApiTags('customers')
@Controller('v1/customers')
export class ListCustomersController {
  constructor(private readonly bus: QueryBus) {}

  /** Search by name fragment (accents and case ignored), CPF/CNPJ (with or without mask), e-mail or phone. */
  @Get()
  @RequirePermission('customers:read')
  @ZodQuery(ListCustomersQueryString)
  list(@QueryParams() params: ListCustomersParams, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new ListCustomersQuery(principalOf(req).companyId, params));
  }
}
