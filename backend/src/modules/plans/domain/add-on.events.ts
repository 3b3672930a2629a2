/*
 * Add-on services (SVA: serviço de valor adicionado: TV, streaming, security, cloud...). Their own price,
 * and on the invoice they are not telecom (SCM): billing issues NFS-e for them, NFCom for the plan.
 * Price changes are versioned like plan terms, so contracts keep the price they signed.
 */
export type AddOnCategory = 'tv' | 'streaming' | 'security' | 'cloud' | 'telephony' | 'support' | 'other';
export const ADD_ON_CATEGORIES: readonly AddOnCategory[] = ['tv', 'streaming', 'security', 'cloud', 'telephony', 'support', 'other'];

export type AddOnCreated = {
  type: 'AddOnCreated';
  data: { addOnId: string; name: string; category: AddOnCategory; priceCents: number; version: 1; active: boolean; at: string };
};
export type AddOnPriceChanged = { type: 'AddOnPriceChanged'; data: { addOnId: string; priceCents: number; version: number; at: string } };
export type AddOnRenamed = { type: 'AddOnRenamed'; data: { addOnId: string; name: string; at: string } };
export type AddOnActivated = { type: 'AddOnActivated'; data: { addOnId: string; at: string } };
export type AddOnDeactivated = { type: 'AddOnDeactivated'; data: { addOnId: string; at: string } };

export type AddOnEvent = AddOnCreated | AddOnPriceChanged | AddOnRenamed | AddOnActivated | AddOnDeactivated;
