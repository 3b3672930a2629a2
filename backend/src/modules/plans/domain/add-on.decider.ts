import { ADD_ON_CATEGORIES, type AddOnCategory, type AddOnEvent } from './add-on.events.js';
import { DomainError } from './domain-error.js';

/* Add-on (SVA) decider, stream `add-on-<addOnId>`. */

export type AddOnCommand =
  | { type: 'CreateAddOn'; data: { addOnId: string; name: string; category: AddOnCategory; priceCents: number; active?: boolean; at: string } }
  | { type: 'ChangeAddOnPrice'; data: { priceCents: number; at: string } }
  | { type: 'RenameAddOn'; data: { name: string; at: string } }
  | { type: 'ActivateAddOn'; data: { at: string } }
  | { type: 'DeactivateAddOn'; data: { at: string } };

export interface AddOnState {
  exists: boolean;
  addOnId: string;
  name: string;
  category: AddOnCategory;
  priceCents: number;
  version: number;
  active: boolean;
}

export const initialState = (): AddOnState => ({ exists: false, addOnId: '', name: '', category: 'other', priceCents: 0, version: 0, active: false });

function price(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new DomainError('add-on.invalid-price', { field: 'priceCents' });
  return value;
}
function name(value: string): string {
  const v = (value ?? '').trim().replace(/\s+/g, ' ');
  if (v === '' || v.length > 120) throw new DomainError('add-on.invalid-name', { field: 'name' });
  return v;
}
function assertExists(state: AddOnState): void {
  if (!state.exists) throw new DomainError('add-on.not-found');
}

export function decide(command: AddOnCommand, state: AddOnState): AddOnEvent[] {
  switch (command.type) {
    case 'CreateAddOn': {
      if (state.exists) throw new DomainError('add-on.already-exists', { addOnId: state.addOnId });
      const c = command.data;
      if (!ADD_ON_CATEGORIES.includes(c.category)) throw new DomainError('add-on.invalid-category', { field: 'category' });
      return [{ type: 'AddOnCreated', data: { addOnId: c.addOnId, name: name(c.name), category: c.category, priceCents: price(c.priceCents), version: 1, active: c.active ?? true, at: c.at } }];
    }
    case 'ChangeAddOnPrice': {
      assertExists(state);
      const p = price(command.data.priceCents);
      return p === state.priceCents ? [] : [{ type: 'AddOnPriceChanged', data: { addOnId: state.addOnId, priceCents: p, version: state.version + 1, at: command.data.at } }];
    }
    case 'RenameAddOn': {
      assertExists(state);
      const n = name(command.data.name);
      return n === state.name ? [] : [{ type: 'AddOnRenamed', data: { addOnId: state.addOnId, name: n, at: command.data.at } }];
    }
    case 'ActivateAddOn':
      assertExists(state);
      return state.active ? [] : [{ type: 'AddOnActivated', data: { addOnId: state.addOnId, at: command.data.at } }];
    case 'DeactivateAddOn':
      assertExists(state);
      return state.active ? [{ type: 'AddOnDeactivated', data: { addOnId: state.addOnId, at: command.data.at } }] : [];
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolve(state: AddOnState, event: AddOnEvent): AddOnState {
  switch (event.type) {
    case 'AddOnCreated': {
      const { at: _at, ...d } = event.data;
      return { ...d, exists: true };
    }
    case 'AddOnPriceChanged':
      return { ...state, priceCents: event.data.priceCents, version: event.data.version };
    case 'AddOnRenamed':
      return { ...state, name: event.data.name };
    case 'AddOnActivated':
      return { ...state, active: true };
    case 'AddOnDeactivated':
      return { ...state, active: false };
    default: {
      const unreachable: never = event;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

export const addOnDecider = { decide, evolve, initialState };
export const addOnStreamId = (addOnId: string): string => `add-on-${addOnId}`;
