import type { ComboEvent } from './combo.events.js';
import { DomainError } from './domain-error.js';

/*
 * Combo decider (stream `combo-<comboId>`). That the plan and add-ons exist and are active is checked by the
 * command handler (other streams); here: composition and price invariants.
 */

export type ComboCommand =
  | { type: 'CreateCombo'; data: { comboId: string; name: string; planId: string; addOnIds: string[]; priceCents: number; active?: boolean; at: string } }
  | { type: 'ChangeCombo'; data: { planId?: string; addOnIds?: string[]; priceCents?: number; at: string } }
  | { type: 'ActivateCombo'; data: { at: string } }
  | { type: 'DeactivateCombo'; data: { at: string } };

export interface ComboState {
  exists: boolean;
  comboId: string;
  name: string;
  planId: string;
  addOnIds: string[];
  priceCents: number;
  version: number;
  active: boolean;
}

export const initialState = (): ComboState => ({ exists: false, comboId: '', name: '', planId: '', addOnIds: [], priceCents: 0, version: 0, active: false });

function composition(planId: string, addOnIds: string[], priceCents: number) {
  if (!planId) throw new DomainError('combo.plan-required', { field: 'planId' });
  if (addOnIds.length === 0) throw new DomainError('combo.add-ons-required', { field: 'addOnIds', reason: 'a combo has at least one add-on' });
  const dup = addOnIds.findIndex((id, i) => addOnIds.indexOf(id) !== i);
  if (dup >= 0) throw new DomainError('combo.duplicate-add-on', { field: `addOnIds.${dup}` });
  if (!Number.isSafeInteger(priceCents) || priceCents < 0) throw new DomainError('combo.invalid-price', { field: 'priceCents' });
  return { planId, addOnIds: [...addOnIds].sort(), priceCents };
}

export function decide(command: ComboCommand, state: ComboState): ComboEvent[] {
  switch (command.type) {
    case 'CreateCombo': {
      if (state.exists) throw new DomainError('combo.already-exists', { comboId: state.comboId });
      const c = command.data;
      const name = (c.name ?? '').trim();
      if (name === '' || name.length > 120) throw new DomainError('combo.invalid-name', { field: 'name' });
      return [{ type: 'ComboCreated', data: { comboId: c.comboId, name, ...composition(c.planId, c.addOnIds, c.priceCents), version: 1, active: c.active ?? true, at: c.at } }];
    }
    case 'ChangeCombo': {
      if (!state.exists) throw new DomainError('combo.not-found');
      const c = command.data;
      const next = composition(c.planId ?? state.planId, c.addOnIds ?? state.addOnIds, c.priceCents ?? state.priceCents);
      if (next.planId === state.planId && next.priceCents === state.priceCents && next.addOnIds.join() === state.addOnIds.join()) return [];
      return [{ type: 'ComboChanged', data: { comboId: state.comboId, ...next, version: state.version + 1, at: c.at } }];
    }
    case 'ActivateCombo':
      if (!state.exists) throw new DomainError('combo.not-found');
      return state.active ? [] : [{ type: 'ComboActivated', data: { comboId: state.comboId, at: command.data.at } }];
    case 'DeactivateCombo':
      if (!state.exists) throw new DomainError('combo.not-found');
      return state.active ? [{ type: 'ComboDeactivated', data: { comboId: state.comboId, at: command.data.at } }] : [];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolve(state: ComboState, event: ComboEvent): ComboState {
  switch (event.type) {
    case 'ComboCreated': {
      const { at: _at, ...d } = event.data;
      return { ...d, exists: true };
    }
    case 'ComboChanged': {
      const { at: _at, comboId: _id, ...d } = event.data;
      return { ...state, ...d };
    }
    case 'ComboActivated':
      return { ...state, active: true };
    case 'ComboDeactivated':
      return { ...state, active: false };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const comboDecider = { decide, evolve, initialState };
export const comboStreamId = (comboId: string): string => `combo-${comboId}`;
