import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import { TimelineEntrySchema } from '../customer-details/customer-portal.schemas.js';
import { CustomerDetailSchema } from '../customer-details/customer.schemas.js';
import type { PersonalDataExport } from './personal-data.pdf.js';

/* The LGPD export's JSON answer (staff route and customer area; `format=pdf` answers the same data as a PDF). Documentation only. */

export const PersonalDataExportSchema = z.object({
  format: z.string().describe('netprovider.lgpd-export.v1'),
  exportedAt: z.string(),
  customer: CustomerDetailSchema,
  events: z.array(TimelineEntrySchema).describe('every event recorded about the customer, oldest first'),
}).meta({ id: 'PersonalDataExport' });

responseMatches<SameShape<z.infer<typeof PersonalDataExportSchema>, PersonalDataExport>>();
