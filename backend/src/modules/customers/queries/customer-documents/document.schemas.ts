import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { DOCUMENT_TYPES, type DocumentView } from './document.view.js';

/* Response schemas of the customer documents: list and upload (documentation only, see ZodResponse; the download is the file). */

export const CustomerDocumentSchema = z.object({
  id: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  fileName: z.string().nullable().describe('null after erasure (personal data, crypto-shredded)'),
  contentType: z.string().nullable().describe('detected from the bytes; null on documents uploaded before it was recorded'),
  size: z.number().int().nullable(),
  sha256: z.string(),
  contractId: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
}).meta({ id: 'CustomerDocument' });
export const CustomerDocumentListSchema = z.object({ items: z.array(CustomerDocumentSchema).describe('newest first') }).meta({ id: 'CustomerDocumentList' });

responseMatches<SameShape<z.infer<typeof CustomerDocumentSchema>, DocumentView>>();
