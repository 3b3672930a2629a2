import type { Request } from 'express';

/** Who is calling: resolved from the bearer token by the identity module's authenticator. */
export interface Principal {
  kind: 'staff' | 'subscriber';
  id: string;
  /** The company the request acts for; every stream and read model row carries it. */
  companyId: string;
  companyIds: string[];
  permissions: ReadonlySet<string>;
  sessionId?: string;
  /** Staff token issued before MFA enrolment: only `mfa-enrolment` routes accept it. */
  mfaEnrolmentPending?: boolean;
  /** For subscribers: the customer the account belongs to. */
  customerId?: string;
}

/** Implemented by the identity module; the platform guard only knows this interface. */
export abstract class Authenticator {
  abstract authenticate(req: Request): Promise<Principal | null>;
}

export interface RequestWithPrincipal extends Request {
  principal?: Principal;
  correlationId?: string;
}
