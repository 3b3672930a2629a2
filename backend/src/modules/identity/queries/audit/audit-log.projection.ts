import type { ProjectionProcessor, RecordedEvent, Transaction } from '@netprovider/event-store';

/**
 * The audit index: one row per event of the whole log that carries a companyId (every command records
 * one), with who/what/when columns indexed for the audit filters. The event data itself stays in the log
 * and is read (decrypted) from the store when a page is shown. Async: it trails the log by a moment.
 */
export const auditLogProjection: ProjectionProcessor = {
  kind: 'projection',
  name: 'identity-audit-log',
  batchSize: 500,
  // Only ids and metadata are indexed: the log is read without event data.
  withData: false,
  async handle(events: readonly RecordedEvent[], tx: Transaction) {
    const rows = events
      .filter((e) => typeof e.metadata?.companyId === 'string')
      .map((e) => ({
        global_position: e.globalPosition,
        event_id: e.id,
        stream_id: e.streamId,
        stream_version: e.streamVersion,
        type: e.type,
        company_id: e.metadata.companyId,
        actor_id: typeof e.metadata.actorId === 'string' ? e.metadata.actorId : null,
        actor_kind: typeof e.metadata.actorKind === 'string' ? e.metadata.actorKind : null,
        correlation_id: typeof e.metadata.correlationId === 'string' ? e.metadata.correlationId : null,
        ip: typeof e.metadata.ip === 'string' ? e.metadata.ip : null,
        recorded_at: e.recordedAt.toISOString(),
      }));
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO identity_audit_log (global_position, event_id, stream_id, stream_version, type, company_id, actor_id, actor_kind, correlation_id, ip, recorded_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(global_position bigint, event_id text, stream_id text, stream_version bigint, type text,
         company_id text, actor_id text, actor_kind text, correlation_id text, ip text, recorded_at timestamptz)
       ON CONFLICT (global_position) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  },
  async reset(tx: Transaction) {
    await tx.query('DELETE FROM identity_audit_log');
  },
};
