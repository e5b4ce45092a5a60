import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { actorName } from '../../review/accounts.js';
import { LoginLimiter, SESSION_COOKIE } from '../auth.js';
import type { Ctx, Env, ReviewServices } from '../context.js';
import { readJson } from '../context.js';

const Login = z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const ChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

function clientOf(c: Ctx): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** Sign-in with a session cookie (HttpOnly, SameSite=Strict, Secure) and a CSRF token. */
export function authRoutes(s: ReviewServices, limiter = new LoginLimiter()): Hono<Env> {
  const app = new Hono<Env>();

  app.post('/login', async (c) => {
    const body = await readJson(c, Login);
    const client = clientOf(c);
    const wait = limiter.retryAfter(client, body.username);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json({ error: `too many failed sign-ins; try again in ${wait} s` }, 429);
    }
    const user = await s.accounts.checkLogin(body.username, body.password);
    if (!user) {
      limiter.fail(client, body.username);
      await s.audit.append({
        actor: `user:${body.username.slice(0, 64)}`,
        action: 'login.failure',
        details: { client },
      });
      throw new HTTPException(401, { message: 'wrong username or password' });
    }
    limiter.succeed(client, body.username);
    const session = await s.accounts.createSession(user.id);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      secure: s.config.server.secureCookies,
      sameSite: 'Strict',
      path: '/',
      expires: session.expiresAt,
    });
    await s.audit.append({ actor: `user:${user.username}`, action: 'login.success', details: { client } });
    return c.json({ user, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() });
  });

  app.post('/logout', async (c) => {
    const token = c.get('sessionToken');
    if (token) {
      await s.accounts.endSession(token);
      await s.audit.append({ actor: actorName(c.get('principal')), action: 'logout' });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.get('/me', (c) => {
    const p = c.get('principal');
    if (!p) throw new HTTPException(401, { message: 'not signed in' });
    return c.json({ principal: p, csrfToken: c.get('csrfToken') });
  });

  app.post('/password', async (c) => {
    const p = c.get('principal');
    if (!p || p.kind !== 'user') throw new HTTPException(401, { message: 'sign in first' });
    const body = await readJson(c, ChangePassword);
    if (!(await s.accounts.checkLogin(p.username, body.currentPassword)))
      throw new HTTPException(403, { message: 'current password is wrong' });
    await s.accounts.setPassword(p.username, body.newPassword);
    await s.audit.append({
      actor: actorName(p),
      action: 'user.password-change',
      target: `user:${p.username}`,
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}
