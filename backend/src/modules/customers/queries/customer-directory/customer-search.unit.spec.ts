import { describe, expect, it } from 'vitest';
import { classifySearchTerm, COUNT_CAP, planRows, searchStatements, type BlindIndexer } from './customer-search.js';

// Tier: unit. The blind indexer is a readable stand-in (kind:value), the classification is what is tested.
const idx: BlindIndexer = {
  documentIndex: (v) => `doc:${v}`,
  emailIndex: (v) => `email:${v}`,
  phoneIndex: (v) => `phone:${v}`,
  zipCodeIndex: (v) => `zip:${v}`,
};
const exact = (document: string | null, email: string | null, phone: string | null, zipCode: string | null) => ({ kind: 'exact', document, email, phone, zipCode });

describe('classifySearchTerm', () => {
  it('looks documents up by their blind index, with or without mask, alphanumeric CNPJ included', () => {
    expect(classifySearchTerm('529.982.247-25', idx)).toEqual(exact('doc:52998224725', null, null, null));
    expect(classifySearchTerm(' 52998224725 ', idx)).toMatchObject({ kind: 'exact', document: 'doc:52998224725' });
    expect(classifySearchTerm('11.222.333/0001-81', idx)).toEqual(exact('doc:11222333000181', null, null, null));
    expect(classifySearchTerm('12.abc.345/01de-35', idx)).toEqual(exact('doc:12ABC34501DE35', null, null, null));
  });

  it('an unmasked number that is both a CPF and a mobile phone is looked up as both; a masked CPF only as a document', () => {
    expect(classifySearchTerm('11987654374', idx)).toEqual(exact('doc:11987654374', null, 'phone:+5511987654374', null));
    expect(classifySearchTerm('119.876.543-74', idx)).toEqual(exact('doc:11987654374', null, null, null));
  });

  it('looks phones, e-mails and CEPs up by their blind index', () => {
    expect(classifySearchTerm('(11) 98765-4321', idx)).toEqual(exact(null, null, 'phone:+5511987654321', null));
    expect(classifySearchTerm('+55 21 3333-4444', idx)).toEqual(exact(null, null, 'phone:+552133334444', null));
    expect(classifySearchTerm('Maria.Silva@Provedor.COM.br', idx)).toMatchObject({ kind: 'exact', email: expect.stringMatching(/^email:maria\.silva@provedor\.com\.br$/i) });
    expect(classifySearchTerm('01310-100', idx)).toEqual(exact(null, null, null, 'zip:01310100'));
    expect(classifySearchTerm('01310100', idx)).toEqual(exact(null, null, null, 'zip:01310100'));
  });

  it('treats everything else as a name fragment, accents and case folded; short fragments as a prefix', () => {
    expect(classifySearchTerm('  Conceição ', idx)).toEqual({ kind: 'name', folded: 'conceicao', prefix: false });
    expect(classifySearchTerm('Jo', idx)).toEqual({ kind: 'name', folded: 'jo', prefix: true });
    expect(classifySearchTerm('conceicao.lima.1234', idx)).toMatchObject({ kind: 'name' });
    expect(classifySearchTerm('123.456', idx)).toMatchObject({ kind: 'name' });
    expect(classifySearchTerm('   ', idx)).toEqual({ kind: 'all' });
    expect(classifySearchTerm(undefined, idx)).toEqual({ kind: 'all' });
  });
});

describe('searchStatements', () => {
  const paging = { page: 2, pageSize: 20 };

  it('queries only the arms of the term, with @> on the hash arrays (GIN), matches materialized, no window count', () => {
    const s = searchStatements('c1', classifySearchTerm('(11) 98765-4321', idx), paging);
    expect(s.page.sql).toContain('phone_hashes @> ARRAY[$2::text]');
    expect(s.page.sql).toMatch(/^WITH m AS MATERIALIZED \(SELECT .* FROM customers_directory WHERE/);
    expect(s.page.sql).not.toMatch(/name_search LIKE|document_hash|email_hashes|OVER/);
    expect(s.page.sql).toMatch(/ORDER BY name_search, id LIMIT 21 OFFSET 20$/);
    expect(s.page.params).toEqual(['c1', 'phone:+5511987654321']);
  });

  it('escapes LIKE wildcards in a name fragment and caps the count', () => {
    const s = searchStatements('c1', classifySearchTerm('50%_off', idx), paging);
    expect(s.page.params).toEqual(['c1', '%50\\%\\_off%']);
    expect(s.cappedCount.sql).toContain(`LIMIT ${COUNT_CAP + 1}`);
    expect(s.page.sql).toMatch(/^WITH p AS \(SELECT id, name_search FROM customers_directory WHERE .* LIMIT 21 OFFSET 20\)/);
    expect(s.estimate.sql).toMatch(/^EXPLAIN \(FORMAT JSON\) SELECT 1/);
  });

  it('adds the ids other modules matched by primary key', () => {
    const s = searchStatements('c1', classifySearchTerm('conceicao.lima.1234', idx), paging, ['id-1']);
    expect(s.page.sql).toContain('id = ANY ($3::text[])');
    expect(s.page.params).toEqual(['c1', '%conceicao.lima.1234%', ['id-1']]);
  });

  it('reads the planner estimate from EXPLAIN (FORMAT JSON), as text or parsed', () => {
    const plan = [{ Plan: { 'Node Type': 'Seq Scan', 'Plan Rows': 41234 } }];
    expect(planRows({ 'QUERY PLAN': plan })).toBe(41234);
    expect(planRows({ 'QUERY PLAN': JSON.stringify(plan) })).toBe(41234);
    expect(planRows(undefined)).toBe(0);
  });
});
