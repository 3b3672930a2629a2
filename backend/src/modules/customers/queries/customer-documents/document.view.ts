import type { CustomerDocumentAttached, CustomerDocumentKind } from '../../domain/customer.events.js';

/** Document types as the API names them (`proof_of_address`), and the event kinds they are recorded as. */
export const DOCUMENT_TYPES = ['rg', 'cnh', 'proof_of_address', 'signed_contract', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const toKind = (t: DocumentType): CustomerDocumentKind => t.replace(/_/g, '-') as CustomerDocumentKind;
const toType = (k: CustomerDocumentKind): DocumentType => k.replace(/-/g, '_') as DocumentType;

/** A document attached to the customer: its metadata (the file stays in the storage). */
export interface DocumentView {
  id: string;
  type: DocumentType;
  /** null after erasure (personal data, crypto-shredded: the event no longer carries it). */
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  sha256: string;
  contractId: string | null;
  uploadedAt: string;
  uploadedBy: string | null;
}

export function documentView(d: CustomerDocumentAttached['data'], uploadedBy: string | null): DocumentView {
  return {
    id: d.documentId,
    type: toType(d.kind),
    fileName: d.fileName ?? null,
    contentType: d.contentType ?? null,
    size: d.size ?? null,
    sha256: d.sha256,
    contractId: d.contractId ?? null,
    uploadedAt: d.at,
    uploadedBy,
  };
}
