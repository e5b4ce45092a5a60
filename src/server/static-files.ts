import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './context.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The dashboard's policy: its own scripts only, no inline scripts, nothing from elsewhere. */
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * Serves the built dashboard from memory (a few files, read once). Any other GET that is not an
 * API path gets index.html, so deep links such as /cases/12 open the app. Only files that exist in
 * the build are ever served: request paths are looked up in a map, never joined onto the disk.
 */
export function dashboard(root: string): MiddlewareHandler<Env> | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const f of walk(root))
    files.set('/' + relative(root, f).split(sep).join('/'), {
      body: readFileSync(f),
      type: TYPES[extname(f)] ?? 'application/octet-stream',
    });
  const index = files.get('/index.html')!;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    if (path.startsWith('/v1/') || path === '/v1') return next();
    const file = files.get(path) ?? (extname(path) === '' ? index : undefined);
    if (!file) return next();
    c.header('Content-Type', file.type);
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    c.header(
      'Cache-Control',
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    return c.body(new Uint8Array(file.body));
  };
}
