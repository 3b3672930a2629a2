import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetCustomerQuery } from '../customer-details/get-customer.http.controller.js';
import { CustomerTimelineQuery } from '../customer-timeline/customer-timeline.http.controller.js';
import type { PersonalDataExport } from './personal-data.pdf.js';

/** Every personal datum held about the customer (the staff route and the customer area share it). */
export class ExportPersonalDataQuery extends Query<PersonalDataExport> {
  constructor(readonly companyId: string, readonly customerId: string) {
    super();
  }
}

@QueryHandler(ExportPersonalDataQuery)
export class ExportPersonalDataHandler implements IQueryHandler<ExportPersonalDataQuery> {
  constructor(private readonly bus: QueryBus) {}

  async execute({ companyId, customerId }: ExportPersonalDataQuery): Promise<PersonalDataExport> {
    const customer = await this.bus.execute(new GetCustomerQuery(companyId, customerId));
    const { items } = await this.bus.execute(new CustomerTimelineQuery(companyId, customerId));
    return { format: 'netprovider.lgpd-export.v1', exportedAt: new Date().toISOString(), customer, events: [...items].reverse() };
  }
}
