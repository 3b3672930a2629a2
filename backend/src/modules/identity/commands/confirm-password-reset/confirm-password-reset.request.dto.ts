import { z } from 'zod';

export const PasswordResetConfirmBody = z.object({
  token: z.string().min(16, 'is not a valid token').max(256),
  newPassword: z.string().min(1, 'is required').max(256),
});
export type PasswordResetConfirmBodyInput = z.infer<typeof PasswordResetConfirmBody>;
