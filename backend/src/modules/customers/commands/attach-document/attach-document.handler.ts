import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventMetadata } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { asProblems, notFound } from '../../../../platform/http/domain-problem.js';
import { validationProblem } from '../../../../platform/http/problem.js';
import { DomainError } from '../../domain/domain-error.js';
import type { CustomerDocumentKind } from '../../domain/customer.events.js';
import { CustomerAggregates } from '../../infrastructure/aggregates.js';
import { DocumentFiles, detectContentType, EXTENSIONS, type DocumentContentType } from '../../infrastructure/document-files.js';
import { CustomerDirectoryReader } from '../../queries/customer-directory/customer-directory.reader.js';
import { documentView, type DocumentView } from '../../queries/customer-documents/document.view.js';

export interface UploadedFile {
  originalName: string;
  declaredType: string;
  buffer: Buffer;
}

export class AttachDocumentCommand extends Command<DocumentView> {
  constructor(
    readonly customerId: string,
    readonly file: UploadedFile,
    readonly kind: CustomerDocumentKind,
    readonly contractId: string | undefined,
    readonly actor: Principal,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

const fileProblem = (reason: string) => validationProblem([{ field: 'file', reason, code: 'customer.invalid-document-file' }], 'multipart body');

/** The type the bytes show, refusing a file whose name or declared type says otherwise. */
export function checkFile(file: UploadedFile): DocumentContentType {
  if (file.buffer.length === 0) throw fileProblem('is empty');
  const detected = detectContentType(file.buffer);
  if (!detected) throw fileProblem('must be a PDF, JPEG, PNG or WebP file');
  const ext = /\.([a-z0-9]+)$/i.exec(file.originalName)?.[1]?.toLowerCase();
  if (ext && !EXTENSIONS[detected].includes(ext)) throw fileProblem(`is a ${detected} file but is named .${ext}`);
  const declared = file.declaredType.toLowerCase().split(';')[0]!.trim();
  if (declared && declared !== 'application/octet-stream' && declared !== detected && !(declared === 'image/jpg' && detected === 'image/jpeg')) {
    throw fileProblem(`is a ${detected} file but was sent as ${declared}`);
  }
  return detected;
}

/**
 * Stores the file encrypted under the customer's data key, then records CustomerDocumentAttached. If the
 * append fails, the stored object is deleted again (no orphan readable by anyone).
 */
@CommandHandler(AttachDocumentCommand)
export class AttachDocumentHandler implements ICommandHandler<AttachDocumentCommand> {
  constructor(
    private readonly aggregates: CustomerAggregates,
    private readonly directory: CustomerDirectoryReader,
    private readonly files: DocumentFiles,
  ) {}

  async execute({ customerId, file, kind, contractId, actor, metadata }: AttachDocumentCommand): Promise<DocumentView> {
    if (!(await this.directory.exists(actor.companyId, customerId))) throw notFound('Customer', customerId);
    const contentType = checkFile(file);
    const documentId = randomUUID();
    const storageKey = `customers/${customerId}/documents/${documentId}`;
    const sha256 = DocumentFiles.sha256(file.buffer);
    return asProblems(async () => {
      if (!(await this.files.put(customerId, storageKey, file.buffer))) throw new DomainError('customer.erased');
      try {
        const { events } = await this.aggregates.customers.handle(
          customerId,
          {
            type: 'AttachDocument',
            data: {
              documentId, kind, fileName: file.originalName, storageKey, sha256, contentType, size: file.buffer.length,
              ...(contractId ? { contractId } : {}), at: new Date().toISOString(),
            },
          },
          metadata,
        );
        return documentView(events[0]!.data as Parameters<typeof documentView>[0], actor.id);
      } catch (err) {
        await this.files.delete(storageKey).catch(() => undefined);
        throw err;
      }
    });
  }
}
