import { Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../http/problem.js';
import { Authenticator, type RequestWithPrincipal } from './principal.js';
import { PERMISSION_KEY, type RouteAccess } from './permissions.js';

/**
 * Deny by default: a route without a declared access rule is refused (and the route-enumeration test fails
 * the build before it ships). Declared rules are checked against the principal from the bearer token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() private readonly authenticator?: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(PERMISSION_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new ProblemException(403, 'forbidden', 'Forbidden', 'This route declares no access rule.');
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (access === 'public') return true;
    const principal = this.authenticator ? await this.authenticator.authenticate(req) : null;
    if (!principal) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'A valid access token is required.');
    req.principal = principal;
    if (principal.kind === 'subscriber') {
      if (access !== 'portal') throw new ProblemException(403, 'forbidden', 'Forbidden', 'Subscriber accounts can only use the customer area.');
      return true;
    }
    if (access === 'portal') throw new ProblemException(403, 'forbidden', 'Forbidden', 'This route is for subscriber accounts.');
    if (principal.mfaEnrolmentPending) {
      if (access === 'mfa-enrolment') return true;
      throw new ProblemException(403, 'mfa-enrolment-required', 'MFA enrolment required', 'Enrol a second factor before using the system.');
    }
    if (access === 'authenticated' || access === 'mfa-enrolment') return true;
    if (!principal.permissions.has(access)) {
      throw new ProblemException(403, 'forbidden', 'Forbidden', `Missing permission ${access}.`, { permission: access });
    }
    return true;
  }
}
