/* Combos: a plan sold with add-ons for one monthly price (e.g. "Fibra 500 + TV + Antivírus"). */
export type ComboCreated = {
  type: 'ComboCreated';
  data: { comboId: string; name: string; planId: string; addOnIds: string[]; priceCents: number; version: 1; active: boolean; at: string };
};
/** New composition or price: a new version (contracts keep theirs). */
export type ComboChanged = { type: 'ComboChanged'; data: { comboId: string; planId: string; addOnIds: string[]; priceCents: number; version: number; at: string } };
export type ComboActivated = { type: 'ComboActivated'; data: { comboId: string; at: string } };
export type ComboDeactivated = { type: 'ComboDeactivated'; data: { comboId: string; at: string } };

export type ComboEvent = ComboCreated | ComboChanged | ComboActivated | ComboDeactivated;
