import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@netprovider/event-store';
import { integrationEventFrom, integrationEventId, parseIntegrationEvent, serializeIntegrationEvent, type IntegrationEvent } from './integration-event.js';
import { mapBatch, type IntegrationEventMapper } from './outbox.js';

// Tier: unit (no I/O).

const recorded = (over: Partial<RecordedEvent> = {}): RecordedEvent => ({
  id: '0190f1e2-0000-7000-8000-000000000001',
  streamId: 'contract-42',
  streamVersion: 3,
  globalPosition: 10,
  transactionId: '900',
  type: 'ContractActivated',
  schemaVersion: 1,
  data: { plan: 'fibra' },
  metadata: { companyId: 'co-1', correlationId: 'corr-1', actorId: 'u1' },
  recordedAt: new Date('2026-01-02T03:04:05.000Z'),
  ...over,
});

describe('integration event envelope', () => {
  it('derives a stable UUID-shaped id from source id + type (+ discriminator)', () => {
    const a = integrationEventId('src-1', 'contracts.ContractActivated');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(integrationEventId('src-1', 'contracts.ContractActivated')).toBe(a);
    expect(integrationEventId('src-2', 'contracts.ContractActivated')).not.toBe(a);
    expect(integrationEventId('src-1', 'contracts.ContractSuspended')).not.toBe(a);
    expect(integrationEventId('src-1', 'contracts.ContractActivated', 0)).not.toBe(a);
    expect(integrationEventId('src-1', 'contracts.ContractActivated', 0)).not.toBe(integrationEventId('src-1', 'contracts.ContractActivated', 1));
  });

  it('builds the envelope from a recorded event', () => {
    const e = recorded();
    const ie = integrationEventFrom(e, { type: 'contracts.ContractActivated', version: 2, source: 'contracts', data: { plan: 'fibra' } });
    expect(ie).toEqual({
      id: integrationEventId(e.id, 'contracts.ContractActivated'),
      type: 'contracts.ContractActivated',
      version: 2,
      source: 'contracts',
      subject: 'contract-42',
      occurredAt: '2026-01-02T03:04:05.000Z',
      companyId: 'co-1',
      correlationId: 'corr-1',
      causationId: e.id,
      data: { plan: 'fibra' },
    });
    expect(integrationEventFrom(e, { type: 'contracts.ContractActivated', version: 2, source: 'contracts', data: null })).toMatchObject({ id: ie.id });
  });

  it('round-trips through JSON and rejects malformed envelopes', () => {
    const ie = integrationEventFrom(recorded(), { type: 'contracts.ContractActivated', version: 1, source: 'contracts', data: { a: [1, 'x'] } });
    expect(parseIntegrationEvent(serializeIntegrationEvent(ie))).toEqual(ie);
    expect(parseIntegrationEvent(Buffer.from(serializeIntegrationEvent(ie)))).toEqual(ie);
    const base = JSON.parse(serializeIntegrationEvent(ie)) as Record<string, unknown>;
    const bad: Array<[Record<string, unknown> | string, RegExp]> = [
      ['{nope', /not JSON/],
      ['[]', /not an object/],
      [{ ...base, id: '' }, /id/],
      [{ ...base, type: 'ContractActivated' }, /type/],
      [{ ...base, version: 0 }, /version/],
      [{ ...base, version: '1' }, /version/],
      [{ ...base, subject: undefined }, /subject/],
      [{ ...base, occurredAt: 'yesterday' }, /occurredAt/],
      [{ ...base, companyId: 7 }, /companyId/],
      [(({ data: _d, ...rest }) => rest)(base), /data/],
    ];
    for (const [input, re] of bad) {
      expect(() => parseIntegrationEvent(typeof input === 'string' ? input : JSON.stringify(input))).toThrow(re);
    }
    expect(() => serializeIntegrationEvent({ ...ie, version: 1.5 } as IntegrationEvent)).toThrow(/version/);
  });

  it('maps a batch in log order and refuses a mapper that emits the same id twice', () => {
    const m: IntegrationEventMapper = {
      eventType: 'ContractActivated',
      map: (e) => integrationEventFrom(e, { type: 'contracts.ContractActivated', version: 1, source: 'contracts', data: e.data }),
    };
    const events = [recorded({ id: 'a' }), recorded({ id: 'b', type: 'Other' }), recorded({ id: 'c' })];
    const out = mapBatch(events, new Map([['ContractActivated', [m]]]), (ie) => `np.${ie.source}`);
    expect(out.map((x) => [x.topic, x.event.causationId])).toEqual([['np.contracts', 'a'], ['np.contracts', 'c']]);
    const twice: IntegrationEventMapper = { eventType: 'ContractActivated', map: (e) => [m.map(e) as IntegrationEvent, m.map(e) as IntegrationEvent] };
    expect(() => mapBatch(events, new Map([['ContractActivated', [twice]]]), () => 't')).toThrow(/discriminator/);
  });
});
