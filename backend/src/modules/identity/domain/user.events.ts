/**
 * Events of a staff user (stream `user-<uuid>`). Secrets never enter the log: password hashes, TOTP secrets
 * and recovery codes live in `identity_credentials`; the events only say that they changed.
 * `email` and `name` are personal data (encrypted under the user's subject key, see identity.module.ts).
 */
export type UserEvent =
  | { type: 'UserCreated'; data: { userId: string; email: string; name: string; roles: string[]; companyIds: string[]; at: string } }
  | { type: 'UserDetailsChanged'; data: { userId: string; email?: string; name?: string; at: string } }
  | { type: 'UserRolesChanged'; data: { userId: string; roles: string[]; at: string } }
  | { type: 'UserCompaniesChanged'; data: { userId: string; companyIds: string[]; at: string } }
  | { type: 'UserDisabled'; data: { userId: string; at: string } }
  | { type: 'UserEnabled'; data: { userId: string; at: string } }
  | { type: 'UserPasswordSet'; data: { userId: string; via: 'admin' | 'reset' | 'first-access' | 'bootstrap' | 'seed'; at: string } }
  | { type: 'UserMfaEnrolled'; data: { userId: string; at: string } }
  | { type: 'UserMfaReset'; data: { userId: string; at: string } };

export type UserEventType = UserEvent['type'];

export const USER_EVENT_TYPES: readonly UserEventType[] = [
  'UserCreated', 'UserDetailsChanged', 'UserRolesChanged', 'UserCompaniesChanged', 'UserDisabled', 'UserEnabled',
  'UserPasswordSet', 'UserMfaEnrolled', 'UserMfaReset',
];

export const userStream = (userId: string) => `user-${userId}`;
