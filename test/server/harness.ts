import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ConfigSchema } from '../../src/config/config.js';
import { loadResources } from '../../src/adapters/models/file-models.js';
import type { AnalyzerResources } from '../../src/core/analyze.js';
import { openEmbedded, type Brightline } from '../../src/presets.js';
import { createApp } from '../../src/server/app.js';
import { ROLES, type Role } from '../../src/review/permissions.js';

let resources: AnalyzerResources | undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
export type Json = any;

export interface Harness {
  b: Brightline;
  app: ReturnType<typeof createApp>;
  dir: string;
  /** An API token for each role. */
  tokens: Record<Role, string>;
  /** Moves the fake clock forward. */
  advance(ms: number): void;
  now(): Date;
  req(
    method: string,
    path: string,
    o?: {
      token?: string | null;
      role?: Role;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; body: Json; headers: Headers; text: string }>;
  /** Pushes posts through the API as the ingest token and waits until they are analysed. */
  ingest(posts: unknown[]): Promise<Json>;
  /** Signs a person in; returns the cookie header and CSRF token. */
  login(username: string, password: string): Promise<{ cookie: string; csrf: string; status: number }>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct horse battery';

/** Creates an empty database on the server; returns its URL. */
export async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `bl_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** A fresh embedded service in a temporary directory, with a fake clock and silent logs. */
export async function harness(
  config: Record<string, unknown> = {},
  extra: { measuredSuites?: string[]; dir?: string } = {},
): Promise<Harness> {
  resources ??= loadResources();
  const dir = extra.dir ?? mkdtempSync(join(tmpdir(), 'brightline-serve-'));
  let clock = new Date('2026-11-29T12:00:00.000Z').getTime();
  const now = (): Date => new Date(clock);
  // In the `postgres` test project the same service runs on a fresh PostgreSQL database.
  const pgServer = inject('postgresUrl');
  const store = pgServer ? { url: await freshDatabase(pgServer) } : undefined;
  const parsed = ConfigSchema.parse({
    ...config,
    ...(store ? { store } : {}),
    server: { logLevel: 'silent', ...((config.server as object) ?? {}) },
  });
  const b = await openEmbedded({
    dataDir: dir,
    config: parsed,
    now,
    logger: pino({ level: 'silent' }),
    resources,
    measuredSuites: extra.measuredSuites,
  });
  const app = createApp(b.services);
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = (await b.services.accounts.createToken(`${role}-bot`, role)).token;

  const h: Harness = {
    b,
    app,
    dir,
    tokens,
    now,
    advance: (ms) => {
      clock += ms;
    },
    async req(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      const token = o.token === undefined ? (o.role ? tokens[o.role] : undefined) : o.token;
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | undefined = o.raw;
      if (o.body !== undefined) {
        body = JSON.stringify(o.body);
        headers['content-type'] = 'application/json';
      }
      const res = await app.request(path, { method, headers, body });
      const text = await res.text();
      let json: Json = undefined;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, body: json, headers: res.headers, text };
    },
    async ingest(posts) {
      const r = await h.req('POST', '/v1/posts', { role: 'ingest', body: posts });
      if (r.status >= 300 && r.status !== 200) throw new Error(`ingest failed: ${r.status} ${r.text}`);
      await b.services.pipeline.drain();
      return r.body;
    },
    async login(username, password) {
      const res = await app.request('/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const body = (await res.json()) as Json;
      return { cookie, csrf: body.csrfToken, status: res.status };
    },
    close: () => b.close(),
  };
  return h;
}

/** Posts that raise an alert, and one that does not. */
export const THREATS = [
  { id: 't1', text: 'I am going to shoot the mayor tomorrow at the town hall', author: 'angry.user' },
  { id: 't2', text: 'gonna k1ll the poll workers at the Elm St school tmrw', author: 'someone.else' },
  {
    id: 't3',
    text: 'Someone should put a bullet in that judge, he lives at 12 Oak Street',
    author: 'third.author',
  },
];
export const HARMLESS = {
  id: 'h1',
  text: 'This bill is killing the middle class. Vote them out!',
  author: 'voter',
};
