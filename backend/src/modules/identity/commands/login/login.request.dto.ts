import { z } from 'zod';

export const LoginBody = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1024),
  /** A 6-digit TOTP code, or one of the recovery codes (each works once). */
  totp: z.string().trim().min(1).max(64).optional(),
});
export type LoginBodyInput = z.infer<typeof LoginBody>;
