import { Injectable } from '@nestjs/common';

/** Streams of other contexts that belong in a customer's timeline (contracts register theirs). */
export type TimelineSource = (companyId: string, customerId: string) => Promise<string[]>;
/** A reason not to erase a customer yet (open contract, unpaid invoice, fiscal retention), or null. */
export type ErasureGuard = (companyId: string, customerId: string) => Promise<string | null>;
/**
 * Customers another module finds for a search term (contracts: by PPPoE login), as customer ids of the
 * company. Asked for every non-blank term of `GET /customers?search=`: a source decides itself whether the
 * term can be one of its keys and must answer from an index (an equality lookup), returning [] otherwise.
 */
export type SearchSource = (companyId: string, term: string) => Promise<string[]>;

/** Extension points other modules register into at module init (customers imports none of them). */
@Injectable()
export class CustomerExtensions {
  readonly timelineSources: TimelineSource[] = [];
  readonly erasureGuards: ErasureGuard[] = [];
  readonly searchSources: SearchSource[] = [];
}
