import { describe, expect, it } from 'vitest';
import { decide, evolve, initialState, type ComboCommand } from './combo.decider.js';
import type { ComboEvent } from './combo.events.js';

// Tier: unit (no I/O). Given / When / Then.

const AT = '2026-03-10T12:00:00.000Z';
const when = (events: ComboEvent[], command: ComboCommand) => decide(command, events.reduce(evolve, initialState()));
const thenError = (events: ComboEvent[], command: ComboCommand, code: string, field?: string) =>
  expect(() => when(events, command)).toThrow(expect.objectContaining({ name: 'DomainError', code, ...(field ? { details: expect.objectContaining({ field }) } : {}) }));

const created: ComboEvent = { type: 'ComboCreated', data: { comboId: 'k1', name: 'Fibra + TV', planId: 'p1', addOnIds: ['av', 'tv'], priceCents: 12990, version: 1, active: true, at: AT } };

describe('combo decider', () => {
  it('creates a plan + add-ons bundle with one price', () => {
    expect(when([], { type: 'CreateCombo', data: { comboId: 'k1', name: 'Fibra + TV', planId: 'p1', addOnIds: ['tv', 'av'], priceCents: 12990, at: AT } })).toEqual([created]);
  });

  it.each([
    [{ name: '' }, 'combo.invalid-name', 'name'],
    [{ planId: '' }, 'combo.plan-required', 'planId'],
    [{ addOnIds: [] }, 'combo.add-ons-required', 'addOnIds'],
    [{ addOnIds: ['tv', 'tv'] }, 'combo.duplicate-add-on', 'addOnIds.1'],
    [{ priceCents: -1 }, 'combo.invalid-price', 'priceCents'],
  ])('refuses %j', (over, code, field) => {
    thenError([], { type: 'CreateCombo', data: { comboId: 'k1', name: 'x', planId: 'p1', addOnIds: ['tv'], priceCents: 1, at: AT, ...over } }, code, field);
  });

  it('a change of composition or price is a new version; the same one is a no-op', () => {
    expect(when([created], { type: 'ChangeCombo', data: { priceCents: 13990, at: AT } })).toEqual([{ type: 'ComboChanged', data: { comboId: 'k1', planId: 'p1', addOnIds: ['av', 'tv'], priceCents: 13990, version: 2, at: AT } }]);
    expect(when([created], { type: 'ChangeCombo', data: { addOnIds: ['tv', 'av'], at: AT } })).toEqual([]);
    thenError([created], { type: 'ChangeCombo', data: { addOnIds: [], at: AT } }, 'combo.add-ons-required');
  });

  it('activates and deactivates idempotently; unknown combos are refused', () => {
    const off: ComboEvent = { type: 'ComboDeactivated', data: { comboId: 'k1', at: AT } };
    expect(when([created], { type: 'DeactivateCombo', data: { at: AT } })).toEqual([off]);
    expect(when([created, off], { type: 'DeactivateCombo', data: { at: AT } })).toEqual([]);
    expect(when([created, off], { type: 'ActivateCombo', data: { at: AT } })).toEqual([{ type: 'ComboActivated', data: { comboId: 'k1', at: AT } }]);
    expect(when([created], { type: 'ActivateCombo', data: { at: AT } })).toEqual([]);
    thenError([created], { type: 'CreateCombo', data: { comboId: 'k1', name: 'x', planId: 'p1', addOnIds: ['tv'], priceCents: 1, at: AT } }, 'combo.already-exists');
    for (const c of [{ type: 'ChangeCombo', data: { at: AT } }, { type: 'ActivateCombo', data: { at: AT } }, { type: 'DeactivateCombo', data: { at: AT } }] as ComboCommand[]) thenError([], c, 'combo.not-found');
  });
});
