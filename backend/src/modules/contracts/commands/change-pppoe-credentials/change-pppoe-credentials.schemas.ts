import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';
import type { PppoeCredentialsChanged } from './change-pppoe-credentials.js';

/* Response schema of POST /contracts/{id}/pppoe (documentation only, see ZodResponse). */

export const PppoeCredentialsChangedSchema = ContractViewSchema.extend({
  pppoePassword: z.string().optional().describe('the new password, answered once here (set or regenerated); absent when only the login changed'),
}).meta({ id: 'PppoeCredentialsChanged' });

responseMatches<SameShape<z.infer<typeof PppoeCredentialsChangedSchema>, PppoeCredentialsChanged>>();
