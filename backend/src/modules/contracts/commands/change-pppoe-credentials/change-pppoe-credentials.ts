import { randomInt } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { SecretResponse } from '../../../../platform/http/idempotency.interceptor.js';
import { generatePppoePassword, PPPOE_LOGIN } from '../../domain/pppoe-credentials.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { Reservations, reservationConflict } from '../../infrastructure/reservations.js';
import type { ContractView } from '../../queries/contract-details/contract.view.js';
import { PppoeCredentialsChangedSchema } from './change-pppoe-credentials.schemas.js';

export const ChangePppoeBody = z
  .object({
    login: z.string().trim().toLowerCase().regex(PPPOE_LOGIN, { error: '3–64 of a-z 0-9 . _ @ -, starting with a letter or digit' }).optional(),
    password: z.string().min(10).max(64).optional(),
    regeneratePassword: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.login === undefined && b.password === undefined && !b.regeneratePassword) ctx.addIssue({ code: 'custom', path: ['login'], message: 'give login, password or regeneratePassword' });
    if (b.password !== undefined && b.regeneratePassword) ctx.addIssue({ code: 'custom', path: ['password'], message: 'give password or regeneratePassword, not both' });
  });
type ChangePppoeInput = z.infer<typeof ChangePppoeBody>;

/** The contract, with the new password when one was set or generated (the only place it is ever shown). */
export type PppoeCredentialsChanged = ContractView & { pppoePassword?: string };

/**
 * New PPPoE login and/or password (set, or regenerated). The login is unique per company (reservation
 * table); a new password is answered once, here, and never logged nor published.
 */
@ApiTags('contracts')
@Controller('v1/contracts')
export class ChangePppoeCredentialsController {
  constructor(private readonly aggregates: ContractAggregates, private readonly reservations: Reservations) {}

  @Post(':id/pppoe')
  @HttpCode(200)
  @SecretResponse()
  @RequirePermission('contracts:write')
  @ZodBody(ChangePppoeBody)
  @ZodResponse(PppoeCredentialsChangedSchema)
  async change(@Param('id') id: string, @Body() body: ChangePppoeInput, @Req() req: RequestWithPrincipal): Promise<PppoeCredentialsChanged> {
    const actor = principalOf(req);
    const password = body.regeneratePassword ? generatePppoePassword(randomInt) : body.password;
    const view = await this.aggregates.run(actor, commandMetadata(req), id, async (state) => {
      if (body.login !== undefined && body.login !== state.pppoe?.login && (await this.reservations.loginTaken(actor.companyId, body.login))) {
        throw reservationConflict({ code: '23505', table: 'contracts_pppoe_logins' });
      }
      return [{ type: 'ChangePppoeCredentials', data: { ...(body.login !== undefined ? { login: body.login } : {}), ...(password !== undefined ? { password } : {}), at: new Date().toISOString() } }];
    });
    return { ...view, ...(password !== undefined ? { pppoePassword: password } : {}) };
  }
}
