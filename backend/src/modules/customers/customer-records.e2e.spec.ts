import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { adminSession, bearer, createStaff, maskCpf, randomCpf } from '../../test-support/auth.js';
import { FILE_STORAGE, type FileStorage } from '../../platform/storage/file-storage.js';

// Tier: e2e. The customer's sub-resources over HTTP: addresses, tags, notes, guarantor, consents, documents.
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer({ env: { DOCUMENT_MAX_BYTES: String(64 * 1024) } });
  admin = (await adminSession(t)).accessToken;
});
afterAll(async () => t?.close());

const address = { type: 'installation', zipCode: '01310-100', street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', city: 'São Paulo', state: 'SP' };
async function customer(name = 'Cliente Com Registros'): Promise<string> {
  const r = await t.request('/api/v1/customers', { method: 'POST', headers: bearer(admin), json: { kind: 'PF', name, document: maskCpf(randomCpf()), phones: ['(11) 98765-4321'] } });
  expect(r.status, r.text).toBe(201);
  return r.body.id;
}
const call = (method: string, path: string, json?: unknown, token = admin) => t.request(`/api/v1/customers/${path}`, { method, headers: bearer(token), json });

describe('addresses', () => {
  it('adds, changes only the given fields, removes; ids are never reused; bad fields are named', async () => {
    const id = await customer();
    const added = await call('POST', `${id}/addresses`, address);
    expect(added.status, added.text).toBe(201);
    expect(added.body.addresses).toEqual([{ id: 'a1', ...address, zipCode: '01310100' }]);
    const changed = await call('PATCH', `${id}/addresses/a1`, { number: '1001', complement: 'sala 3' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.addresses[0]).toMatchObject({ id: 'a1', street: 'Avenida Paulista', number: '1001', complement: 'sala 3' });
    const bad = await call('PATCH', `${id}/addresses/a1`, { zipCode: '123' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['zipCode']);
    expect((await call('POST', `${id}/addresses`, { ...address, state: 'XX' })).body.errors[0].field).toBe('state');
    expect((await call('DELETE', `${id}/addresses/a1`)).body.addresses).toEqual([]);
    expect((await call('POST', `${id}/addresses`, address)).body.addresses[0].id).toBe('a2');
    const unknown = await call('DELETE', `${id}/addresses/a9`);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('addressId');
    expect((await call('POST', 'no-such-customer/addresses', address)).status).toBe(404);
  });
});

describe('tags, notes, guarantor', () => {
  it('tags idempotently, notes with the author, sets and removes the guarantor', async () => {
    const id = await customer();
    expect((await call('PUT', `${id}/tags/VIP`)).body.tags).toEqual(['vip']);
    expect((await call('PUT', `${id}/tags/vip`)).body.tags).toEqual(['vip']);
    expect((await call('PUT', `${id}/tags/${encodeURIComponent('!!')}`)).body.errors[0].field).toBe('tag');
    expect((await call('DELETE', `${id}/tags/vip`)).body.tags).toEqual([]);

    const note = await call('POST', `${id}/notes`, { text: '  Prefere contato pela manhã.  ' });
    expect(note.status, note.text).toBe(201);
    expect(note.body).toMatchObject({ noteId: expect.any(String), text: 'Prefere contato pela manhã.', authorId: expect.any(String), at: expect.any(String) });
    expect((await call('POST', `${id}/notes`, { text: '' })).body.errors[0].field).toBe('text');

    const own = (await call('GET', id)).body.document as string;
    const sameAsCustomer = await call('PUT', `${id}/guarantor`, { name: 'Fiador', document: own });
    expect(sameAsCustomer.status).toBe(422);
    expect(sameAsCustomer.body.errors[0].field).toBe('document');
    const g = randomCpf();
    const set = await call('PUT', `${id}/guarantor`, { name: 'Fiadora Da Silva', document: maskCpf(g), phone: '(21) 99876-5432' });
    expect(set.status, set.text).toBe(200);
    expect(set.body.guarantor).toEqual({ name: 'Fiadora Da Silva', document: g, phone: '+5521998765432' });
    expect((await call('DELETE', `${id}/guarantor`)).body.guarantor).toBeNull();

    const tl = await call('GET', `${id}/timeline`);
    expect(tl.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['CustomerTagged', 'CustomerUntagged', 'CustomerNoteAdded', 'GuarantorSet', 'GuarantorRemoved']),
    );
  });

  it('tecnico cannot change a customer', async () => {
    const id = await customer();
    const tecnico = await createStaff(t, ['tecnico']);
    expect((await call('PUT', `${id}/tags/vip`, undefined, tecnico.accessToken)).status).toBe(403);
  });
});

describe('consents', () => {
  it('grants with evidence, revokes, and lists the current state with the history', async () => {
    const id = await customer();
    const noEvidence = await call('POST', `${id}/consents`, { purpose: 'marketing', channel: 'portal', evidence: '' });
    expect(noEvidence.status).toBe(422);
    expect(noEvidence.body.errors[0].field).toBe('evidence');
    const granted = await call('POST', `${id}/consents`, { purpose: 'marketing', channel: 'portal', evidence: 'checkbox no portal, IP 203.0.113.9' });
    expect(granted.status, granted.text).toBe(201);
    expect(granted.body.marketing).toMatchObject({ granted: true });
    const notGranted = await call('POST', `${id}/consents/credit-analysis/revoke`, { channel: 'phone' });
    expect(notGranted.status).toBe(422);
    expect(notGranted.body.errors[0].field).toBe('purpose');
    const revoked = await call('POST', `${id}/consents/marketing/revoke`, { channel: 'phone', evidence: 'ligação protocolo 123' });
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body.marketing).toMatchObject({ granted: false });
    const list = await call('GET', `${id}/consents`);
    expect(list.status).toBe(200);
    expect(list.body.current.marketing.granted).toBe(false);
    expect(list.body.history).toEqual([
      expect.objectContaining({ purpose: 'marketing', action: 'granted', channel: 'portal', evidence: 'checkbox no portal, IP 203.0.113.9' }),
      expect.objectContaining({ purpose: 'marketing', action: 'revoked', channel: 'phone', evidence: 'ligação protocolo 123' }),
    ]);
  });
});

describe('documents', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% RG de Fulana, conteúdo sigiloso\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
  const upload = (id: string, file: Buffer, name: string, fields: Record<string, string>, type = '') => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new Blob([new Uint8Array(file)], type ? { type } : {}), name);
    return t.request(`/api/v1/customers/${id}/documents`, { method: 'POST', headers: bearer(admin), body: form });
  };

  it('uploads, lists and downloads with its content type and name; the stored bytes are encrypted', async () => {
    const id = await customer();
    const up = await upload(id, pdf, 'comprovante de residência.pdf', { type: 'proof_of_address', contractId: 'ctr-123' }, 'application/pdf');
    expect(up.status, up.text).toBe(201);
    expect(up.body).toMatchObject({ type: 'proof_of_address', fileName: 'comprovante de residência.pdf', contentType: 'application/pdf', size: pdf.length, contractId: 'ctr-123' });
    const img = await upload(id, png, 'rg-frente.png', { type: 'rg' });
    expect(img.status, img.text).toBe(201);
    const list = await call('GET', `${id}/documents`);
    expect(list.body.items.map((d: { type: string }) => d.type)).toEqual(['rg', 'proof_of_address']);

    const res = await fetch(`${t.url}/api/v1/customers/${id}/documents/${up.body.id}`, { headers: bearer(admin) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="comprovante de residencia.pdf"; filename*=UTF-8''comprovante%20de%20resid%C3%AAncia.pdf`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf);

    const storage = t.server.app!.get<FileStorage>(FILE_STORAGE);
    const stored = await storage.get(`customers/${id}/documents/${up.body.id}`);
    expect(stored!.includes(Buffer.from('%PDF'))).toBe(false);
    expect(stored!.includes(Buffer.from('sigiloso'))).toBe(false);
    expect((await call('GET', `${id}/documents/no-such-document`)).status).toBe(404);
  });

  it('checks the bytes, not the name or the declared type; refuses unknown types and oversized files', async () => {
    const id = await customer();
    const named = await upload(id, pdf, 'foto.png', { type: 'other' }, 'image/png');
    expect(named.status).toBe(422);
    expect(named.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const declared = await upload(id, pdf, 'documento', { type: 'other' }, 'image/png');
    expect(declared.status).toBe(422);
    expect(declared.body.errors[0].field).toBe('file');
    const text = await upload(id, Buffer.from('apenas texto'), 'nota.txt', { type: 'other' }, 'text/plain');
    expect(text.status).toBe(422);
    expect(text.body.errors[0].field).toBe('file');
    const badType = await upload(id, pdf, 'a.pdf', { type: 'passport' });
    expect(badType.status).toBe(422);
    expect(badType.body.errors[0].field).toBe('type');
    const big = await upload(id, Buffer.concat([pdf, Buffer.alloc(70 * 1024)]), 'grande.pdf', { type: 'other' });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await call('GET', `${id}/documents`)).body.items).toEqual([]);
  });

  it('after erasure a document can no longer be read (its key is destroyed)', async () => {
    const id = await customer('Titular Com Documento');
    const up = await upload(id, pdf, 'rg.pdf', { type: 'rg' });
    expect(up.status, up.text).toBe(201);
    expect((await call('POST', `${id}/lgpd/erase`, { channel: 'e-mail' })).status).toBe(200);
    const gone = await call('GET', `${id}/documents/${up.body.id}`);
    expect(gone.status).toBe(410);
    const list = await call('GET', `${id}/documents`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: up.body.id, fileName: null })]);
    expect((await upload(id, pdf, 'outro.pdf', { type: 'other' })).status).toBe(409);
  });
});
