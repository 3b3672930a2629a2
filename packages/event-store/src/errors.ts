import type { ExpectedVersion } from './types.js';

/** Raised when a stream's current version is not the one the caller expected. Nothing was appended. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(
      `stream ${streamId}: expected version ${describeExpected(expectedVersion)} but the stream is at ${
        actualVersion === 0 ? 'no stream' : `version ${actualVersion}`
      }`,
    );
  }
}

function describeExpected(v: ExpectedVersion): string {
  if (v === 'no_stream') return 'no stream';
  if (v === 'stream_exists') return 'an existing stream';
  if (v === 'any') return 'any';
  return String(v);
}

export class EventStoreError extends Error {
  override readonly name = 'EventStoreError';
}
