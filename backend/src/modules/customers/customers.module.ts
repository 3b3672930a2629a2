import { Inject, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@netprovider/event-store';
import { EVENT_STORE } from '../../platform/database/tokens.js';
import { customerPersonalData } from './domain/customer.personal-data.js';
import { CustomerAggregates } from './infrastructure/aggregates.js';
import { CustomerCrypto } from './infrastructure/customer-crypto.js';
import { RegisterCustomerController } from './commands/register-customer/register-customer.http.controller.js';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler.js';
import { UpdateCustomerController } from './commands/update-customer/update-customer.http.controller.js';
import { UpdateCustomerHandler } from './commands/update-customer/update-customer.handler.js';
import { EraseCustomerController } from './commands/erase-customer/erase-customer.http.controller.js';
import { EraseCustomerHandler } from './commands/erase-customer/erase-customer.handler.js';
import { ApplyCustomerCommandHandler } from './commands/apply-customer-command/apply-customer-command.handler.js';
import { ManageAddressesController } from './commands/manage-addresses/manage-addresses.http.controller.js';
import { TagCustomerController } from './commands/tag-customer/tag-customer.http.controller.js';
import { AddNoteController } from './commands/add-note/add-note.http.controller.js';
import { SetGuarantorController } from './commands/set-guarantor/set-guarantor.http.controller.js';
import { RecordConsentController } from './commands/record-consent/record-consent.http.controller.js';
import { CustomerConsentsController, CustomerConsentsHandler } from './queries/customer-consents/customer-consents.http.controller.js';
import { AttachDocumentController } from './commands/attach-document/attach-document.http.controller.js';
import { AttachDocumentHandler } from './commands/attach-document/attach-document.handler.js';
import { CustomerDocumentsController, CustomerDocumentsHandler, DownloadDocumentHandler } from './queries/customer-documents/customer-documents.http.controller.js';
import { DocumentFiles } from './infrastructure/document-files.js';
import { MulterModule } from '@nestjs/platform-express';
import type { Config } from '../../platform/config/config.js';
import { CONFIG } from '../../platform/database/tokens.js';
import { backfillZipCodeHashes, customerDirectoryProjection } from './queries/customer-directory/customer-directory.projection.js';
import { CustomerDirectoryReader } from './queries/customer-directory/customer-directory.reader.js';
import { ListCustomersController, ListCustomersHandler } from './queries/customer-directory/list-customers.http.controller.js';
import { GetCustomerController, GetCustomerHandler } from './queries/customer-details/get-customer.http.controller.js';
import { CustomerTimelineController, CustomerTimelineHandler } from './queries/customer-timeline/customer-timeline.http.controller.js';
import { ExportPersonalDataController } from './queries/export-personal-data/export-personal-data.http.controller.js';
import { CustomerExtensions, CustomersPublicApi } from './public-api.js';
import { OwnContactController } from './queries/own-contact/own-contact.http.controller.js';
import { UpdateOwnContactController } from './commands/update-own-contact/update-own-contact.http.controller.js';
import { UpdateOwnContactHandler } from './commands/update-own-contact/update-own-contact.handler.js';
import { RequestDataExportController } from './commands/request-data-export/request-data-export.http.controller.js';
import { RequestDataExportHandler } from './commands/request-data-export/request-data-export.handler.js';
import { PortalDataExportController } from './queries/export-personal-data/portal-export.http.controller.js';
import { ExportPersonalDataHandler } from './queries/export-personal-data/export-personal-data.query.js';

/**
 * Personal-data policies (crypto-shredding) and the directory projection, before anything appends; at boot,
 * the CEP index of directory rows written before it existed.
 */
class CustomersWiring implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly crypto: CustomerCrypto,
  ) {}

  onModuleInit(): void {
    for (const [type, policy] of Object.entries(customerPersonalData)) this.store.addPersonalDataPolicy(type, policy);
    this.store.addInlineProjection(customerDirectoryProjection(this.store, this.crypto));
  }

  async onApplicationBootstrap(): Promise<void> {
    await backfillZipCodeHashes(this.store, this.crypto);
  }
}

/** The subscriber record: registration, contacts, addresses, search, time travel, LGPD export and erasure. */
@Module({
  imports: [
    // uploads are held in memory (≤ DOCUMENT_MAX_BYTES), encrypted, then stored; bigger ones end in 413
    MulterModule.registerAsync({ inject: [CONFIG], useFactory: (c: Config) => ({ limits: { fileSize: c.DOCUMENT_MAX_BYTES, files: 1, fields: 10 } }) }),
  ],
  controllers: [
    RegisterCustomerController, UpdateCustomerController, EraseCustomerController,
    ManageAddressesController, TagCustomerController, AddNoteController, SetGuarantorController, RecordConsentController, CustomerConsentsController,
    AttachDocumentController, CustomerDocumentsController,
    ListCustomersController, GetCustomerController, CustomerTimelineController, ExportPersonalDataController,
    OwnContactController, UpdateOwnContactController, RequestDataExportController, PortalDataExportController,
  ],
  providers: [
    CustomersWiring, CustomerCrypto, CustomerAggregates, CustomerDirectoryReader, CustomerExtensions, CustomersPublicApi,
    RegisterCustomerHandler, UpdateCustomerHandler, EraseCustomerHandler, ApplyCustomerCommandHandler, AttachDocumentHandler, DocumentFiles,
    ListCustomersHandler, CustomerConsentsHandler, CustomerDocumentsHandler, DownloadDocumentHandler, GetCustomerHandler, CustomerTimelineHandler,
    ExportPersonalDataHandler, UpdateOwnContactHandler, RequestDataExportHandler,
  ],
  exports: [CustomersPublicApi],
})
export class CustomersModule {}
