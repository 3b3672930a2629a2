import { z } from 'zod';
import { contractAddressSchema, draftContractRequestSchema } from '../../domain/contract.validation.js';

/**
 * POST /contracts: a plan (`planId`) or a combo (`comboId`: its plan and add-ons), optional extra add-ons
 * and a promotion; the installation address inline or as one of the customer's addresses
 * (`installationAddressId`, e.g. `a1`), and optionally the customer's acceptance of the terms.
 */
export const DraftContractBody = draftContractRequestSchema
  .extend({
    planId: z.string().min(1).max(100).optional(),
    comboId: z.string().min(1).max(100).optional(),
    installationAddress: contractAddressSchema.optional(),
    installationAddressId: z.string().min(1).max(20).optional(),
    acceptance: z.object({ method: z.enum(['click', 'signature', 'in-person', 'recorded-call']), evidence: z.string().trim().min(1).max(2000) }).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.planId && !b.comboId) ctx.addIssue({ code: 'custom', path: ['planId'], message: 'give planId or comboId' });
    if (!b.installationAddress && !b.installationAddressId) ctx.addIssue({ code: 'custom', path: ['installationAddress'], message: 'give installationAddress or installationAddressId' });
    if (b.installationAddress && b.installationAddressId) ctx.addIssue({ code: 'custom', path: ['installationAddressId'], message: 'give installationAddress or installationAddressId, not both' });
  });
export type DraftContractBodyInput = z.infer<typeof DraftContractBody>;
