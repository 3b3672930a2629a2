import { Controller, Get, Param, Query as QueryParams, Req, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { ZodQuery, ZodResponse, ZodResponseOrFile } from '../../../../platform/http/validation.js';
import { PersonalDataExportSchema } from './personal-data-export.schemas.js';
import type { DataExportRequest } from '../../commands/request-data-export/request-data-export.handler.js';
import { DataExportRequestListSchema } from '../customer-details/customer-portal.schemas.js';
import { customerStreamId } from '../../domain/customer.decider.js';
import type { PersonalDataExportRequested } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { subscriberOf } from '../own-contact/own-contact.http.controller.js';
import { ExportFormatQueryString } from './export-personal-data.http.controller.js';
import { ExportPersonalDataQuery } from './export-personal-data.query.js';
import { renderPersonalDataPdf } from './personal-data.pdf.js';

type PortalExportParams = { format: 'json' | 'pdf' };

/** The customer area: the caller's own export requests, and the export itself (JSON or PDF) under a protocol. */
@ApiTags('portal')
@Controller('v1/portal/me/data-export')
export class PortalDataExportController {
  constructor(private readonly bus: QueryBus, private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  private async requests(companyId: string, customerId: string): Promise<DataExportRequest[]> {
    if (!(await this.directory.exists(companyId, customerId))) throw notFoundForCaller('Customer');
    const events = await this.aggregates.store.readStream(customerStreamId(customerId));
    return events
      .filter((e) => e.type === 'PersonalDataExportRequested')
      .map((e) => {
        const d = e.data as PersonalDataExportRequested['data'];
        return { protocol: d.protocol, channel: d.channel, requestedAt: d.at };
      })
      .reverse();
  }

  @Get()
  @RequirePermission('portal')
  @ZodResponse(DataExportRequestListSchema)
  async list(@Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    return { items: await this.requests(p.companyId, p.customerId) };
  }

  @Get(':protocol')
  @RequirePermission('portal')
  @ZodQuery(ExportFormatQueryString)
  @ZodResponseOrFile(PersonalDataExportSchema, ['application/pdf'])
  async download(@Param('protocol') protocol: string, @QueryParams() q: PortalExportParams, @Req() req: RequestWithPrincipal) {
    const p = subscriberOf(req);
    if (!(await this.requests(p.companyId, p.customerId)).some((r) => r.protocol === protocol)) throw notFoundForCaller('Export request');
    const data = await this.bus.execute(new ExportPersonalDataQuery(p.companyId, p.customerId));
    if (q.format !== 'pdf') return data;
    const pdf = await renderPersonalDataPdf(data);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="dados-pessoais-${protocol}.pdf"`, length: pdf.length });
  }
}
