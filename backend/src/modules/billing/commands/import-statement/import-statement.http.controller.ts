import { Controller, HttpCode, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { MAX_BANK_FILE_BYTES, requireFile, type UploadedFileLike } from '../import-bank-return/import-bank-return.http.controller.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { StatementImportSchema } from '../../queries/statements/statement.schemas.js';
import { ImportStatementHandler } from './import-statement.handler.js';

const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } };

/** OFX statement upload (multipart field `file`): stores its lines and answers them with match proposals. */
@ApiTags('billing')
@Controller('v1/billing/statements')
export class ImportStatementController {
  constructor(private readonly handler: ImportStatementHandler) {}

  /** 201 with the statement; 200 with the earlier one when the same file was already imported. */
  @Post()
  @HttpCode(201)
  @RequirePermission('payments:write')
  @ZodResponse(StatementImportSchema, 201)
  @ZodResponse(StatementImportSchema)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BANK_FILE_BYTES, files: 1 } }))
  async upload(@UploadedFile() file: UploadedFileLike | undefined, @Req() req: RequestWithPrincipal, @Res({ passthrough: true }) res: Response) {
    const f = requireFile(file);
    const actor = principalOf(req);
    const result = await this.handler.import(actor.companyId, { buffer: f.buffer, name: f.originalname ?? null }, actor.id);
    if (result.alreadyImported) res.status(200);
    return { ...result.statement, alreadyImported: result.alreadyImported, repeatedInFile: result.repeatedInFile };
  }
}
