import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { normalizeDocument } from './document.js';
import { BUILT_IN_ROLES, PERMISSIONS, mfaRequiredFor, permissionsOf } from './permissions.js';
import { decideSubscriberAccount, evolveSubscriberAccount, initialSubscriberAccountState } from './subscriber-account.decider.js';

describe('password policy', () => {
  it('needs 10+ characters, not common, not the e-mail nor its local part', () => {
    expect(passwordProblem('curta')).toMatch(/at least 10/);
    expect(passwordProblem('password123')).toMatch(/too common/);
    expect(passwordProblem('Password123')).toMatch(/too common/);
    expect(passwordProblem('joao@provedor.test', { email: 'joao@provedor.test' })).toMatch(/e-mail/);
    expect(passwordProblem('xx-JOAO.silva-2025', { email: 'joao.silva@provedor.test' })).toMatch(/e-mail/);
    expect(passwordProblem('Uma-Senha-Boa-2025', { email: 'joao@provedor.test' })).toBeNull();
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
  });
});

describe('CPF/CNPJ', () => {
  it('accepts valid documents with or without mask and refuses bad check digits', () => {
    expect(normalizeDocument('529.982.247-25')).toEqual({ digits: '52998224725', kind: 'cpf' });
    expect(normalizeDocument('52998224725')).toEqual({ digits: '52998224725', kind: 'cpf' });
    expect(normalizeDocument('11.222.333/0001-81')).toEqual({ digits: '11222333000181', kind: 'cnpj' });
    expect(normalizeDocument('529.982.247-24')).toBeNull();
    expect(normalizeDocument('111.111.111-11')).toBeNull();
    expect(normalizeDocument('abc')).toBeNull();
  });
});

describe('role table', () => {
  it('admin has every permission; gerente reads everything and approves; MFA required for admin and financeiro', () => {
    expect([...permissionsOf(['admin'])].sort()).toEqual([...PERMISSIONS].sort());
    const gerente = permissionsOf(['gerente']);
    for (const p of PERMISSIONS.filter((x) => x.endsWith(':read'))) expect(gerente.has(p)).toBe(true);
    expect(gerente.has('billing-runs:approve')).toBe(true);
    expect(gerente.has('customers:write')).toBe(false);
    expect(mfaRequiredFor(['admin'])).toBe(true);
    expect(mfaRequiredFor(['financeiro'])).toBe(true);
    expect(mfaRequiredFor(['atendente', 'tecnico'])).toBe(false);
    expect(permissionsOf(['unknown-role']).size).toBe(0);
    for (const role of Object.values(BUILT_IN_ROLES)) for (const p of role.permissions) expect(PERMISSIONS).toContain(p);
  });
});

describe('subscriber account decider', () => {
  const invited = { type: 'SubscriberAccountInvited' as const, data: { accountId: 'a', customerId: 'c', documentIndex: 'h', documentKind: 'cpf' as const, email: null, at: 't' } };
  it('given nothing, invite → invited; given invited, password → active; disabled accounts cannot set a password', () => {
    expect(decideSubscriberAccount({ type: 'InviteSubscriber', data: { accountId: 'a', customerId: 'c', documentIndex: 'h', documentKind: 'cpf', email: null, now: 't' } }, initialSubscriberAccountState())).toEqual([invited]);
    const s = evolveSubscriberAccount(initialSubscriberAccountState(), invited);
    expect(decideSubscriberAccount({ type: 'SetSubscriberPassword', data: { via: 'first-access', now: 't' } }, s)).toEqual([
      { type: 'SubscriberPasswordSet', data: { accountId: 'a', via: 'first-access', at: 't' } },
    ]);
    const disabled = evolveSubscriberAccount(s, { type: 'SubscriberAccountDisabled', data: { accountId: 'a', at: 't' } });
    expect(() => decideSubscriberAccount({ type: 'SetSubscriberPassword', data: { via: 'reset', now: 't' } }, disabled)).toThrow(/disabled/);
  });
});

describe('docs/security.md', () => {
  it('names every permission of the catalogue and every built-in role', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../../../docs/security.md', import.meta.url), 'utf8');
    for (const p of PERMISSIONS) expect(doc, p).toContain('`' + p + '`');
    for (const role of Object.keys(BUILT_IN_ROLES)) expect(doc).toMatch(new RegExp(`^\\| ${role}\\s+\\|`, 'm'));
  });
});
