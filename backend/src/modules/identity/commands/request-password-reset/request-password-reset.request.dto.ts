import { z } from 'zod';

export const PasswordResetRequestBody = z.object({ email: z.string().trim().pipe(z.email('must be an e-mail address').max(320)) });
export type PasswordResetRequestBodyInput = z.infer<typeof PasswordResetRequestBody>;
