import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { InvoiceViewSchema } from '../../queries/invoices/invoice.schemas.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import { CustomersPublicApi } from '../../../customers/public-api.js';
import { InvoiceAggregates } from '../../infrastructure/invoice-aggregates.js';
import { InvoiceIssuer } from '../../infrastructure/invoice-issuer.js';

export const IssueInvoiceBody = z.object({
  customerId: z.uuid({ error: 'a customer id' }),
  contractId: z.uuid({ error: 'a contract id' }).optional(),
  dueDate: z.iso.date({ error: 'a date YYYY-MM-DD' }),
  items: z
    .array(z.object({
      description: z.string().trim().min(1).max(200),
      amountCents: z.number().int({ error: 'integer centavos' }).min(-100_000_00).max(100_000_00),
      kind: z.enum(['installation', 'charge', 'credit', 'adjustment']).optional(),
    }))
    .min(1)
    .max(50),
});
type IssueInput = z.infer<typeof IssueInvoiceBody>;

/** One-off invoice (installation fee, equipment, a service visit…) with the company's current rules. */
@ApiTags('invoices')
@Controller('v1/invoices')
export class IssueInvoiceController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly issuer: InvoiceIssuer,
    private readonly aggregates: InvoiceAggregates,
    private readonly customers: CustomersPublicApi,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('invoices:write')
  @ZodBody(IssueInvoiceBody)
  @ZodResponse(InvoiceViewSchema, 201)
  async issue(@Body() body: IssueInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const customer = await this.customers.customerForContract(companyId, body.customerId);
    if (!customer || customer.status === 'erased') {
      throw new ProblemException(422, 'validation', 'Invalid request', 'customerId does not name a customer of this company', { errors: [{ field: 'customerId', reason: 'unknown customer' }] });
    }
    const invoiceId = randomUUID();
    const now = new Date();
    const items = body.items.map((i) => ({ kind: i.kind ?? (i.amountCents < 0 ? 'credit' as const : 'charge' as const), description: i.description, amountCents: i.amountCents }));
    await asProblems(() =>
      this.db.transaction((tx) =>
        this.issuer.issue(tx, companyId, [{
          invoiceId, customerId: body.customerId, contractId: body.contractId ?? null, competence: null, runId: null, dueDate: body.dueDate, items,
          totalCents: items.reduce((s, i) => s + i.amountCents, 0),
        }], commandMetadata(req), saoPauloDate(now), now.toISOString()),
      ),
    );
    return this.aggregates.view(companyId, invoiceId);
  }
}
