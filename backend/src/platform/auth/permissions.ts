import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

export const PERMISSION_KEY = 'np:permission';

/**
 * What a route requires. Every route must declare one (the guard denies undeclared routes and a test
 * enumerates all routes): a fine-grained permission like `customers:read`, `authenticated` (any logged-in
 * staff user), `portal` (a logged-in subscriber, only on /api/v1/portal/... routes), `mfa-enrolment`
 * (reachable with a token that is waiting for MFA enrolment) or `public`.
 */
export type RouteAccess = 'public' | 'authenticated' | 'portal' | 'mfa-enrolment' | `${string}:${string}`;

export function RequirePermission(access: RouteAccess) {
  return access === 'public'
    ? SetMetadata(PERMISSION_KEY, access)
    : applyDecorators(SetMetadata(PERMISSION_KEY, access), ApiBearerAuth());
}

export const Public = () => RequirePermission('public');
