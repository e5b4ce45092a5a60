import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { actorName } from '../../review/accounts.js';
import { ACTION_PERMISSION, CaseAction, CaseFilter } from '../../review/cases.js';
import { ConflictError, InvalidRequestError } from '../../review/errors.js';
import { can } from '../../review/permissions.js';
import { requirePermission } from '../auth.js';
import type { Env, ReviewServices } from '../context.js';
import { idParam, parseWith, readJson } from '../context.js';
import { evidenceHtml, evidenceJson } from '../evidence.js';

const ExportQuery = z.strictObject({ format: z.enum(['json', 'html']).default('json') });

/** The case queue and workflow: list, view, act, reveal, export. */
export function caseRoutes(s: ReviewServices): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/', requirePermission('cases:read'), async (c) => {
    const filter = parseWith(CaseFilter, c.req.query());
    return c.json(await s.cases.list(c.get('principal')!, filter));
  });

  app.get('/:id', requirePermission('cases:read'), async (c) => {
    return c.json(await s.cases.get(c.get('principal')!, idParam(c)));
  });

  app.post('/:id/actions', requirePermission('cases:read'), async (c) => {
    const id = idParam(c);
    const action = await readJson(c, CaseAction);
    const p = c.get('principal')!;
    const needed = ACTION_PERMISSION[action.action];
    if (!can(p.role, needed))
      throw new HTTPException(403, { message: `your role (${p.role}) may not ${action.action} (${needed})` });
    return c.json(await s.cases.act(p, id, action));
  });

  // Reveal is checked here rather than by middleware so that refusals are audited too.
  app.post('/:id/reveal', async (c) => {
    const p = c.get('principal');
    if (!p) throw new HTTPException(401, { message: 'sign in or send an API token' });
    const id = idParam(c);
    const refuse = async (reason: string, status: 400 | 403 | 409): Promise<never> => {
      await s.audit.append({
        actor: actorName(p),
        action: 'case.reveal-refused',
        target: `case:${id}`,
        details: { reason },
      });
      throw status === 400
        ? new InvalidRequestError(reason)
        : status === 409
          ? new ConflictError(reason)
          : new HTTPException(403, { message: reason });
    };
    if (!can(p.role, 'cases:reveal')) return refuse(`your role (${p.role}) may not reveal authors`, 403);
    let body: unknown = {};
    try {
      body = await c.req.json();
    } catch {
      body = {};
    }
    const justification =
      typeof (body as { justification?: unknown }).justification === 'string'
        ? (body as { justification: string }).justification.trim()
        : '';
    const min = s.config.server.minJustification;
    if (justification.length < min)
      return refuse(`a written justification of at least ${min} characters is required`, 400);
    const { keyId, sealed } = await s.cases.sealedAuthor(id);
    if (!keyId || !sealed) return refuse('this post has no recorded author', 409);
    const author = s.keyring.current().unseal(keyId, sealed);
    await s.audit.append({
      actor: actorName(p),
      action: 'case.reveal',
      target: `case:${id}`,
      details: { justification: justification.slice(0, 2000), keyId },
    });
    return c.json({ caseId: id, author, keyId });
  });

  app.get('/:id/export', requirePermission('cases:export'), async (c) => {
    const id = idParam(c);
    const { format } = parseWith(ExportQuery, c.req.query());
    const p = c.get('principal')!;
    const detail = await s.cases.get(p, id, false);
    const at = s.now().toISOString();
    await s.audit.append({
      actor: actorName(p),
      action: 'case.export',
      target: `case:${id}`,
      details: { format },
    });
    const name = `brightline-case-${id}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    if (format === 'html') {
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(evidenceHtml(detail, actorName(p), at));
    }
    return c.json(evidenceJson(detail, actorName(p), at));
  });

  return app;
}
