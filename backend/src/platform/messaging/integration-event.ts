import { createHash } from 'node:crypto';
import type { RecordedEvent } from '@netprovider/event-store';

/**
 * An integration event: the public, versioned contract a module offers to other services. It is NOT the
 * internal domain event: a mapper translates a recorded domain event into zero, one or several of these,
 * so internal events can change without breaking consumers.
 */
export interface IntegrationEvent<D = unknown> {
  /** Stable: derived from the source event id + target type (+ discriminator), so a re-publish has the same id. */
  id: string;
  /** `<module>.<EventName>`, e.g. 'contracts.ContractActivated'. */
  type: string;
  /** Schema version of `data` for this type (integer >= 1). */
  version: number;
  /** The module that publishes it, e.g. 'contracts'. */
  source: string;
  /** Aggregate / stream id. It is the Kafka key: all events of one subject land on one partition, in order. */
  subject: string;
  /** ISO-8601 instant the source event was recorded. */
  occurredAt: string;
  companyId?: string;
  correlationId?: string;
  /** Id of the source (domain) event. */
  causationId?: string;
  data: D;
}

/** Fixed namespace for the name-based (v5-style) ids of integration events. */
const ID_NAMESPACE = '6f1c2f0e-7a4b-5c1d-9e3f-4b2a8d6c0e91';

/**
 * Deterministic UUID (RFC 4122 version 5 layout, SHA-1) from the source event id, the integration event type
 * and an optional discriminator (needed only when one source event maps to several events of the same type).
 */
export function integrationEventId(sourceEventId: string, type: string, discriminator?: string | number): string {
  const ns = Buffer.from(ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const name = discriminator === undefined ? `${sourceEventId}|${type}` : `${sourceEventId}|${type}|${discriminator}`;
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/**
 * Builds an envelope from a recorded domain event: stable id, subject = stream id, occurredAt = recordedAt,
 * companyId / correlationId from the event's metadata, causationId = the source event id.
 */
export function integrationEventFrom<D>(
  event: RecordedEvent,
  spec: { type: string; version: number; source: string; data: D; subject?: string; discriminator?: string | number },
): IntegrationEvent<D> {
  const ie: IntegrationEvent<D> = {
    id: integrationEventId(event.id, spec.type, spec.discriminator),
    type: spec.type,
    version: spec.version,
    source: spec.source,
    subject: spec.subject ?? event.streamId,
    occurredAt: event.recordedAt.toISOString(),
    causationId: event.id,
    data: spec.data,
  };
  const m = event.metadata ?? {};
  if (typeof m.companyId === 'string') ie.companyId = m.companyId;
  if (typeof m.correlationId === 'string') ie.correlationId = m.correlationId;
  return ie;
}

export class InvalidIntegrationEventError extends Error {
  constructor(message: string) {
    super(`invalid integration event: ${message}`);
    this.name = 'InvalidIntegrationEventError';
  }
}

/** The wire format: UTF-8 JSON of the envelope, fields in a fixed order, optional fields omitted when absent. */
export function serializeIntegrationEvent(ie: IntegrationEvent): string {
  assertValid(ie);
  const o: Record<string, unknown> = {
    id: ie.id,
    type: ie.type,
    version: ie.version,
    source: ie.source,
    subject: ie.subject,
    occurredAt: ie.occurredAt,
  };
  if (ie.companyId !== undefined) o.companyId = ie.companyId;
  if (ie.correlationId !== undefined) o.correlationId = ie.correlationId;
  if (ie.causationId !== undefined) o.causationId = ie.causationId;
  o.data = ie.data === undefined ? null : ie.data;
  return JSON.stringify(o);
}

/** Parses and validates an envelope (string, Buffer or already-parsed object). Throws InvalidIntegrationEventError. */
export function parseIntegrationEvent(input: string | Buffer | Uint8Array | unknown): IntegrationEvent {
  let value: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new InvalidIntegrationEventError(`not JSON (${(err as Error).message})`);
    }
  }
  assertValid(value);
  const v = value as IntegrationEvent;
  const out: IntegrationEvent = {
    id: v.id,
    type: v.type,
    version: v.version,
    source: v.source,
    subject: v.subject,
    occurredAt: v.occurredAt,
    data: v.data,
  };
  if (v.companyId !== undefined) out.companyId = v.companyId;
  if (v.correlationId !== undefined) out.correlationId = v.correlationId;
  if (v.causationId !== undefined) out.causationId = v.causationId;
  return out;
}

const TYPE_RE = /^[a-z][a-z0-9-]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

function assertValid(value: unknown): asserts value is IntegrationEvent {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InvalidIntegrationEventError('not an object');
  const v = value as Record<string, unknown>;
  const str = (k: string) => {
    if (typeof v[k] !== 'string' || (v[k] as string).length === 0) throw new InvalidIntegrationEventError(`${k} must be a non-empty string`);
  };
  const optStr = (k: string) => {
    if (v[k] !== undefined && typeof v[k] !== 'string') throw new InvalidIntegrationEventError(`${k} must be a string when present`);
  };
  str('id');
  str('type');
  if (!TYPE_RE.test(v.type as string)) throw new InvalidIntegrationEventError(`type ${JSON.stringify(v.type)} must look like 'module.EventName'`);
  if (!Number.isInteger(v.version) || (v.version as number) < 1) throw new InvalidIntegrationEventError('version must be an integer >= 1');
  str('source');
  str('subject');
  str('occurredAt');
  if (Number.isNaN(Date.parse(v.occurredAt as string))) throw new InvalidIntegrationEventError('occurredAt must be an ISO-8601 date');
  optStr('companyId');
  optStr('correlationId');
  optStr('causationId');
  if (!('data' in v)) throw new InvalidIntegrationEventError('data is missing');
}
