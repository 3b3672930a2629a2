import { Controller, Get, HttpCode, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Inject } from '@nestjs/common';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { z } from 'zod';
import { responseMatches, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { ImportBankReturnHandler, type BankReturnReport } from './import-bank-return.handler.js';

export interface UploadedFileLike {
  buffer: Buffer;
  originalname?: string;
  size: number;
}

export const MAX_BANK_FILE_BYTES = 64 * 1024 * 1024;

export function requireFile(file: UploadedFileLike | undefined): UploadedFileLike {
  if (!file || !file.buffer?.length) {
    throw new ProblemException(422, 'validation', 'Invalid request', 'file is required (multipart/form-data field "file")', { errors: [{ field: 'file', reason: 'required' }] });
  }
  return file;
}

const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } };

/** CNAB retorno upload (multipart field `file`): settles invoices and answers the report. */
const line = { line: z.number().int(), nossoNumero: z.string() };
export const BankReturnReportSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  layout: z.union([z.literal(240), z.literal(400)]),
  bankCode: z.string(),
  titles: z.number().int().describe('title lines in the file'),
  settled: z.number().int().describe('payments recorded now'),
  settledCents: z.number().int(),
  duplicates: z.number().int().describe('settlements already recorded: nothing settled twice'),
  registered: z.number().int().describe('entries confirmed registered by the bank'),
  unknown: z.array(z.object({ ...line, amountPaidCents: z.number().int(), occurrenceCode: z.string() })),
  rejected: z.array(z.object({ ...line, occurrenceCode: z.string(), description: z.string(), motives: z.array(z.string()).optional(), invoiceId: z.string().optional() })),
  mismatches: z.array(z.object({ ...line, invoiceId: z.string(), expectedCents: z.number().int(), paidCents: z.number().int(), kind: z.enum(['partial', 'overpaid']) })),
  other: z.array(z.object({ ...line, occurrenceCode: z.string(), description: z.string() })),
  instructions: z.array(z.object({
    ...line, occurrenceCode: z.string(), outcome: z.enum(['write-off-confirmed', 'due-date-changed']), invoiceId: z.string().nullable(), recorded: z.boolean(),
  })).describe('the bank\'s confirmations of instructions sent by remessa'),
}).meta({ id: 'BankReturnReport' });
responseMatches<SameShape<z.infer<typeof BankReturnReportSchema>, BankReturnReport>>();
export const BankReturnListSchema = z.object({
  items: z.array(z.object({ id: z.string(), fileName: z.string().nullable(), layout: z.number().int(), bankCode: z.string(), report: BankReturnReportSchema, uploadedBy: z.string(), uploadedAt: z.string() })),
}).meta({ id: 'BankReturnList' });

@ApiTags('billing')
@Controller('v1/billing/bank-returns')
export class ImportBankReturnController {
  constructor(
    private readonly handler: ImportBankReturnHandler,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('payments:write')
  @ZodResponse(BankReturnReportSchema)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BANK_FILE_BYTES, files: 1 } }))
  upload(@UploadedFile() file: UploadedFileLike | undefined, @Req() req: RequestWithPrincipal) {
    const f = requireFile(file);
    const actor = principalOf(req);
    return this.handler.import(actor.companyId, { buffer: f.buffer, name: f.originalname ?? null }, actor.id, commandMetadata(req));
  }

  @Get()
  @ZodResponse(BankReturnListSchema)
  @RequirePermission('payments:read')
  async list(@Req() req: RequestWithPrincipal) {
    const r = await this.db.query<{ id: string; file_name: string | null; layout: number; bank_code: string; report: BankReturnReport; uploaded_by: string; uploaded_at: Date }>(
      'SELECT id, file_name, layout, bank_code, report, uploaded_by, uploaded_at FROM billing_bank_returns WHERE company_id = $1 ORDER BY uploaded_at DESC LIMIT 100',
      [principalOf(req).companyId],
    );
    return { items: r.rows.map((x) => ({ id: x.id, fileName: x.file_name, layout: x.layout, bankCode: x.bank_code, report: x.report, uploadedBy: x.uploaded_by, uploadedAt: new Date(x.uploaded_at).toISOString() })) };
  }
}
