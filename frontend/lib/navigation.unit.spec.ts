import { describe, expect, it } from 'vitest';
import { NAV, isActive, permissionFor, visibleNav } from './navigation';

describe('back office menu', () => {
  it('offers each finance and collections screen only to a role holding its permission', () => {
    const hrefs = (perms: string[]) => visibleNav(perms).map((i) => i.href);
    expect(hrefs([])).toEqual(['/']);
    expect(hrefs(['reports:read'])).toEqual(['/', '/relatorios/dre', '/relatorios/fluxo-caixa', '/relatorios/aging', '/relatorios/inadimplencia']);
    expect(hrefs(['finance:read'])).toEqual(['/', '/financeiro/contas-pagar', '/financeiro/fornecedores', '/financeiro/plano-contas', '/financeiro/contas', '/financeiro/recorrentes']);
    expect(hrefs(['collections:read', 'agreements:read', 'audit:read'])).toEqual(['/', '/cobranca/inadimplentes', '/cobranca/reguas', '/cobranca/mensagens', '/acordos', '/auditoria']);
  });

  it('knows the permission of a screen from its section, the longest match winning', () => {
    expect(permissionFor('/financeiro/contas')).toBe('finance:read');
    expect(permissionFor('/financeiro/contas-pagar')).toBe('finance:read');
    expect(permissionFor('/acordos/novo')).toBe('agreements:read');
    expect(permissionFor('/relatorios/dre')).toBe('reports:read');
    expect(permissionFor('/auditoria')).toBe('audit:read');
    expect(permissionFor('/')).toBeNull();
    expect(isActive('/financeiro/contas', '/financeiro/contas-pagar')).toBe(false);
  });

  it('keeps each menu section together (a heading is shown once per section)', () => {
    const groups = NAV.map((i) => i.group ?? '');
    const seen = new Set<string>();
    groups.forEach((g, i) => {
      if (g && g !== groups[i - 1]) {
        expect(seen.has(g), `section ${g} split`).toBe(false);
        seen.add(g);
      }
    });
  });
});
