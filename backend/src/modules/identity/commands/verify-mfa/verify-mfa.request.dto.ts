import { z } from 'zod';

export const VerifyMfaBody = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from the authenticator app') });
export type VerifyMfaBodyInput = z.infer<typeof VerifyMfaBody>;
