import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { z } from 'zod';

export const RemittanceListSchema = z.object({
  items: z.array(z.object({
    id: z.string(), collectionAccountId: z.string(), sequence: z.number().int(), bankCode: z.string().nullable(), layout: z.number().int().nullable(), fileName: z.string().nullable(),
    titles: z.number().int(), totalCents: z.number().int(), createdBy: z.string(), createdAt: z.string(), downloadUrl: z.string(),
  })),
}).meta({ id: 'RemittanceList' });

interface Row {
  id: string; collection_account_id: string; sequence: number; bank_code: string | null; layout: number | null; file_name: string | null;
  titles: string | number; total_cents: string | number; created_by: string; created_at: Date | string;
}

/** Remessas generated so far, and each file as the bank expects it (Latin-1 text, CRLF). */
@ApiTags('billing')
@Controller('v1/billing/remittances')
export class RemittancesQueryController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  @RequirePermission('payments:read')
  @ZodResponse(RemittanceListSchema)
  async list(@Req() req: RequestWithPrincipal) {
    const r = await this.db.query<Row>(
      `SELECT id, collection_account_id, sequence, bank_code, layout, file_name, jsonb_array_length(invoice_ids) AS titles, total_cents, created_by, created_at
         FROM billing_remittances WHERE company_id = $1 ORDER BY created_at DESC, sequence DESC LIMIT 200`,
      [principalOf(req).companyId],
    );
    return {
      items: r.rows.map((x) => ({
        id: x.id, collectionAccountId: x.collection_account_id, sequence: x.sequence, bankCode: x.bank_code, layout: x.layout, fileName: x.file_name,
        titles: Number(x.titles), totalCents: Number(x.total_cents), createdBy: x.created_by, createdAt: new Date(x.created_at).toISOString(),
        downloadUrl: `/api/v1/billing/remittances/${x.id}`,
      })),
    };
  }

  @Get(':id')
  @RequirePermission('payments:read')
  @ApiProduces('text/plain')
  async download(@Param('id') id: string, @Req() req: RequestWithPrincipal, @Res() res: Response) {
    const r = await this.db.query<{ content: string; file_name: string | null; sequence: number }>(
      'SELECT content, file_name, sequence FROM billing_remittances WHERE company_id = $1 AND id = $2',
      [principalOf(req).companyId, id],
    );
    const row = r.rows[0];
    if (!row) throw notFound('Remittance', id);
    res.setHeader('Content-Type', 'text/plain; charset=latin1');
    res.setHeader('Content-Disposition', `attachment; filename="${row.file_name ?? `remessa-${row.sequence}.rem`}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(Buffer.from(row.content, 'latin1'));
  }
}
