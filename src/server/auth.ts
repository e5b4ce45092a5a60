import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Permission } from '../review/permissions.js';
import { can } from '../review/permissions.js';
import type { Env, ReviewServices } from './context.js';

export const SESSION_COOKIE = 'brightline_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling: a bearer API token, or a session cookie. Cookie-authenticated requests that
 * change state must carry the session's CSRF token in `X-CSRF-Token`.
 */
export function authenticate(s: ReviewServices): MiddlewareHandler<Env> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('sessionToken', null);
    c.set('csrfToken', null);
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const p = m ? await s.accounts.tokenPrincipal(m[1]!) : undefined;
      if (!p) throw new HTTPException(401, { message: 'invalid API token' });
      c.set('principal', p);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await s.accounts.session(cookie);
      if (session) {
        c.set('principal', session.principal);
        c.set('sessionToken', cookie);
        c.set('csrfToken', session.csrfToken);
        if (UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken)
          throw new HTTPException(403, { message: 'missing or wrong X-CSRF-Token header' });
      }
    }
    return next();
  };
}

/** 401 without credentials, 403 when the role lacks the permission. */
export function requirePermission(permission: Permission): MiddlewareHandler<Env> {
  return async (c, next) => {
    const p = c.get('principal');
    if (!p) throw new HTTPException(401, { message: 'sign in or send an API token' });
    if (!can(p.role, permission))
      throw new HTTPException(403, { message: `your role (${p.role}) may not do this (${permission})` });
    return next();
  };
}

/** Counts failed logins per client and per client+username in a sliding window. */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perUser = 5,
    private readonly perClient = 20,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait, or 0 when another try is allowed. */
  retryAfter(client: string, username: string): number {
    const lists = [
      [this.recent(`${client}|${username}`), this.perUser],
      [this.recent(client), this.perClient],
    ] as const;
    let wait = 0;
    for (const [list, max] of lists)
      if (list.length >= max)
        wait = Math.max(wait, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
    return wait;
  }

  fail(client: string, username: string): void {
    for (const key of [`${client}|${username}`, client])
      this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(client: string, username: string): void {
    this.failures.delete(`${client}|${username}`);
  }
}
