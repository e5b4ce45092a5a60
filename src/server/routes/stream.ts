import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ReviewEvent } from '../../review/events.js';
import { requirePermission } from '../auth.js';
import type { Env, ReviewServices } from '../context.js';

/**
 * `GET /v1/stream`: Server-Sent Events of new alerts (`alert`, the case summary) and case changes
 * (`case`). A comment every 15 s keeps proxies from closing the connection.
 */
export function streamRoutes(s: ReviewServices, keepAliveMs = 15_000): Hono<Env> {
  const app = new Hono<Env>();
  app.get('/', requirePermission('feed:read'), (c) =>
    streamSSE(c, async (stream) => {
      const pending: ReviewEvent[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const unsubscribe = s.bus.subscribe(
        (e) => {
          pending.push(e);
          wake?.();
        },
        () => {
          open = false;
          wake?.();
        },
      );
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ at: s.now().toISOString() }) });
        while (open && !stream.aborted) {
          while (pending.length) {
            const e = pending.shift()!;
            const id = e.type === 'alert' ? `alert-${e.case.id}` : `case-${e.caseId}-${e.at}`;
            await stream.writeSSE({ event: e.type, id, data: JSON.stringify(e) });
          }
          await new Promise<void>((r) => {
            wake = r;
            setTimeout(r, keepAliveMs).unref();
          });
          wake = null;
          if (!pending.length && open) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
      }
    }),
  );
  return app;
}
