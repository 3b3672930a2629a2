import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Database, EventMetadata } from '@netprovider/event-store';
import { DATABASE } from '../../../../platform/database/tokens.js';
import type { RequestWithPrincipal } from '../../../../platform/auth/principal.js';
import { ProblemException } from '../../../../platform/http/problem.js';
import { asProblems } from '../../../../platform/http/domain-problem.js';
import { ContractAggregates } from '../../infrastructure/aggregates.js';
import { ContractDocuments, type ContractDocument } from '../../queries/contract-document/contract-documents.js';
import { contractView, type ContractView } from '../../queries/contract-details/contract.view.js';

/** The staff's single-use link for a draft contract (the token is answered once). */
export interface AcceptanceLink { contractId: string; token: string; url: string; pageUrl: string; expiresAt: string }

/** What the link's holder reads before accepting (GET /public/contract-acceptance/{token}). */
export interface AcceptanceSummary {
  contractId: string;
  status: ContractView['status'];
  customerName: string | null;
  plan: { name: string; downloadMbps: number; uploadMbps: number; priceCents: number; loyaltyMonths: number };
  addOns: Array<{ name: string; priceCents: number }>;
  promotion: ContractView['promotion'];
  monthly: ContractView['monthly'];
  dueDay: number;
  installationAddress: ContractView['installationAddress'];
  documentUrl: string;
  documentSha256: string;
  expiresAt: string;
}

/** The contract after an electronic acceptance, with the evidence recorded. */
export type ElectronicAcceptanceResult = ContractView & {
  acceptance: { method: 'electronic'; at: string; ip: string; documentSha256: string; documentVersion: number };
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

interface TokenRow {
  company_id: string;
  contract_id: string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

/**
 * Electronic acceptance: single-use, expiring links (only the token's SHA-256 is stored) and the acceptance
 * itself, which records the client IP (`req.ip`: Express honours the app's trust-proxy setting), user agent,
 * instant and the SHA-256 of the exact PDF bytes of the current contract version.
 */
@Injectable()
export class ElectronicAcceptance {
  constructor(@Inject(DATABASE) private readonly db: Database, private readonly aggregates: ContractAggregates, private readonly documents: ContractDocuments) {}

  async createLink(companyId: string, contractId: string, createdBy: string, expiresInHours: number): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + expiresInHours * 3_600_000).toISOString();
    await this.db.query(
      'INSERT INTO contracts_acceptance_tokens (token_hash, company_id, contract_id, created_by, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [hash(token), companyId, contractId, createdBy, expiresAt, now.toISOString()],
    );
    return { token, expiresAt };
  }

  /** The link's contract, or 404 (unknown) / 410 (used or expired). */
  async resolve(token: string): Promise<{ companyId: string; contractId: string; expiresAt: string }> {
    const r = await this.db.query<TokenRow>('SELECT company_id, contract_id, expires_at, used_at FROM contracts_acceptance_tokens WHERE token_hash = $1', [hash(token)]);
    const row = r.rows[0];
    if (!row) throw new ProblemException(404, 'not-found', 'Not found', 'Unknown acceptance link.');
    if (row.used_at) throw new ProblemException(410, 'acceptance-link-used', 'Link already used', 'This acceptance link was already used.');
    if (new Date(row.expires_at).getTime() <= Date.now()) throw new ProblemException(410, 'acceptance-link-expired', 'Link expired', 'This acceptance link has expired; ask for a new one.');
    return { companyId: row.company_id, contractId: row.contract_id, expiresAt: new Date(row.expires_at).toISOString() };
  }

  /** Claims the link (single use, atomic), accepts, and gives the link back if the acceptance is refused. */
  async acceptByLink(token: string, req: RequestWithPrincipal, metadata: (companyId: string) => EventMetadata, expectedSha256?: string): Promise<ElectronicAcceptanceResult> {
    const { companyId, contractId } = await this.resolve(token);
    const now = new Date().toISOString();
    const claimed = await this.db.query('UPDATE contracts_acceptance_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING contract_id', [hash(token), now]);
    if (!claimed.rows.length) throw new ProblemException(410, 'acceptance-link-used', 'Link already used', 'This acceptance link was already used.');
    try {
      return await this.accept(companyId, contractId, 'link', req, metadata(companyId), expectedSha256);
    } catch (err) {
      await this.db.query('UPDATE contracts_acceptance_tokens SET used_at = NULL WHERE token_hash = $1', [hash(token)]);
      throw err;
    }
  }

  async accept(companyId: string, contractId: string, via: 'link' | 'portal', req: RequestWithPrincipal, metadata: EventMetadata, expectedSha256?: string): Promise<ElectronicAcceptanceResult> {
    const doc: ContractDocument = await this.documents.current(companyId, contractId);
    if (expectedSha256 !== undefined && expectedSha256 !== doc.sha256) {
      throw new ProblemException(409, 'contract-document-changed', 'Document changed', 'The contract changed since this document was shown; review it again.', { documentSha256: doc.sha256 });
    }
    const userAgent = typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 512) : '';
    const ip = req.ip ?? '';
    const at = new Date().toISOString();
    const r = await asProblems(() =>
      this.aggregates.contracts.handle(
        contractId,
        {
          type: 'AcceptContract',
          data: {
            method: 'electronic',
            evidence: `electronic acceptance via ${via}; document sha256 ${doc.sha256} (contract version ${doc.version})`,
            electronic: { via, ip, userAgent, documentSha256: doc.sha256, documentVersion: doc.version },
            at,
          },
        },
        metadata,
      ),
    );
    return { ...contractView(r.state, r.version), acceptance: { method: 'electronic' as const, at, ip, documentSha256: doc.sha256, documentVersion: doc.version } };
  }
}
