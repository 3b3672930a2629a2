import { z } from 'zod';

export const CreateRoleBody = z.strictObject({
  name: z.string().trim().min(2, 'must have at least 2 characters').max(60),
  description: z.string().trim().max(500).default(''),
  permissions: z.array(z.string().min(1).max(100)).min(1, 'needs at least one permission').max(200),
  mfaRequired: z.boolean().default(false),
});
export type CreateRoleBodyInput = z.infer<typeof CreateRoleBody>;

export const UpdateRoleBody = z
  .strictObject({
    name: z.string().trim().min(2, 'must have at least 2 characters').max(60).optional(),
    description: z.string().trim().max(500).optional(),
    permissions: z.array(z.string().min(1).max(100)).min(1, 'needs at least one permission').max(200).optional(),
    mfaRequired: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });
export type UpdateRoleBodyInput = z.infer<typeof UpdateRoleBody>;
