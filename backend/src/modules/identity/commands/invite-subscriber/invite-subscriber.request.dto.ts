import { z } from 'zod';
import { normalizeDocument } from '../../domain/document.js';

export const InviteSubscriberBody = z.strictObject({
  customerId: z.uuid('must be a UUID'),
  /** CPF or CNPJ, with or without mask. */
  document: z.string().max(32).refine((d) => normalizeDocument(d) !== null, { message: 'must be a valid CPF or CNPJ' }),
  email: z.email('must be an e-mail address').max(320).optional(),
});
export type InviteSubscriberBodyInput = z.infer<typeof InviteSubscriberBody>;
