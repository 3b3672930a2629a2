import { Body, Controller, Param, Post, Req, UploadedFile as UploadedFileParam, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { jsonSchema, parseOrThrow, ZodResponse } from '../../../../platform/http/validation.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { CustomerDocumentSchema } from '../../queries/customer-documents/document.schemas.js';
import { DOCUMENT_TYPES, toKind } from '../../queries/customer-documents/document.view.js';
import { AttachDocumentCommand } from './attach-document.handler.js';

/** The form fields besides the file (multipart: validated here, after the upload is parsed). */
export const attachDocumentFieldsSchema = z.object({
  type: z.enum(DOCUMENT_TYPES),
  contractId: z.string().trim().min(1).max(100).optional(),
});
type AttachDocumentFields = z.infer<typeof attachDocumentFieldsSchema>;

const multipartSchema = {
  type: 'object',
  required: ['file', 'type'],
  properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPEG, PNG or WebP (checked by content)' }, ...(jsonSchema(attachDocumentFieldsSchema).properties as object) },
};

/** busboy reads multipart file names as latin1; browsers send UTF-8. */
const utf8Name = (name: string) => {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
};

@ApiTags('customers')
@Controller('v1/customers')
export class AttachDocumentController {
  constructor(private readonly bus: CommandBus) {}

  /** Uploads a document (multipart `file` + `type`, optional `contractId`); 413 above DOCUMENT_MAX_BYTES. */
  @Post(':id/documents')
  @RequirePermission('customers:write')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: multipartSchema as never })
  @ZodResponse(CustomerDocumentSchema, 201)
  attach(
    @Param('id') id: string,
    @UploadedFileParam() file: { originalname: string; mimetype: string; buffer: Buffer } | undefined,
    @Body() body: unknown,
    @Req() req: RequestWithPrincipal,
  ) {
    const fields: AttachDocumentFields = parseOrThrow(attachDocumentFieldsSchema, body ?? {}, 'multipart body');
    if (!file) throw validationProblem([{ field: 'file', reason: 'is required' }], 'multipart body');
    const upload = { originalName: utf8Name(file.originalname), declaredType: file.mimetype, buffer: file.buffer };
    return this.bus.execute(new AttachDocumentCommand(id, upload, toKind(fields.type), fields.contractId, principalOf(req), commandMetadata(req)));
  }
}
