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
import { ImportBankReturnHandler } from './import-bank-return.handler.js';

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
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BANK_FILE_BYTES, files: 1 } }))
  upload(@UploadedFile() file: UploadedFileLike | undefined, @Req() req: RequestWithPrincipal) {
    const f = requireFile(file);
    const actor = principalOf(req);
    return this.handler.import(actor.companyId, { buffer: f.buffer, name: f.originalname ?? null }, actor.id, commandMetadata(req));
  }

  @Get()
  @RequirePermission('payments:read')
  async list(@Req() req: RequestWithPrincipal) {
    const r = await this.db.query<{ id: string; file_name: string | null; layout: number; bank_code: string; report: unknown; uploaded_by: string; uploaded_at: Date }>(
      'SELECT id, file_name, layout, bank_code, report, uploaded_by, uploaded_at FROM billing_bank_returns WHERE company_id = $1 ORDER BY uploaded_at DESC LIMIT 100',
      [principalOf(req).companyId],
    );
    return { items: r.rows.map((x) => ({ id: x.id, fileName: x.file_name, layout: x.layout, bankCode: x.bank_code, report: x.report, uploadedBy: x.uploaded_by, uploadedAt: new Date(x.uploaded_at).toISOString() })) };
  }
}
