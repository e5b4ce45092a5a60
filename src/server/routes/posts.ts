import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ParsedLine } from '../../adapters/sources/formats.js';
import { parseJsonLine, postFromJson } from '../../adapters/sources/formats.js';
import { PipelineBusyError } from '../../pipeline/live.js';
import { InvalidRequestError } from '../../review/errors.js';
import { requirePermission } from '../auth.js';
import type { Env, ReviewServices } from '../context.js';

/** Splits a body into items: a JSON array of posts, or NDJSON (one post per non-empty line). */
export function parsePostsBody(body: string): ParsedLine[] {
  const start = body.search(/\S/);
  if (start === -1) throw new InvalidRequestError('body is empty: send a JSON array or NDJSON of posts');
  if (body[start] === '[') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      throw new InvalidRequestError(`body is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(value)) throw new InvalidRequestError('body must be a JSON array or NDJSON');
    return value.map(postFromJson);
  }
  const items: ParsedLine[] = [];
  for (const line of body.split('\n')) if (line.trim()) items.push(parseJsonLine(line));
  return items;
}

/** `POST /v1/posts`: the ingestion API, feeding the same analysis as `scan`. */
export function postRoutes(s: ReviewServices): Hono<Env> {
  const app = new Hono<Env>();

  app.post(
    '/',
    requirePermission('posts:ingest'),
    bodyLimit({
      maxSize: s.config.server.maxBodyBytes,
      onError: (c) =>
        c.json(
          { error: `body is larger than ${s.config.server.maxBodyBytes} bytes; send smaller batches` },
          413,
        ),
    }),
    async (c) => {
      const items = parsePostsBody(await c.req.text());
      if (items.length > 100_000) throw new InvalidRequestError('at most 100,000 posts per request');
      try {
        const results = await s.pipeline.submit(items);
        const counts = { accepted: 0, duplicate: 0, rejected: 0, skipped: 0 };
        for (const r of results) counts[r.status]++;
        return c.json({ ...counts, results }, counts.accepted > 0 ? 202 : 200);
      } catch (e) {
        if (e instanceof PipelineBusyError) {
          c.header('Retry-After', String(e.retryAfterSeconds));
          return c.json({ error: `${e.message}; nothing in this batch was taken, send it again` }, 503);
        }
        throw e;
      }
    },
  );

  app.get('/stats', requirePermission('posts:ingest'), (c) => c.json(s.pipeline.stats));

  return app;
}
