import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { postalAddressFields } from '../../../../shared-kernel/postal-address.schema.js';
import { CONSENT_PURPOSES } from '../../domain/customer.events.js';
import type { CustomerListItem, CustomerSearchResult } from '../customer-directory/customer-directory.reader.js';
import type { CustomerView } from './customer.view.js';

/* Response schemas of the customer routes (documentation only, see ZodResponse). */

const CustomerStatusSchema = z.enum(['active', 'erasure_requested', 'erased']);
export const CustomerPhoneSchema = z.object({ number: z.string().describe('E.164'), whatsapp: z.boolean() }).meta({ id: 'CustomerPhone' });
export const AddressSchema = z.object({
  id: z.string(),
  type: z.enum(['installation', 'billing', 'fiscal']),
  ...postalAddressFields,
}).meta({ id: 'Address' });
const Consent = z.object({ granted: z.boolean(), at: z.string() });
export const CustomerConsentsSchema = z.object(Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, Consent.optional()])) as Record<(typeof CONSENT_PURPOSES)[number], z.ZodOptional<typeof Consent>>)
  .meta({ id: 'CustomerConsentMap' });

export const CustomerViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['PF', 'PJ']),
  status: CustomerStatusSchema,
  name: z.string().nullable(),
  pseudonym: z.string().nullable().describe('after erasure, what remains'),
  tradeName: z.string().nullable(),
  document: z.string().nullable(),
  documentFormatted: z.string().nullable(),
  stateRegistration: z.string().nullable(),
  birthDate: z.string().nullable(),
  foundationDate: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(CustomerPhoneSchema),
  addresses: z.array(AddressSchema),
  tags: z.array(z.string()),
  guarantor: z.object({ name: z.string(), document: z.string(), phone: z.string().optional(), email: z.string().optional() }).nullable(),
  consents: CustomerConsentsSchema,
  version: z.number().int(),
}).meta({ id: 'CustomerView' });
/** GET /customers/{id}: the view, as it was at `asOf` when given. */
export const CustomerDetailSchema = CustomerViewSchema.extend({ asOf: z.string().nullable() }).meta({ id: 'CustomerDetail' });

export const CustomerListItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['PF', 'PJ']),
  status: CustomerStatusSchema,
  name: z.string().nullable(),
  pseudonym: z.string().nullable(),
  document: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(CustomerPhoneSchema),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'CustomerListItem' });
export const CustomerSearchResultSchema = z.object({
  items: z.array(CustomerListItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe('exact up to 500 matches, then the planner estimate'),
  totalIsEstimate: z.boolean(),
  hasMore: z.boolean(),
}).meta({ id: 'CustomerSearchResult' });

responseMatches<SameShape<z.infer<typeof CustomerViewSchema>, CustomerView>>();
responseMatches<SameShape<z.infer<typeof CustomerListItemSchema>, CustomerListItem>>();
responseMatches<SameShape<z.infer<typeof CustomerSearchResultSchema>, CustomerSearchResult>>();
