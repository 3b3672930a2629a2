import { z } from 'zod';

export const CreateUserBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200),
  email: z.email('must be an e-mail address').max(320),
  roles: z.array(z.string().min(1).max(100)).min(1, 'needs at least one role').max(20),
  /** Default: the caller's active company. */
  companyIds: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
  /** Optional initial password; without it the user gets a first-access link by e-mail. */
  password: z.string().min(1).max(256).optional(),
});
export type CreateUserBodyInput = z.infer<typeof CreateUserBody>;
