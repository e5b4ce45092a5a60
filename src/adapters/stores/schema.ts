import type { ColumnDefinitionBuilder, Generated, Kysely, Migration } from 'kysely';
import { PostgresAdapter } from 'kysely';

/** The database schema, shared by every SQL dialect through Kysely. */
export interface Database {
  alerts: {
    id: Generated<number>;
    source: string;
    post_id: string;
    redacted_text: string;
    text_sha256: string;
    pii_kinds: string;
    author_hash: string | null;
    author_key_id: string | null;
    severity: string;
    severity_rank: number;
    score: number;
    kind: string | null;
    assessment: string;
    self_harm: number;
    model_version: string;
    url: string | null;
    posted_at: string | null;
    captured_at: string;
    /** The author handle sealed with AES-256-GCM under key `author_key_id`, for audited reveal. */
    author_sealed: string | null;
    topics: string;
    target_type: string | null;
    protected_entity: string | null;
  };
  hourly_aggregates: {
    hour: string;
    topic: string;
    posts: number;
    alerts_low: number;
    alerts_medium: number;
    alerts_high: number;
    alerts_critical: number;
    self_harm: number;
    sentiment_negative: number;
    sentiment_neutral: number;
    sentiment_positive: number;
    compound_sum: number;
    authors_hll: string | null;
  };
  counted_inputs: {
    fingerprint: string;
    counted_at: string;
  };
  cases: {
    id: Generated<number>;
    alert_id: number;
    status: string;
    assignee_id: number | null;
    legal_hold: number;
    dismiss_reason: string | null;
    created_at: string;
    updated_at: string;
    /** When the case reached its current closing status (dismissed, closed, referred); retention counts from here. */
    settled_at: string | null;
  };
  case_events: {
    id: Generated<number>;
    case_id: number;
    at: string;
    actor_id: number | null;
    type: string;
    details: string;
  };
  users: {
    id: Generated<number>;
    username: string;
    password_hash: string;
    role: string;
    disabled: number;
    created_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: number;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  api_tokens: {
    id: Generated<number>;
    name: string;
    token_hash: string;
    role: string;
    created_at: string;
    revoked: number;
  };
  audit_log: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    target: string | null;
    details: string;
    prev_hash: string;
    hash: string;
  };
  webhooks: {
    id: Generated<number>;
    name: string;
    url: string;
    min_severity: string;
    secret: string;
    enabled: number;
    created_at: string;
  };
  webhook_deliveries: {
    id: Generated<number>;
    webhook_id: number;
    case_id: number;
    payload: string;
    status: string;
    attempts: number;
    next_attempt_at: string;
    last_error: string | null;
    created_at: string;
    delivered_at: string | null;
  };
  /** Where each live source stopped (committed), so a restart resumes there. */
  source_cursors: {
    source: string;
    cursor: string;
    updated_at: string;
  };
  /** Counts of purged cases, so transparency reports keep them after the content is gone. */
  purged_tally: {
    kind: string;
    severity: string;
    status: string;
    count: number;
  };
}

const isPg = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
/** An auto-numbered key: SQLite's INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL's serial. */
const idType = (db: Kysely<unknown>) => (isPg(db) ? 'serial' : 'integer');
const idColumn =
  (db: Kysely<unknown>) =>
  (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isPg(db) ? c.primaryKey() : c.primaryKey().autoIncrement();
/** A double: PostgreSQL's `real` is single precision. */
const floatType = (db: Kysely<unknown>) => (isPg(db) ? 'double precision' : 'real');

export const migrations: Record<string, Migration> = {
  '2026-11-29-004-source-cursors': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('source_cursors')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('cursor', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '2026-11-29-003-review-service': {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const col of ['author_sealed', 'target_type', 'protected_entity'])
        await db.schema.alterTable('alerts').addColumn(col, 'text').execute();
      await db.schema
        .alterTable('alerts')
        .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .createTable('cases')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('alert_id', 'integer', (c) => c.notNull().unique().references('alerts.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'integer')
        .addColumn('legal_hold', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('dismiss_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('settled_at', 'text')
        .execute();
      await db.schema.createIndex('cases_status').on('cases').columns(['status', 'updated_at']).execute();
      await db.schema
        .createTable('case_events')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_case').on('case_events').column('case_id').execute();
      await db.schema
        .createTable('users')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhooks')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('min_severity', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('webhook_id', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createTable('purged_tally')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('purged_tally_pk', ['kind', 'severity', 'status'])
        .execute();
    },
  },
  '2026-11-29-002-author-sketches': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('hourly_aggregates').addColumn('authors_hll', 'text').execute();
    },
  },
  '2026-11-29-001-alerts-and-aggregates': {
    // Migrations see the database as it was then, not today's typed schema.
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('alerts')
        .addColumn('id', idType(db), idColumn(db))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('redacted_text', 'text', (c) => c.notNull())
        .addColumn('text_sha256', 'text', (c) => c.notNull())
        .addColumn('pii_kinds', 'text', (c) => c.notNull())
        .addColumn('author_hash', 'text')
        .addColumn('author_key_id', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('severity_rank', 'integer', (c) => c.notNull())
        .addColumn('score', floatType(db), (c) => c.notNull())
        .addColumn('kind', 'text')
        .addColumn('assessment', 'text', (c) => c.notNull())
        .addColumn('self_harm', 'integer', (c) => c.notNull())
        .addColumn('model_version', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('posted_at', 'text')
        .addColumn('captured_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('alerts_source_post_id', ['source', 'post_id'])
        .execute();
      await db.schema
        .createIndex('alerts_severity_time')
        .on('alerts')
        .columns(['severity_rank', 'captured_at'])
        .execute();
      await db.schema
        .createTable('hourly_aggregates')
        .addColumn('hour', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('posts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('alerts_low', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('alerts_medium', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('alerts_high', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('alerts_critical', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('self_harm', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sentiment_negative', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sentiment_neutral', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sentiment_positive', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('compound_sum', floatType(db), (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('hourly_aggregates_pk', ['hour', 'topic'])
        .execute();
      await db.schema
        .createTable('counted_inputs')
        .addColumn('fingerprint', 'text', (c) => c.primaryKey())
        .addColumn('counted_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
