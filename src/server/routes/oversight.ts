import { Hono } from 'hono';
import { z } from 'zod';
import { actorName } from '../../review/accounts.js';
import { buildTrends } from '../../pipeline/trends.js';
import { requirePermission } from '../auth.js';
import type { Env, ReviewServices } from '../context.js';
import { parseWith } from '../context.js';

const time = z.iso.datetime({ offset: true }).or(z.iso.date());
const AuditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  actor: z.string().max(128).optional(),
  target: z.string().max(128).optional(),
  from: time.optional(),
  to: time.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const Period = z.strictObject({ from: time.optional(), to: time.optional() });
const TrendQuery = z.strictObject({
  topic: z.string().max(200).optional(),
  from: time.optional(),
  to: time.optional(),
});
const iso = (v: string | undefined): string | undefined => (v ? new Date(v).toISOString() : undefined);

/** The audit log, its verification, the transparency report and aggregate trends: no post content. */
export function oversightRoutes(s: ReviewServices): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/audit', requirePermission('audit:read'), async (c) => {
    const q = parseWith(AuditQuery, c.req.query());
    const records = await s.audit.list({ ...q, from: iso(q.from), to: iso(q.to), beforeSeq: q.before });
    await s.audit.append({
      actor: actorName(c.get('principal')),
      action: 'audit.read',
      details: { action: q.action ?? null, actor: q.actor ?? null, target: q.target ?? null },
    });
    return c.json({ records });
  });

  app.get('/audit/verify', requirePermission('audit:read'), async (c) => {
    const result = await s.audit.verify();
    await s.audit.append({
      actor: actorName(c.get('principal')),
      action: 'audit.verify',
      details: { ok: result.ok },
    });
    return c.json(result);
  });

  app.get('/transparency', requirePermission('transparency:read'), async (c) => {
    const q = parseWith(Period, c.req.query());
    return c.json(await s.transparency.report({ from: iso(q.from), to: iso(q.to) }));
  });

  app.get('/sources', requirePermission('sources:read'), (c) =>
    c.json({ sources: s.sources(), bus: s.workBus() }),
  );

  app.get('/trends', requirePermission('trends:read'), async (c) => {
    const q = parseWith(TrendQuery, c.req.query());
    const buckets = await s.store.aggregates({ topic: q.topic ?? null, from: iso(q.from), to: iso(q.to) });
    return c.json({
      minAuthorsPerCell: s.config.minAuthorsPerCell,
      topics: buildTrends(buckets, s.config.minAuthorsPerCell),
    });
  });

  return app;
}
