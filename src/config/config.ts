import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const severity = z.enum(['low', 'medium', 'high', 'critical']);

/** The configuration file: alert threshold, protected entities and topics. */
export const ConfigSchema = z
  .object({
    alertThreshold: severity.default('medium'),
    /** k-anonymity for trends: a cell with fewer distinct authors is suppressed (never below 10). */
    minAuthorsPerCell: z
      .number()
      .int()
      .min(10, 'must be at least 10: smaller cells can single people out')
      .default(50),
    protectedEntities: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)).default([]),
          kind: z.enum(['person', 'role', 'organisation']).default('person'),
        }),
      )
      .default([]),
    topics: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          keywords: z.array(z.string().min(1)).default([]),
          phrases: z.array(z.string().min(1)).default([]),
          hashtags: z.array(z.string().min(1)).default([]),
          handles: z.array(z.string().min(1)).default([]),
          aliases: z.array(z.string().min(1)).default([]),
        }),
      )
      .default([]),
    /** The review service (`brightline serve`). */
    server: z
      .strictObject({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        /** The URL people use to reach the service, for links in notifications. */
        publicUrl: z.url({ protocol: /^https?$/ }).optional(),
        maxBodyBytes: z
          .number()
          .int()
          .min(1024)
          .max(256 * 1024 * 1024)
          .default(10 * 1024 * 1024),
        /** Session cookies only over HTTPS (browsers also accept them on http://localhost). */
        secureCookies: z.boolean().default(true),
        sessionHours: z.number().min(0.25).max(168).default(12),
        /** Characters a reveal justification needs at least. */
        minJustification: z.number().int().min(10).max(1000).default(20),
        logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .prefault({}),
    ingest: z
      .strictObject({
        /** Posts waiting for analysis before batches are refused with 503 (2–3 s of work). */
        maxQueue: z.number().int().min(100).default(50_000),
        /** Post ids remembered in memory to answer re-sent posts as duplicates. */
        dedupeWindow: z.number().int().min(1000).default(200_000),
      })
      .prefault({}),
    /** Where reviews, cases and counts are kept: SQLite in the data directory unless a PostgreSQL URL is given. */
    store: z
      .strictObject({
        url: z
          .string()
          .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
          .optional(),
        poolSize: z.number().int().min(1).max(200).default(10),
      })
      .prefault({}),
    /** The work bus of the scaled-out mode (Redis Streams); without it posts are analysed in process. */
    bus: z
      .strictObject({
        url: z
          .string()
          .regex(/^rediss?:\/\//, 'a redis:// URL')
          .optional(),
        /** Key prefix for the stream, dead letters and counters. */
        prefix: z
          .string()
          .regex(/^[\w.-]{1,64}$/)
          .default('brightline'),
        /** Posts appended and not yet processed before ingest refuses batches with 503. */
        maxBacklog: z.number().int().min(100).default(500_000),
        /** Posts per stream entry. */
        entrySize: z.number().int().min(1).max(5_000).default(200),
        /** An entry pending this long on a silent worker is taken over by another. */
        claimIdleSeconds: z.number().min(0.1).max(3600).default(30),
        /** Deliveries after which an entry goes to the dead letters. */
        maxDeliveries: z.number().int().min(1).max(100).default(5),
        /** Dead letters hold raw posts; they are trimmed after this many days. */
        deadLetterDays: z.number().min(0.01).max(90).default(7),
        /** Accept a Redis that writes to disk (only where that disk is held to safeguards §3). */
        allowDiskPersistence: z.boolean().default(false),
      })
      .prefault({}),
    retention: z
      .strictObject({
        dismissedDays: z.number().min(0).max(3650).default(30),
        closedDays: z.number().min(0).max(36500).default(365),
        intervalMinutes: z.number().min(1).max(10080).default(60),
      })
      .prefault({}),
    /** Live sources `serve` reads (and `watch NAME` can follow). */
    sources: z
      .array(
        z.discriminatedUnion('type', [
          z.strictObject({
            type: z.literal('jetstream'),
            name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
            url: z.url({ protocol: /^wss?$/ }).default('wss://jetstream2.us-east.bsky.network/subscribe'),
            wantedDids: z.array(z.string().startsWith('did:')).default([]),
            rewindSeconds: z.number().min(0).max(3600).default(5),
          }),
          z.strictObject({
            type: z.literal('mastodon'),
            name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
            instance: z.url({ protocol: /^https?$/ }),
            stream: z.enum(['public', 'public:local', 'hashtag', 'list']).default('public'),
            tag: z.string().min(1).optional(),
            list: z.string().min(1).optional(),
            /** The name of the environment variable holding the access token (never the token itself). */
            tokenEnv: z
              .string()
              .regex(/^[A-Z_][A-Z0-9_]*$/)
              .optional(),
          }),
          z.strictObject({
            type: z.literal('directory'),
            name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dot, dash, underscore'),
            path: z.string().min(1),
            pollSeconds: z.number().min(0.05).max(3600).default(1),
          }),
        ]),
      )
      .default([])
      .refine((xs) => new Set(xs.map((x) => x.name)).size === xs.length, 'source names must be unique'),
    webhooks: z
      .strictObject({
        maxAttempts: z.number().int().min(1).max(50).default(6),
        baseDelaySeconds: z.number().min(0.01).max(3600).default(2),
        timeoutSeconds: z.number().min(0.1).max(120).default(5),
      })
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_NAMES = ['brightline.yaml', 'brightline.yml', 'brightline.json'];

/** Finds the config: `--config PATH`, else brightline.{yaml,yml,json} in `cwd`, else defaults. */
export function loadConfig(
  explicit: string | undefined,
  cwd = process.cwd(),
): { config: Config; path?: string } {
  const path = explicit
    ? resolve(cwd, explicit)
    : DEFAULT_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (!path) return { config: ConfigSchema.parse({}) };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `${path}: cannot read config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(
      `${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`,
    );
  }
  const r = ConfigSchema.safeParse(raw ?? {});
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `${path}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`,
    );
    throw new ConfigError(lines.join('\n'));
  }
  return { config: r.data, path };
}

/** Environment variables that override the file (checked the same way). */
const ENV: Record<string, (c: Record<string, Record<string, unknown>>, v: string) => void> = {
  BRIGHTLINE_HOST: (c, v) => (c.server!.host = v),
  BRIGHTLINE_PORT: (c, v) => (c.server!.port = toNumber(v)),
  BRIGHTLINE_PUBLIC_URL: (c, v) => (c.server!.publicUrl = v),
  BRIGHTLINE_MAX_BODY_BYTES: (c, v) => (c.server!.maxBodyBytes = toNumber(v)),
  BRIGHTLINE_SECURE_COOKIES: (c, v) => (c.server!.secureCookies = toBool(v)),
  BRIGHTLINE_LOG_LEVEL: (c, v) => (c.server!.logLevel = v),
  BRIGHTLINE_RETENTION_DISMISSED_DAYS: (c, v) => (c.retention!.dismissedDays = toNumber(v)),
  BRIGHTLINE_RETENTION_CLOSED_DAYS: (c, v) => (c.retention!.closedDays = toNumber(v)),
  BRIGHTLINE_STORE: (c, v) => (c.store!.url = v),
  BRIGHTLINE_BUS: (c, v) => (c.bus!.url = v),
};

function toNumber(v: string): unknown {
  return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
}
function toBool(v: string): unknown {
  return (
    ({ true: true, '1': true, yes: true, false: false, '0': false, no: false } as Record<string, boolean>)[
      v.toLowerCase()
    ] ?? v
  );
}

/**
 * The service configuration: the file (as `loadConfig` finds it), then `BRIGHTLINE_*` environment
 * variables over it, then command-line values over both; each bad value is reported with where it
 * came from.
 */
export function loadServiceConfig(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  flags: { host?: string; port?: number; store?: string; bus?: string } = {},
  cwd = process.cwd(),
): { config: Config; path?: string } {
  const { config, path } = loadConfig(explicit ?? env.BRIGHTLINE_CONFIG, cwd);
  const raw = structuredClone(config) as unknown as Record<string, Record<string, unknown>>;
  const origin = new Map<string, string>();
  for (const [name, apply] of Object.entries(ENV)) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    apply(raw, v);
    origin.set(name, v);
  }
  if (flags.host !== undefined) raw.server!.host = flags.host;
  if (flags.port !== undefined) raw.server!.port = flags.port;
  if (flags.store !== undefined) raw.store!.url = flags.store;
  if (flags.bus !== undefined) raw.bus!.url = flags.bus;
  const r = ConfigSchema.safeParse(raw);
  if (!r.success) {
    const where = (p: PropertyKey[]): string => {
      const key = p.join('.');
      const envName = Object.keys(ENV).find((n) => origin.has(n) && key === envKey(n));
      return envName ? `${envName}=${JSON.stringify(origin.get(envName))}` : `${path ?? 'config'}: ${key}`;
    };
    throw new ConfigError(r.error.issues.map((i) => `${where(i.path)}: ${i.message}`).join('\n'));
  }
  return { config: r.data, path };
}

function envKey(name: string): string {
  const probe = { server: {}, retention: {}, store: {}, bus: {} } as Record<string, Record<string, unknown>>;
  ENV[name]!(probe, 'x');
  for (const [section, o] of Object.entries(probe)) for (const k of Object.keys(o)) return `${section}.${k}`;
  return '';
}
