import type { EventMetadata } from '@netprovider/event-store';
import { ProblemException } from '../http/problem.js';
import type { Principal, RequestWithPrincipal } from './principal.js';

/**
 * The audit metadata every command records on its events: who (actor id and kind), for which company,
 * the correlation id of the request, the client IP and user agent. `override` serves requests without a
 * principal (login, password reset: the actor is the account itself, or the system).
 */
export function commandMetadata(req: RequestWithPrincipal, override: Partial<EventMetadata> = {}): EventMetadata {
  const p = req.principal;
  const meta: EventMetadata = {
    actorId: p?.id,
    actorKind: p?.kind ?? 'system',
    companyId: p?.companyId,
    correlationId: req.correlationId,
    ip: req.ip,
    userAgent: typeof req.headers?.['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 512) : undefined,
    ...override,
  };
  for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
  return meta;
}

/** The authenticated caller of a route that declares a permission (the guard has set it). */
export function principalOf(req: RequestWithPrincipal): Principal {
  if (!req.principal) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'A valid access token is required.');
  return req.principal;
}

/** Metadata for work the system does on its own (bootstrap, seeds, processors). */
export function systemMetadata(companyId: string, extra: Partial<EventMetadata> = {}): EventMetadata {
  return { actorId: 'system', actorKind: 'system', companyId, ...extra };
}
