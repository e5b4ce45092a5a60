import { Hono } from 'hono';
import { z } from 'zod';
import { actorName } from '../../review/accounts.js';
import { USER_ROLES, ROLES } from '../../review/permissions.js';
import { WebhookInput } from '../../review/webhooks.js';
import { requirePermission } from '../auth.js';
import type { Env, ReviewServices } from '../context.js';
import { idParam, parseWith, readJson } from '../context.js';

const NewUser = z.strictObject({
  username: z.string().min(1).max(64),
  role: z.enum(USER_ROLES),
  password: z.string().min(1).max(1024),
});
const UserChange = z
  .strictObject({ role: z.enum(USER_ROLES).optional(), disabled: z.literal(true).optional() })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, 'give a role or disabled: true');
const NewToken = z.strictObject({ name: z.string().min(1).max(64), role: z.enum(ROLES) });
const DeliveryQuery = z.strictObject({
  status: z.enum(['pending', 'delivered', 'dead']).optional(),
  webhookId: z.coerce.number().int().positive().optional(),
});

/** Users, API tokens, webhooks, keys and retention: the admin's tools (no case content). */
export function adminRoutes(s: ReviewServices): Hono<Env> {
  const app = new Hono<Env>();
  const users = requirePermission('users:manage');

  app.get('/users', users, async (c) => c.json({ users: await s.accounts.listUsers() }));

  app.post('/users', users, async (c) => {
    const body = await readJson(c, NewUser);
    const user = await s.accounts.createUser(body.username, body.password, body.role);
    await s.audit.append({
      actor: actorName(c.get('principal')),
      action: 'user.create',
      target: `user:${user.username}`,
      details: { role: user.role },
    });
    return c.json({ user }, 201);
  });

  app.patch('/users/:username', users, async (c) => {
    const username = c.req.param('username');
    const body = await readJson(c, UserChange);
    const actor = actorName(c.get('principal'));
    let user = await s.accounts.user(username);
    if (body.role) {
      const r = await s.accounts.setRole(username, body.role);
      user = r.user;
      await s.audit.append({
        actor,
        action: 'user.role-change',
        target: `user:${username}`,
        details: { from: r.from, to: body.role },
      });
    }
    if (body.disabled) {
      user = await s.accounts.disableUser(username);
      await s.audit.append({ actor, action: 'user.disable', target: `user:${username}` });
    }
    return c.json({ user });
  });

  const tokens = requirePermission('tokens:manage');
  app.get('/tokens', tokens, async (c) => c.json({ tokens: await s.accounts.listTokens() }));
  app.post('/tokens', tokens, async (c) => {
    const body = await readJson(c, NewToken);
    const t = await s.accounts.createToken(body.name, body.role);
    await s.audit.append({
      actor: actorName(c.get('principal')),
      action: 'token.create',
      target: `token:${t.id}`,
      details: { name: body.name, role: body.role },
    });
    return c.json({ id: t.id, name: body.name, role: body.role, token: t.token }, 201);
  });
  app.delete('/tokens/:id', tokens, async (c) => {
    const id = idParam(c);
    await s.accounts.revokeToken(id);
    await s.audit.append({
      actor: actorName(c.get('principal')),
      action: 'token.revoke',
      target: `token:${id}`,
    });
    return c.body(null, 204);
  });

  const hooks = requirePermission('webhooks:manage');
  app.get('/webhooks', hooks, async (c) => c.json({ webhooks: await s.webhooks.list() }));
  app.post('/webhooks', hooks, async (c) => {
    const body = await readJson(c, WebhookInput);
    return c.json(await s.webhooks.create(c.get('principal')!, body), 201);
  });
  app.delete('/webhooks/:id', hooks, async (c) => {
    await s.webhooks.remove(c.get('principal')!, idParam(c));
    return c.body(null, 204);
  });
  app.get('/webhook-deliveries', hooks, async (c) => {
    const q = parseWith(DeliveryQuery, c.req.query());
    return c.json({ deliveries: await s.webhooks.deliveries(q) });
  });
  app.post('/webhook-deliveries/:id/replay', hooks, async (c) => {
    await s.webhooks.replay(c.get('principal')!, idParam(c));
    return c.body(null, 202);
  });

  app.post('/keys/rotate', requirePermission('keys:rotate'), async (c) => {
    const keyId = s.keyring.rotate();
    await s.audit.append({ actor: actorName(c.get('principal')), action: 'keys.rotate', details: { keyId } });
    return c.json({ keyId });
  });

  app.post('/retention/run', requirePermission('retention:run'), async (c) => {
    return c.json(await s.retention.purge(actorName(c.get('principal'))));
  });

  return app;
}
