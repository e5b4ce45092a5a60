import type { Generated, Kysely, Migration } from 'kysely';

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
}

export const migrations: Record<string, Migration> = {
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
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('redacted_text', 'text', (c) => c.notNull())
        .addColumn('text_sha256', 'text', (c) => c.notNull())
        .addColumn('pii_kinds', 'text', (c) => c.notNull())
        .addColumn('author_hash', 'text')
        .addColumn('author_key_id', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('severity_rank', 'integer', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
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
        .addColumn('compound_sum', 'real', (c) => c.notNull().defaultTo(0))
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
