import { z } from 'zod';
import { responseMatches, type SameShape } from '../../../../platform/http/validation.js';
import type { DataExportRequest } from '../../commands/request-data-export/request-data-export.handler.js';
import type { OwnContact } from '../own-contact/own-contact.http.controller.js';
import type { TimelineEntry } from '../customer-timeline/customer-timeline.http.controller.js';
import { CustomerPhoneSchema } from './customer.schemas.js';

/* Response schemas of the customer area's own-data routes and of the staff timeline (documentation only). */

export const OwnContactSchema = z.object({ emails: z.array(z.string()), phones: z.array(CustomerPhoneSchema) }).meta({ id: 'OwnContact' });
export const DataExportRequestSchema = z.object({
  protocol: z.string(),
  channel: z.enum(['portal', 'app', 'whatsapp', 'phone', 'e-mail', 'in-person', 'contract']),
  requestedAt: z.string(),
}).meta({ id: 'DataExportRequest' });
/** GET /portal/me/data-export: the caller's requests, newest first. */
export const DataExportRequestListSchema = z.object({ items: z.array(DataExportRequestSchema) }).meta({ id: 'DataExportRequestList' });
export const TimelineEntrySchema = z.object({
  streamId: z.string(),
  streamVersion: z.number(),
  type: z.string(),
  recordedAt: z.string(),
  actorId: z.string().nullable(),
  actorKind: z.string().nullable(),
  correlationId: z.string().nullable(),
  data: z.unknown().describe('the event data, secrets redacted; erased personal fields absent'),
  erasedFields: z.array(z.string()).optional(),
}).meta({ id: 'TimelineEntry' });
export const TimelineSchema = z.object({ items: z.array(TimelineEntrySchema) }).meta({ id: 'CustomerTimeline' });

responseMatches<SameShape<z.infer<typeof OwnContactSchema>, OwnContact>>();
responseMatches<SameShape<z.infer<typeof DataExportRequestSchema>, DataExportRequest>>();
responseMatches<SameShape<z.infer<typeof TimelineEntrySchema>, TimelineEntry>>();
