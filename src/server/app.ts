import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { authenticate } from './auth.js';
import type { Env, ReviewServices } from './context.js';
import { onError } from './on-error.js';
import { dashboard } from './static-files.js';
import { openApiDocument } from './openapi.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { oversightRoutes } from './routes/oversight.js';
import { postRoutes } from './routes/posts.js';
import { streamRoutes } from './routes/stream.js';

export const API_VERSION = '0.2.0';

/** Where the built dashboard lives (web/dist beside dist/). */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** The HTTP API and the dashboard. Tests drive it through `app.request()`; `serve` puts it on a socket. */
export function createApp(s: ReviewServices, opts: { webRoot?: string | null } = {}): Hono<Env> {
  const app = new Hono<Env>();
  app.onError(onError(s.logger));
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.use('*', async (c, next) => {
    const id = randomUUID();
    c.set('requestId', id);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', id);
    if (c.req.path !== '/healthz' && c.req.path !== '/readyz')
      s.logger.info(
        {
          requestId: id,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
  });
  app.use('*', secureHeaders());

  app.get('/healthz', (c) => (s.ready() ? c.json({ status: 'ok' }) : c.json({ status: 'starting' }, 503)));
  app.get('/readyz', (c) => {
    if (!s.ready()) return c.json({ status: 'not ready' }, 503);
    const bus = s.workBus();
    // Without its work bus the service cannot take posts: not ready, so a balancer sends them elsewhere.
    if (bus && !bus.connected)
      return c.json(
        { status: 'work bus unreachable', queued: s.pipeline.depth, sources: s.sources(), bus },
        503,
      );
    return c.json({
      status: 'ready',
      queued: s.pipeline.depth,
      sources: s.sources(),
      ...(bus ? { bus } : {}),
    });
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(API_VERSION)));

  app.use('/v1/*', authenticate(s));
  // Small bodies everywhere but ingestion, which has its own configured limit.
  app.use('/v1/*', async (c, next) => {
    if (c.req.path === '/v1/posts') return next();
    return bodyLimit({
      maxSize: 64 * 1024,
      onError: (cc) => cc.json({ error: 'body is larger than 64 KiB' }, 413),
    })(c, next);
  });
  app.route('/v1/auth', authRoutes(s));
  app.route('/v1/posts', postRoutes(s));
  app.route('/v1/cases', caseRoutes(s));
  app.route('/v1/stream', streamRoutes(s));
  app.route('/v1', adminRoutes(s));
  app.route('/v1', oversightRoutes(s));
  const web = opts.webRoot === null ? null : dashboard(opts.webRoot ?? WEB_ROOT);
  if (web) app.use('*', web);
  return app;
}
