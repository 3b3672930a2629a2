import { z } from 'zod';

export const UpdateUserBody = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    email: z.email('must be an e-mail address').max(320).optional(),
    roles: z.array(z.string().min(1).max(100)).min(1, 'needs at least one role').max(20).optional(),
    companyIds: z.array(z.string().min(1).max(100)).min(1, 'needs at least one company').max(50).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });
export type UpdateUserBodyInput = z.infer<typeof UpdateUserBody>;
