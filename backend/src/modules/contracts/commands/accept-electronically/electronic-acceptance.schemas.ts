import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { ContractStatusSchema, ContractViewSchema } from '../../queries/contract-details/contract.schemas.js';
import type { AcceptanceLink, AcceptanceSummary, ElectronicAcceptanceResult } from './electronic-acceptance.js';

/* Response schemas of the electronic acceptance routes: staff link, public link, customer area (documentation only, see ZodResponse). */

const instant = z.string().describe('ISO instant');

/** POST /contracts/{id}/acceptance-link (201): the token is answered once, here. */
export const AcceptanceLinkSchema = z.object({
  contractId: z.string(),
  token: z.string(),
  url: z.string().describe('the API path of the summary (GET) and acceptance (POST …/accept)'),
  pageUrl: z.string().describe('the web page the subscriber opens'),
  expiresAt: instant,
}).meta({ id: 'AcceptanceLink' });

/** GET /public/contract-acceptance/{token}: what the subscriber reads before accepting. */
export const AcceptanceSummarySchema = z.object({
  contractId: z.string(),
  status: ContractStatusSchema,
  customerName: z.string().nullable().describe('null once the customer was erased'),
  plan: z.object({ name: z.string(), downloadMbps: z.number(), uploadMbps: z.number(), priceCents: z.number().int(), loyaltyMonths: z.number().int() }),
  addOns: z.array(z.object({ name: z.string(), priceCents: z.number().int() })),
  promotion: ContractViewSchema.shape.promotion,
  monthly: ContractViewSchema.shape.monthly,
  dueDay: z.number().int(),
  installationAddress: ContractViewSchema.shape.installationAddress,
  documentUrl: z.string().describe('the PDF being accepted'),
  documentSha256: z.string().describe('send it back with the acceptance: a contract changed since is refused (409)'),
  expiresAt: instant,
}).meta({ id: 'AcceptanceSummary' });

/** POST …/accept (public link or customer area): the contract after the acceptance, with what was recorded. */
export const ElectronicAcceptanceSchema = ContractViewSchema.extend({
  acceptance: z.object({ method: z.literal('electronic'), at: instant, ip: z.string(), documentSha256: z.string(), documentVersion: z.number().int() }),
}).meta({ id: 'ElectronicAcceptance' });

responseMatches<SameShape<z.infer<typeof AcceptanceLinkSchema>, AcceptanceLink>>();
responseMatches<SameShape<z.infer<typeof AcceptanceSummarySchema>, AcceptanceSummary>>();
responseMatches<SameShape<z.infer<typeof ElectronicAcceptanceSchema>, ElectronicAcceptanceResult>>();
