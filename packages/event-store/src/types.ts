/** What the caller asserts about a stream before appending to it. */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

export type ActorKind = 'staff' | 'subscriber' | 'system' | 'integration';

/** Who did it, for whom, and why: the audit trail of every event. */
export interface EventMetadata {
  actorId?: string;
  actorKind?: ActorKind;
  companyId?: string;
  correlationId?: string;
  causationId?: string;
  ip?: string;
  userAgent?: string;
  [key: string]: unknown;
}

/** An event as a decider produces it. */
export interface NewEvent<T extends string = string, D = unknown> {
  type: T;
  data: D;
  /** Defaults to the latest schema version registered for the type (1 if none). */
  schemaVersion?: number;
  metadata?: EventMetadata;
  /** Defaults to a fresh UUIDv7. Give one to make a retry idempotent by id. */
  id?: string;
}

/** An event as stored and read back. */
export interface RecordedEvent<T extends string = string, D = unknown> {
  id: string;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  transactionId: string;
  type: T;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  recordedAt: Date;
  /** Paths of personal fields whose subject key was destroyed (LGPD erasure); their values read as null. */
  erasedFields?: string[];
}

export interface StreamAppend {
  streamId: string;
  events: readonly NewEvent[];
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  streams: Array<{ streamId: string; nextExpectedVersion: number }>;
  /** Every appended event with its stream version (global positions assigned by the database). */
  lastGlobalPosition: number | null;
  eventCount: number;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Only events recorded at or before this instant (time travel). */
  asOf?: Date | string;
  maxCount?: number;
}

/** Position in the global log: every event up to (transactionId, globalPosition) has been seen. */
export interface GlobalCheckpoint {
  transactionId: string;
  globalPosition: number;
}

export const START: GlobalCheckpoint = { transactionId: '0', globalPosition: 0 };
