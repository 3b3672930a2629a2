import { Controller, Get, Inject, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent } from '@netprovider/event-store';
import { RequirePermission } from '../../../../platform/auth/permissions.js';
import { principalOf } from '../../../../platform/auth/command-context.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { notFound } from '../../../../platform/http/domain-problem.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { customerStreamId } from '../../domain/customer.decider.js';
import type { CustomerDocumentAttached } from '../../domain/customer.events.js';
import { DocumentFiles } from '../../infrastructure/document-files.js';
import { CustomerDirectoryReader } from '../customer-directory/customer-directory.reader.js';
import { ZodResponse } from '../../../../platform/http/validation.js';
import { CustomerDocumentListSchema } from './document.schemas.js';
import { documentView, type DocumentView } from './document.view.js';

type Attached = RecordedEvent & { data: CustomerDocumentAttached['data'] };

async function attachedDocuments(store: EventStore, customerId: string): Promise<Attached[]> {
  return (await store.readStream(customerStreamId(customerId))).filter((e): e is Attached => e.type === 'CustomerDocumentAttached');
}
const uploader = (e: RecordedEvent) => (typeof e.metadata.actorId === 'string' ? e.metadata.actorId : null);

export class CustomerDocumentsQuery extends Query<{ items: DocumentView[] }> {
  constructor(readonly companyId: string, readonly customerId: string) {
    super();
  }
}

export interface DocumentDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export class DownloadDocumentQuery extends Query<DocumentDownload> {
  constructor(readonly companyId: string, readonly customerId: string, readonly documentId: string) {
    super();
  }
}

/** Documents attached to the customer, newest first (metadata from the events; files stay in the storage). */
@QueryHandler(CustomerDocumentsQuery)
export class CustomerDocumentsHandler implements IQueryHandler<CustomerDocumentsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly directory: CustomerDirectoryReader) {}

  async execute({ companyId, customerId }: CustomerDocumentsQuery) {
    if (!(await this.directory.exists(companyId, customerId))) throw notFound('Customer', customerId);
    const events = await attachedDocuments(this.store, customerId);
    return { items: events.reverse().map((e) => documentView(e.data, uploader(e))) };
  }
}

/** The file, decrypted with the customer's key and checked against the checksum recorded at upload. */
@QueryHandler(DownloadDocumentQuery)
export class DownloadDocumentHandler implements IQueryHandler<DownloadDocumentQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: CustomerDirectoryReader,
    private readonly files: DocumentFiles,
  ) {}

  async execute({ companyId, customerId, documentId }: DownloadDocumentQuery): Promise<DocumentDownload> {
    if (!(await this.directory.exists(companyId, customerId))) throw notFound('Customer', customerId);
    const e = (await attachedDocuments(this.store, customerId)).find((x) => x.data.documentId === documentId);
    if (!e) throw notFound('Document', documentId);
    const body = await this.files.get(customerId, e.data.storageKey);
    if (body === 'erased') {
      throw new ProblemException(410, 'customer-erased', 'Gone', 'The customer was erased (LGPD): their documents can no longer be read.', { code: 'customer.erased' });
    }
    if (body === 'missing' || DocumentFiles.sha256(body) !== e.data.sha256) {
      throw new ProblemException(500, 'document-unavailable', 'Document unavailable', 'The stored file is missing or does not match its checksum.', { id: documentId });
    }
    return { fileName: e.data.fileName ?? documentId, contentType: e.data.contentType ?? 'application/octet-stream', body };
  }
}

/** `attachment` with an ASCII fallback name and the UTF-8 original (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('customers')
@Controller('v1/customers')
export class CustomerDocumentsController {
  constructor(private readonly bus: QueryBus) {}

  @Get(':id/documents')
  @RequirePermission('customers:read')
  @ZodResponse(CustomerDocumentListSchema)
  list(@Param('id') id: string, @Req() req: RequestWithPrincipal) {
    return this.bus.execute(new CustomerDocumentsQuery(principalOf(req).companyId, id));
  }

  /** The file itself, with its content type; 410 once the customer was erased. */
  @Get(':id/documents/:documentId')
  @RequirePermission('customers:read')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/webp')
  async download(@Param('id') id: string, @Param('documentId') documentId: string, @Req() req: RequestWithPrincipal) {
    const d = await this.bus.execute(new DownloadDocumentQuery(principalOf(req).companyId, id, documentId));
    return new StreamableFile(d.body, { type: d.contentType, disposition: contentDisposition(d.fileName), length: d.body.length });
  }
}
