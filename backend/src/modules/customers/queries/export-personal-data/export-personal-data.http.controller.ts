import { Controller, HttpCode, Param, Post, Query as QueryParams, Req, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodQuery, ZodResponseOrFile } from '../../../../platform/http/validation.js';
import { PersonalDataExportSchema } from './personal-data-export.schemas.js';
import { renderPersonalDataPdf } from './personal-data.pdf.js';
import { ExportPersonalDataQuery } from './export-personal-data.query.js';
import { QueryBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';

export const ExportFormatQueryString = z.object({ format: z.enum(['json', 'pdf']).default('json') });
type ExportFormatParams = z.infer<typeof ExportFormatQueryString>;

@ApiTags('customers')
@Controller('v1/customers')
export class ExportPersonalDataController {
  constructor(private readonly bus: QueryBus) {}

  /**
   * LGPD art. 18 II/V: every personal datum held about the customer, as JSON: the current record and every
   * event recorded about them (customer and attached streams) with its data. `?format=pdf`: the same data as
   * a readable PDF in Portuguese, to hand to the data subject.
   */
  @Post(':id/lgpd/export')
  @HttpCode(200)
  @RequirePermission('customers:read')
  @ZodQuery(ExportFormatQueryString)
  @ZodResponseOrFile(PersonalDataExportSchema, ['application/pdf'])
  async export(@Param('id') id: string, @QueryParams() q: ExportFormatParams, @Req() req: RequestWithPrincipal) {
    const data = await this.bus.execute(new ExportPersonalDataQuery(principalOf(req).companyId, id));
    if (q.format !== 'pdf') return data;
    const pdf = await renderPersonalDataPdf(data);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="dados-pessoais-${id}.pdf"`, length: pdf.length });
  }
}
