import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { notFound, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { ContractDirectoryReader } from '../../queries/contract-details/contract-directory.reader.js';
import { contractView } from '../../queries/contract-details/contract.view.js';
import { ContractDocuments } from '../../queries/contract-document/contract-documents.js';
import { pdfResponse } from '../../queries/contract-document/contract-document.http.controller.js';
import { ElectronicAcceptance, type AcceptanceLink, type AcceptanceSummary, type ElectronicAcceptanceResult } from './electronic-acceptance.js';
import { AcceptanceLinkSchema, AcceptanceSummarySchema, ElectronicAcceptanceSchema } from './electronic-acceptance.schemas.js';

export const AcceptanceLinkBody = z.object({ expiresInHours: z.number().int().min(1).max(720).optional() }).optional();
type AcceptanceLinkInput = z.infer<typeof AcceptanceLinkBody>;
export const ElectronicAcceptBody = z
  .object({ documentSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'is not a SHA-256 in lower-case hex' }).optional() })
  .optional();
type ElectronicAcceptInput = z.infer<typeof ElectronicAcceptBody>;

const LINK_PATH = '/api/v1/public/contract-acceptance';
/** The web page (frontend/app/aceite) the subscriber opens: it reads the summary and the PDF from LINK_PATH. */
const PAGE_PATH = '/aceite';

/** Staff: a single-use link (default 7 days) the subscriber opens to read and accept a draft contract. */
@ApiTags('contracts')
@Controller('v1/contracts')
export class AcceptanceLinkController {
  constructor(private readonly directory: ContractDirectoryReader, private readonly acceptance: ElectronicAcceptance, private readonly documents: ContractDocuments) {}

  @Post(':id/acceptance-link')
  @SecretResponse()
  @RequirePermission('contracts:write')
  @ZodBody(AcceptanceLinkBody)
  @ZodResponse(AcceptanceLinkSchema, 201)
  async create(@Param('id') id: string, @Body() body: AcceptanceLinkInput, @Req() req: RequestWithPrincipal): Promise<AcceptanceLink> {
    const actor = principalOf(req);
    if (!(await this.directory.exists(actor.companyId, id))) throw notFound('Contract', id);
    const doc = await this.documents.current(actor.companyId, id);
    if (doc.state.status !== 'draft') throw new ProblemException(409, 'contract-invalid-transition', 'Refused', 'Only a draft contract is accepted.', { code: 'contract.invalid-transition', current: doc.state.status });
    const { token, expiresAt } = await this.acceptance.createLink(actor.companyId, id, actor.id, body?.expiresInHours ?? 168);
    return { contractId: id, token, url: `${LINK_PATH}/${token}`, pageUrl: `${PAGE_PATH}/${token}`, expiresAt };
  }
}

/** Public: whoever holds the link reads the summary and the PDF, and accepts once. */
@ApiTags('public')
@Controller('v1/public/contract-acceptance')
export class PublicContractAcceptanceController {
  constructor(private readonly acceptance: ElectronicAcceptance, private readonly documents: ContractDocuments) {}

  @Get(':token')
  @RequirePermission('public')
  @ZodResponse(AcceptanceSummarySchema)
  async summary(@Param('token') token: string): Promise<AcceptanceSummary> {
    const link = await this.acceptance.resolve(token);
    const doc = await this.documents.current(link.companyId, link.contractId);
    const v = contractView(doc.state, doc.version);
    return {
      contractId: v.id,
      status: v.status,
      customerName: doc.customerName,
      plan: { name: doc.planName, downloadMbps: v.plan!.downloadMbps, uploadMbps: v.plan!.uploadMbps, priceCents: v.plan!.priceCents, loyaltyMonths: v.plan!.loyaltyMonths },
      addOns: v.addOns.map((a) => ({ name: doc.addOnNames[a.addOnId], priceCents: a.priceCents })),
      promotion: v.promotion,
      monthly: v.monthly,
      dueDay: v.dueDay,
      installationAddress: v.installationAddress,
      documentUrl: `${LINK_PATH}/${token}/document.pdf`,
      documentSha256: doc.sha256,
      expiresAt: link.expiresAt,
    };
  }

  @Get(':token/document.pdf')
  @ApiProduces('application/pdf')
  @RequirePermission('public')
  async pdf(@Param('token') token: string, @Res({ passthrough: true }) res: Response) {
    const link = await this.acceptance.resolve(token);
    return pdfResponse(await this.documents.current(link.companyId, link.contractId), res);
  }

  @Post(':token/accept')
  @HttpCode(200)
  @RequirePermission('public')
  @ZodBody(ElectronicAcceptBody)
  @ZodResponse(ElectronicAcceptanceSchema)
  accept(@Param('token') token: string, @Body() body: ElectronicAcceptInput, @Req() req: RequestWithPrincipal): Promise<ElectronicAcceptanceResult> {
    return this.acceptance.acceptByLink(token, req, (companyId) => commandMetadata(req, { actorKind: 'subscriber', actorId: 'acceptance-link', companyId }), body?.documentSha256);
  }
}

/** Customer area: the subscriber reads and accepts their own contracts (others are 404). */
@ApiTags('portal')
@Controller('v1/portal/contracts')
export class PortalContractAcceptanceController {
  constructor(private readonly directory: ContractDirectoryReader, private readonly acceptance: ElectronicAcceptance, private readonly documents: ContractDocuments) {}

  private async own(req: RequestWithPrincipal, id: string) {
    const p = principalOf(req);
    const holder = await this.directory.customerOf(p.companyId, id);
    if (!holder || !p.customerId || holder !== p.customerId) throw notFoundForCaller('Contract');
    return p;
  }

  @Get(':id/document.pdf')
  @ApiProduces('application/pdf')
  @RequirePermission('portal')
  async pdf(@Param('id') id: string, @Req() req: RequestWithPrincipal, @Res({ passthrough: true }) res: Response) {
    const p = await this.own(req, id);
    return pdfResponse(await this.documents.current(p.companyId, id), res);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('portal')
  @ZodBody(ElectronicAcceptBody)
  @ZodResponse(ElectronicAcceptanceSchema)
  async accept(@Param('id') id: string, @Body() body: ElectronicAcceptInput, @Req() req: RequestWithPrincipal): Promise<ElectronicAcceptanceResult> {
    const p = await this.own(req, id);
    return this.acceptance.accept(p.companyId, id, 'portal', req, commandMetadata(req), body?.documentSha256);
  }
}
