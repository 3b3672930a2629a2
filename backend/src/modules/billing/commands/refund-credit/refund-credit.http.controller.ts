import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, EventStore, InlineProjection, RecordedEvent, Transaction } from '@netprovider/event-store';
import { DATABASE, EVENT_STORE } from '../../../../platform/database/tokens.js';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';

export const RefundCreditBody = z.object({
  amountCents: z.number().int({ error: 'integer centavos' }).min(1),
  method: z.enum(['pix', 'transfer', 'cash']),
  reference: z.string().trim().min(1).max(200),
});
type RefundInput = z.infer<typeof RefundCreditBody>;

const CreditMovementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['overpayment', 'applied']), on: z.string(), invoiceId: z.string(), amountCents: z.number().describe('negative when the credit paid an invoice') }),
  z.object({ kind: z.literal('refund'), on: z.string(), refundId: z.string(), amountCents: z.number(), method: z.string(), reference: z.string() }),
  z.object({ kind: z.literal('grant'), on: z.string(), creditId: z.string(), contractId: z.string(), amountCents: z.number(), description: z.string().describe('suspended-days credit no invoice could carry') }),
]);
export const CustomerCreditViewSchema = z.object({
  customerId: z.string(),
  balanceCents: z.number(),
  movements: z.array(CreditMovementSchema),
}).meta({ id: 'CustomerCreditView' });
type CustomerCreditView = z.infer<typeof CustomerCreditViewSchema>;

export type CustomerCreditRefunded = { type: 'CustomerCreditRefunded'; data: { refundId: string; customerId: string; amountCents: number; method: string; reference: string; refundedOn: string; at: string } };
export const creditStreamId = (customerId: string) => `billing-credit-${customerId}`;

/** The refunds lower the customer's credit balance in the same transaction as their event. */
export function creditRefundsProjection(): InlineProjection {
  return {
    name: 'billing-credit-refunds',
    eventTypes: ['CustomerCreditRefunded'],
    async handle(events: readonly RecordedEvent[], tx: Transaction) {
      for (const e of events) {
        const d = (e as unknown as CustomerCreditRefunded).data;
        await tx.query('UPDATE billing_customer_credits SET balance_cents = balance_cents - $3 WHERE company_id = $1 AND customer_id = $2', [e.metadata.companyId, d.customerId, d.amountCents]);
      }
    },
  };
}

/**
 * A customer's credit (overpayments and suspended-days credit grants not yet used by an invoice): the balance
 * and its movements, and refunds
 * (devolução) of part or all of it — an event each, never more than the balance.
 */
@ApiTags('billing')
@Controller('v1/billing/credits')
export class CustomerCreditController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':customerId')
  @RequirePermission('payments:read')
  @ZodResponse(CustomerCreditViewSchema)
  async get(@Param('customerId') customerId: string, @Req() req: RequestWithPrincipal): Promise<CustomerCreditView> {
    const { companyId } = principalOf(req);
    const balance = await this.db.query<{ balance_cents: string }>('SELECT balance_cents FROM billing_customer_credits WHERE company_id = $1 AND customer_id = $2', [companyId, customerId]);
    const overpaid = await this.db.query<{ id: string; invoice_id: string; overpaid_cents: string; paid_on: string; method: string; amount_cents: string; reversed: boolean }>(
      `SELECT id, invoice_id, overpaid_cents, paid_on::text AS paid_on, method, amount_cents, reversed FROM billing_payments
        WHERE company_id = $1 AND customer_id = $2 AND (overpaid_cents > 0 OR method = 'credit') ORDER BY recorded_at`,
      [companyId, customerId],
    );
    const refunds = await this.store.readStream(creditStreamId(customerId));
    return {
      customerId,
      balanceCents: Number(balance.rows[0]?.balance_cents ?? 0),
      movements: [
        ...overpaid.rows.filter((r) => !r.reversed).map((r) => ({
          kind: r.method === 'credit' ? ('applied' as const) : ('overpayment' as const), on: r.paid_on, invoiceId: r.invoice_id,
          amountCents: r.method === 'credit' ? -Number(r.amount_cents) : Number(r.overpaid_cents),
        })),
        ...refunds.filter((e) => e.type === 'CustomerCreditRefunded').map((e) => {
          const d = (e as unknown as CustomerCreditRefunded).data;
          return { kind: 'refund' as const, on: d.refundedOn, refundId: d.refundId, amountCents: -d.amountCents, method: d.method, reference: d.reference };
        }),
        // suspended-days credit no invoice could carry (docs/collections.md)
        ...refunds.filter((e) => e.type === 'CustomerCreditGranted').map((e) => {
          const d = e.data as { creditId: string; contractId: string; amountCents: number; description: string; grantedOn: string };
          return { kind: 'grant' as const, on: d.grantedOn, creditId: d.creditId, contractId: d.contractId, amountCents: d.amountCents, description: d.description };
        }),
      ],
    };
  }

  @Post(':customerId/refunds')
  @HttpCode(201)
  @ZodResponse(CustomerCreditViewSchema, 201)
  @RequirePermission('payments:write')
  @ZodBody(RefundCreditBody)
  async refund(@Param('customerId') customerId: string, @Body() body: RefundInput, @Req() req: RequestWithPrincipal) {
    const { companyId } = principalOf(req);
    const refundId = randomUUID();
    const at = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      const r = await tx.query<{ balance_cents: string }>('SELECT balance_cents FROM billing_customer_credits WHERE company_id = $1 AND customer_id = $2 FOR UPDATE', [companyId, customerId]);
      const balance = Number(r.rows[0]?.balance_cents ?? 0);
      if (body.amountCents > balance) {
        throw new ProblemException(422, 'validation', 'Invalid request', `amountCents exceeds the credit balance (${balance})`, { errors: [{ field: 'amountCents', reason: `at most ${balance}` }] });
      }
      await this.store.append(creditStreamId(customerId), [{
        type: 'CustomerCreditRefunded',
        data: { refundId, customerId, amountCents: body.amountCents, method: body.method, reference: body.reference, refundedOn: saoPauloDate(at), at },
      }], { metadata: commandMetadata(req), tx });
    });
    return this.get(customerId, req);
  }
}
