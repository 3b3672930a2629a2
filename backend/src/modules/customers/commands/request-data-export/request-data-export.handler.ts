import { randomBytes } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import { asProblems, notFoundForCaller } from '../../../../platform/http/domain-problem.js';
import { saoPauloDate } from '../../../../shared-kernel/business-date.js';
import type { ConsentChannel } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';

export interface DataExportRequest {
  protocol: string;
  channel: ConsentChannel;
  requestedAt: string;
}

/** LGPD art. 18 II: records who asked for a copy of their data, when, through which channel, under a protocol. */
export class RequestDataExportCommand extends Command<DataExportRequest> {
  constructor(readonly companyId: string, readonly customerId: string, readonly channel: ConsentChannel, readonly requestedBy: string, readonly metadata: EventMetadata) {
    super();
  }
}

@CommandHandler(RequestDataExportCommand)
export class RequestDataExportHandler implements ICommandHandler<RequestDataExportCommand> {
  constructor(private readonly aggregates: CustomerAggregates, private readonly directory: CustomerDirectoryReader) {}

  async execute({ companyId, customerId, channel, requestedBy, metadata }: RequestDataExportCommand): Promise<DataExportRequest> {
    if (!(await this.directory.exists(companyId, customerId))) throw notFoundForCaller('Customer');
    const at = new Date();
    // Date + 32 random bits: unique in practice without a counter (the request is not a queue to number).
    const protocol = `LGPD-${saoPauloDate(at).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
    await asProblems(() => this.aggregates.customers.handle(customerId, { type: 'RequestPersonalDataExport', data: { protocol, channel, requestedBy, at: at.toISOString() } }, metadata));
    return { protocol, channel, requestedAt: at.toISOString() };
  }
}
