import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { responseMatches, ZodBody, ZodResponse, type SameShape } from '../../../../platform/http/validation.js';
import { GenerateRemittanceHandler, type RemittanceResult } from './generate-remittance.handler.js';

export const GenerateRemittanceBody = z.object({ collectionAccountId: z.uuid({ error: 'a collection account id' }).optional() });
type GenerateInput = z.infer<typeof GenerateRemittanceBody>;

export const RemittanceResultSchema = z.object({
  id: z.string(),
  sequence: z.number().int(),
  titles: z.number().int().describe('every title of the file, as its trailer counts them'),
  totalCents: z.number().int(),
  fileName: z.string(),
  downloadUrl: z.string(),
  registrations: z.number().int().describe('titles registered (entrada, 01)'),
  writeOffs: z.number().int().describe('pedidos de baixa (02)'),
  dueDateChanges: z.number().int().describe('alterações de vencimento (06)'),
  skipped: z.array(z.object({ invoiceId: z.string(), field: z.string(), reason: z.string() })).describe('invoices left out of this file (still pending)'),
}).meta({ id: 'RemittanceResult' });
responseMatches<SameShape<z.infer<typeof RemittanceResultSchema>, RemittanceResult>>();

/** CNAB remessa: registers the account's open invoices not yet sent to the bank (default account if omitted). */
@ApiTags('billing')
@Controller('v1/billing/remittances')
export class GenerateRemittanceController {
  constructor(private readonly handler: GenerateRemittanceHandler) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('payments:write')
  @ZodBody(GenerateRemittanceBody)
  @ZodResponse(RemittanceResultSchema, 201)
  generate(@Body() body: GenerateInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    return this.handler.generate(actor.companyId, body.collectionAccountId, actor.id);
  }
}
