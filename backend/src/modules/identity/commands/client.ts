import type { Request } from 'express';

/** Where a request comes from (session records, lockout per IP). */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export const clientOf = (req: Request): ClientInfo => ({
  ip: req.ip,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 512) : undefined,
});
