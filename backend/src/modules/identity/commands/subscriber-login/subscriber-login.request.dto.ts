import { z } from 'zod';

export const SubscriberLoginBody = z.object({
  /** CPF or CNPJ, with or without mask. */
  document: z.string().trim().min(1, 'is required').max(32),
  password: z.string().min(1, 'is required').max(1024),
});
export type SubscriberLoginBodyInput = z.infer<typeof SubscriberLoginBody>;

export const SubscriberFirstAccessBody = z.object({
  token: z.string().min(16, 'is not a valid token').max(256),
  password: z.string().min(1, 'is required').max(256),
});
export type SubscriberFirstAccessBodyInput = z.infer<typeof SubscriberFirstAccessBody>;
