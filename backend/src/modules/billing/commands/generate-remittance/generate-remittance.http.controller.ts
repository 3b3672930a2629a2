import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody } from '../../../../platform/http/validation.js';
import { GenerateRemittanceHandler } from './generate-remittance.handler.js';

export const GenerateRemittanceBody = z.object({ collectionAccountId: z.uuid({ error: 'a collection account id' }).optional() });
type GenerateInput = z.infer<typeof GenerateRemittanceBody>;

/** CNAB remessa: registers the account's open invoices not yet sent to the bank (default account if omitted). */
@ApiTags('billing')
@Controller('v1/billing/remittances')
export class GenerateRemittanceController {
  constructor(private readonly handler: GenerateRemittanceHandler) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('payments:write')
  @ZodBody(GenerateRemittanceBody)
  generate(@Body() body: GenerateInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    return this.handler.generate(actor.companyId, body.collectionAccountId, actor.id);
  }
}
