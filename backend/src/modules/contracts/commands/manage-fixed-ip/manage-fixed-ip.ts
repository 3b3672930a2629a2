import { Body, Controller, Delete, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { Reservations, reservationConflict } from '../../infrastructure/reservations.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';

export const AssignFixedIpBody = z.object({ ip: z.ipv4({ error: 'is not an IPv4 address' }) });
type AssignFixedIpInput = z.infer<typeof AssignFixedIpBody>;

/** A fixed public IPv4 for the contract, unique per company (reservation table); released on cancel. */
@ApiTags('contracts')
@Controller('v1/contracts')
export class FixedIpController {
  constructor(private readonly aggregates: ContractAggregates, private readonly reservations: Reservations) {}

  @Post(':id/fixed-ip')
  @HttpCode(200)
  @RequirePermission('contracts:write')
  @ZodBody(AssignFixedIpBody)
  @ZodResponse(ContractViewSchema)
  assign(@Param('id') id: string, @Body() body: AssignFixedIpInput, @Req() req: RequestWithPrincipal) {
    const actor = principalOf(req);
    return this.aggregates.run(actor, commandMetadata(req), id, async (state) => {
      if (body.ip !== state.fixedIp && (await this.reservations.ipTaken(actor.companyId, body.ip))) throw reservationConflict({ code: '23505', table: 'contracts_fixed_ips' });
      return [{ type: 'AssignFixedIp', data: { ip: body.ip, at: new Date().toISOString() } }];
    });
  }

  @Delete(':id/fixed-ip')
  @RequirePermission('contracts:write')
  @ZodResponse(ContractViewSchema)
  release(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.aggregates.run(principalOf(req), commandMetadata(req), id, () => [{ type: 'ReleaseFixedIp', data: { at: new Date().toISOString() } }]);
  }
}
