import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type AddOnCommand } from './add-on.decider.js';
import type { AddOnEvent } from './add-on.events.js';

// Tier: unit (no I/O). Given / When / Then.

const AT = '2026-03-10T12:00:00.000Z';
const when = (events: AddOnEvent[], command: AddOnCommand) => decide(command, events.reduce(evolve, initialState()));
const thenError = (events: AddOnEvent[], command: AddOnCommand, code: string) => expect(() => when(events, command)).toThrow(expect.objectContaining({ name: 'DomainError', code }));

const created: AddOnEvent = { type: 'AddOnCreated', data: { addOnId: 'tv', name: 'TV Básica', category: 'tv', priceCents: 2990, version: 1, active: true, at: AT } };

describe('add-on (SVA) decider', () => {
  it('creates with its own price, version 1', () => {
    expect(when([], { type: 'CreateAddOn', data: { addOnId: 'tv', name: ' TV Básica ', category: 'tv', priceCents: 2990, at: AT } })).toEqual([created]);
    thenError([created], { type: 'CreateAddOn', data: { addOnId: 'tv', name: 'x', category: 'tv', priceCents: 1, at: AT } }, 'add-on.already-exists');
    thenError([], { type: 'CreateAddOn', data: { addOnId: 'x', name: 'x', category: 'tv', priceCents: -1, at: AT } }, 'add-on.invalid-price');
    thenError([], { type: 'CreateAddOn', data: { addOnId: 'x', name: 'x', category: 'radio' as never, priceCents: 1, at: AT } }, 'add-on.invalid-category');
    thenError([], { type: 'CreateAddOn', data: { addOnId: 'x', name: '', category: 'tv', priceCents: 1, at: AT } }, 'add-on.invalid-name');
  });

  it('a price change is a new version; the same price is a no-op', () => {
    expect(when([created], { type: 'ChangeAddOnPrice', data: { priceCents: 3490, at: AT } })).toEqual([{ type: 'AddOnPriceChanged', data: { addOnId: 'tv', priceCents: 3490, version: 2, at: AT } }]);
    expect(when([created], { type: 'ChangeAddOnPrice', data: { priceCents: 2990, at: AT } })).toEqual([]);
  });

  it('renames, deactivates and activates idempotently', () => {
    expect(when([created], { type: 'RenameAddOn', data: { name: 'TV Plus', at: AT } })).toEqual([{ type: 'AddOnRenamed', data: { addOnId: 'tv', name: 'TV Plus', at: AT } }]);
    const off: AddOnEvent = { type: 'AddOnDeactivated', data: { addOnId: 'tv', at: AT } };
    expect(when([created], { type: 'DeactivateAddOn', data: { at: AT } })).toEqual([off]);
    expect(when([created, off], { type: 'DeactivateAddOn', data: { at: AT } })).toEqual([]);
    expect(when([created, off], { type: 'ActivateAddOn', data: { at: AT } })).toEqual([{ type: 'AddOnActivated', data: { addOnId: 'tv', at: AT } }]);
    expect(when([created], { type: 'ActivateAddOn', data: { at: AT } })).toEqual([]);
  });

  it('refuses commands on an unknown add-on', () => {
    for (const command of [
      { type: 'ChangeAddOnPrice', data: { priceCents: 1, at: AT } },
      { type: 'RenameAddOn', data: { name: 'x', at: AT } },
      { type: 'ActivateAddOn', data: { at: AT } },
      { type: 'DeactivateAddOn', data: { at: AT } },
    ] as AddOnCommand[])
      thenError([], command, 'add-on.not-found');
  });
});
