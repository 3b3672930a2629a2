import { Body, Controller, Delete, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { commandMetadata, principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ZodBody, ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerViewSchema } from '../../queries/customer-details/customer.schemas.js';
import type { CustomerState } from '../../domain/customer.decider.js';
import type { UF } from '@netprovider/br-docs';
import type { AddressInput } from '../../domain/customer.events.js';
import { addressChangeRequestSchema, addressSchema, type AddressChangeRequest, type AddressRequest } from '../../domain/customer.validation.js';
import { ApplyCustomerCommand } from '../apply-customer-command/apply-customer-command.handler.js';

const now = () => new Date().toISOString();

/** The current address with the given fields replaced (an unknown id goes to the decider, which refuses it). */
function merged(state: CustomerState, addressId: string, change: AddressChangeRequest): AddressInput {
  const { id: _id, ...current } = state.addresses.find((a) => a.id === addressId) ?? ({ id: addressId } as AddressInput & { id: string });
  return { ...current, ...change, ...(change.state ? { state: change.state as UF } : {}) } as AddressInput;
}

/** Installation, billing and fiscal addresses of a customer. Ids (`a1`, `a2`…) are never reused. */
@ApiTags('customers')
@Controller('v1/customers')
export class ManageAddressesController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/addresses')
  @ZodResponse(CustomerViewSchema, 201)
  @RequirePermission('customers:write')
  @ZodBody(addressSchema)
  async add(@Param('id') id: string, @Body() body: AddressRequest, @Req() req: RequestWithPrincipal) {
    const command = { type: 'AddAddress', data: { address: { ...body, state: body.state as UF }, at: now() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req), 'address'))).view;
  }

  /** Only the given fields change. */
  @Patch(':id/addresses/:addressId')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  @ZodBody(addressChangeRequestSchema)
  async change(@Param('id') id: string, @Param('addressId') addressId: string, @Body() body: AddressChangeRequest, @Req() req: RequestWithPrincipal) {
    const command = (s: CustomerState) => ({ type: 'ChangeAddress' as const, data: { addressId, address: merged(s, addressId, body), at: now() } });
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req), 'address'))).view;
  }

  @Delete(':id/addresses/:addressId')
  @ZodResponse(CustomerViewSchema)
  @RequirePermission('customers:write')
  async remove(@Param('id') id: string, @Param('addressId') addressId: string, @Req() req: RequestWithPrincipal) {
    const command = { type: 'RemoveAddress', data: { addressId, at: now() } } as const;
    return (await this.bus.execute(new ApplyCustomerCommand(id, command, principalOf(req), commandMetadata(req)))).view;
  }
}
