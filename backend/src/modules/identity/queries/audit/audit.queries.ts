import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { EventStore, RecordedEvent } from '@netprovider/event-store';
import type { Principal } from '../../../../platform/auth/principal.js';
import { EVENT_STORE } from '../../../../platform/database/tokens.js';
import { notFound } from '../../infrastructure/http-errors.js';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).or(z.iso.date({ message: 'must be an ISO 8601 date' }));

export const AuditQueryString = z.strictObject({
  actorId: z.string().max(200).optional(),
  streamId: z.string().max(300).optional(),
  type: z.string().max(200).optional(),
  from: instant.optional(),
  to: instant.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQueryStringInput = z.infer<typeof AuditQueryString>;

export interface AuditEntry {
  eventId: string;
  globalPosition: number;
  streamId: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
  actorId: string | null;
  actorKind: string | null;
  companyId: string;
  correlationId: string | null;
  ip: string | null;
  data: unknown;
  erasedFields?: string[];
}

const toEntry = (e: RecordedEvent): AuditEntry => ({
  eventId: e.id, globalPosition: e.globalPosition, streamId: e.streamId, streamVersion: e.streamVersion, type: e.type,
  recordedAt: e.recordedAt.toISOString(), actorId: (e.metadata.actorId as string) ?? null, actorKind: (e.metadata.actorKind as string) ?? null,
  companyId: e.metadata.companyId as string, correlationId: (e.metadata.correlationId as string) ?? null, ip: (e.metadata.ip as string) ?? null,
  data: e.data, ...(e.erasedFields ? { erasedFields: e.erasedFields } : {}),
});

export interface AuditPage { items: AuditEntry[]; total: number; page: number; pageSize: number }
export interface StreamHistory { streamId: string; items: AuditEntry[] }

export class SearchAuditQuery extends Query<AuditPage> {
  constructor(readonly principal: Principal, readonly filter: AuditQueryStringInput) {
    super();
  }
}

/** The event log of the caller's active company, newest first, through the indexed audit projection. */
@QueryHandler(SearchAuditQuery)
export class SearchAuditHandler implements IQueryHandler<SearchAuditQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, filter }: SearchAuditQuery) {
    const where = ['company_id = $1'];
    const params: unknown[] = [principal.companyId];
    if (filter.actorId) where.push(`actor_id = $${params.push(filter.actorId)}`);
    if (filter.streamId) where.push(`stream_id = $${params.push(filter.streamId)}`);
    if (filter.type) where.push(`type = $${params.push(filter.type)}`);
    if (filter.from) where.push(`recorded_at >= $${params.push(new Date(filter.from).toISOString())}`);
    if (filter.to) where.push(`recorded_at <= $${params.push(new Date(filter.to).toISOString())}`);
    const sql = `FROM identity_audit_log WHERE ${where.join(' AND ')}`;
    const total = await this.store.db.query<{ n: string }>(`SELECT count(*) AS n ${sql}`, params);
    const page = await this.store.db.query<{ stream_id: string; stream_version: string }>(
      `SELECT stream_id, stream_version ${sql} ORDER BY global_position DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    // read the events through the store (decrypting personal fields), one range read per stream of the page
    const byStream = new Map<string, number[]>();
    for (const r of page.rows) byStream.set(r.stream_id, [...(byStream.get(r.stream_id) ?? []), Number(r.stream_version)]);
    const found = new Map<string, RecordedEvent>();
    await Promise.all(
      [...byStream].map(async ([streamId, versions]) => {
        const events = await this.store.readStream(streamId, { fromVersion: Math.min(...versions), toVersion: Math.max(...versions) });
        for (const e of events) found.set(`${e.streamId}#${e.streamVersion}`, e);
      }),
    );
    const items = page.rows.map((r) => found.get(`${r.stream_id}#${Number(r.stream_version)}`)).filter((e): e is RecordedEvent => !!e).map(toEntry);
    return { items, total: Number(total.rows[0]!.n), page: filter.page, pageSize: filter.pageSize };
  }
}

export class StreamHistoryQuery extends Query<StreamHistory> {
  constructor(readonly principal: Principal, readonly streamId: string) {
    super();
  }
}

/** Every event of one entity's stream, oldest first, read straight from the log (no projection lag). */
@QueryHandler(StreamHistoryQuery)
export class StreamHistoryHandler implements IQueryHandler<StreamHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, streamId }: StreamHistoryQuery) {
    const events = await this.store.readStream(streamId, { maxCount: 10_000 });
    const visible = events.filter((e) => e.metadata.companyId === principal.companyId);
    if (visible.length === 0) throw notFound('Stream');
    return { streamId, items: visible.map(toEntry) };
  }
}
