import { Controller, Get, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ContractDirectoryReader } from '../contract-details/contract-directory.reader.js';
import { ContractDocuments, type ContractDocument } from './contract-documents.js';

/** Sends the PDF with its SHA-256 in `X-Document-SHA256` (what an electronic acceptance records). */
export function pdfResponse(doc: ContractDocument, res: Response): StreamableFile {
  res.setHeader('X-Document-SHA256', doc.sha256);
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(doc.pdf, { type: 'application/pdf', disposition: `inline; filename="contrato-${doc.state.contractId}.pdf"`, length: doc.pdf.length });
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractDocumentController {
  constructor(private readonly directory: ContractDirectoryReader, private readonly documents: ContractDocuments) {}

  /** The contract in PDF (pt-BR), identical bytes for the same contract version. */
  @Get(':id/document.pdf')
  @ApiProduces('application/pdf')
  @RequirePermission('contracts:read')
  async pdf(@Param('id') id: string, @Req() req: RequestWithPrincipal, @Res({ passthrough: true }) res: Response) {
    const companyId = principalOf(req).companyId;
    if (!(await this.directory.exists(companyId, id))) throw notFound('Contract', id);
    return pdfResponse(await this.documents.current(companyId, id), res);
  }
}
