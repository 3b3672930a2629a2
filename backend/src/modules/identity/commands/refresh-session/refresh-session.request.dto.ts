import { z } from 'zod';

export const RefreshBody = z.object({ refreshToken: z.string().min(16, 'is not a refresh token').max(256) });
export type RefreshBodyInput = z.infer<typeof RefreshBody>;
