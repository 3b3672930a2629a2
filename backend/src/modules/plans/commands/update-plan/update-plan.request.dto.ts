import { z } from 'zod';
import { createPlanRequestSchema } from '../../domain/plan.validation.js';

/** Any subset of the plan's fields: terms → a new version; name and active → no version. */
export const UpdatePlanBody = createPlanRequestSchema
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });
export type UpdatePlanBodyInput = z.infer<typeof UpdatePlanBody>;
