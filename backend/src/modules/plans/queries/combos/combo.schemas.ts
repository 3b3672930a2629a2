import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { ComboView } from './combos.http.controller.js';

/* Response schemas of the combo routes (documentation only, see ZodResponse). */

export const ComboViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  planId: z.string(),
  addOnIds: z.array(z.string()),
  priceCents: z.number().int().describe('the monthly price of the plan with these add-ons'),
  version: z.number().int().describe('a new composition or price is a new version'),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'ComboView' });
export const ComboListSchema = z.object({ items: z.array(ComboViewSchema) }).meta({ id: 'ComboList' });

responseMatches<SameShape<z.infer<typeof ComboViewSchema>, ComboView>>();
