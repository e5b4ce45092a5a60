import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../adapters/stores/schema.js';
import type { AuthorKeyring } from '../adapters/keys/keyring.js';
import type { Config } from '../config/config.js';
import type { Ingest } from '../pipeline/live.js';
import type { AccountService, Principal } from '../review/accounts.js';
import type { AuditLog } from '../review/audit-log.js';
import type { CaseService } from '../review/cases.js';
import type { EventBus } from '../review/events.js';
import type { RetentionService } from '../review/retention.js';
import type { TransparencyService } from '../review/transparency.js';
import type { WebhookService } from '../review/webhooks.js';
import type { AlertStore } from '../ports/alert-store.js';
import type { LiveSourceStatus } from '../ports/live-source.js';
import type { BusHealth } from '../ports/work-bus.js';
import { InvalidRequestError } from '../review/errors.js';

/** Everything the HTTP layer uses, built once by the preset. */
export interface ReviewServices {
  config: Config;
  db: Kysely<Database>;
  store: AlertStore;
  accounts: AccountService;
  audit: AuditLog;
  cases: CaseService;
  webhooks: WebhookService;
  retention: RetentionService;
  transparency: TransparencyService;
  pipeline: Ingest;
  bus: EventBus;
  keyring: { current(): AuthorKeyring; rotate(): string };
  logger: Logger;
  now: () => Date;
  /** False until startup finishes and again once shutdown begins. */
  ready: () => boolean;
  /** Health of each live source. */
  sources: () => LiveSourceStatus[];
  /** The work bus and its consumer group (scaled-out mode), as last read; null when embedded. */
  workBus: () => BusHealth | null;
}

export interface Env {
  Variables: {
    principal: Principal | null;
    /** Set when the principal came from a session cookie (CSRF applies). */
    sessionToken: string | null;
    csrfToken: string | null;
    requestId: string;
  };
}

export type Ctx = Context<Env>;

/** Parses a JSON body against a schema; every problem is named in a 400. */
export async function readJson<T extends z.ZodType>(c: Ctx, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new InvalidRequestError('body must be valid JSON');
  }
  return parseWith(schema, raw);
}

export function parseWith<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new InvalidRequestError(
      r.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; '),
    );
  return r.data;
}

/** A numeric path id, or a 400 (no path tricks reach the database). */
export function idParam(c: Ctx, name = 'id'): number {
  const v = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,11}$/.test(v)) throw new InvalidRequestError(`${name} must be a positive integer`);
  return Number(v);
}
