import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { HyperLogLog } from '../../core/hll.js';
import type { Insertable, MigrationProvider, Selectable } from 'kysely';
import type { AlertStore, HourlyAggregate, StoredAlert } from '../../ports/alert-store.js';
import { StoreError } from '../../ports/alert-store.js';
import type { Severity } from '../../core/threat/assess.js';
import { severityRank } from '../../core/threat/assess.js';
import type { Database } from './schema.js';
import { migrations } from './schema.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Opens (creating if needed) the SQLite database at `path` (WAL) and brings its schema up to date. */
export async function openSqlite(path: string): Promise<Kysely<Database>> {
  let raw: SqliteDatabase.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`, { cause: e });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`database ${path}: migration ${failed} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return db;
}

/** The row for one alert. */
export function alertRow(a: StoredAlert): Insertable<Database['alerts']> {
  return {
    source: a.source,
    post_id: a.postId,
    redacted_text: a.redactedText,
    text_sha256: a.textSha256,
    pii_kinds: JSON.stringify(a.piiKinds),
    author_hash: a.authorHash,
    author_key_id: a.authorKeyId,
    author_sealed: a.authorSealed ?? null,
    severity: a.severity,
    severity_rank: severityRank(a.severity),
    score: a.score,
    kind: a.assessment.kind,
    target_type: a.assessment.target?.type ?? null,
    protected_entity: a.assessment.protectedEntity ?? null,
    topics: JSON.stringify(a.topics ?? []),
    assessment: JSON.stringify(a.assessment),
    self_harm: a.selfHarm ? 1 : 0,
    model_version: a.modelVersion,
    url: a.url,
    posted_at: a.postedAt,
    captured_at: a.capturedAt,
  };
}

/** The alert in one row. The sealed handle stays behind: only reveal reads it. */
export function alertFromRow(r: Selectable<Database['alerts']>): StoredAlert {
  return {
    source: r.source as StoredAlert['source'],
    postId: r.post_id,
    redactedText: r.redacted_text,
    textSha256: r.text_sha256,
    piiKinds: JSON.parse(r.pii_kinds) as StoredAlert['piiKinds'],
    authorHash: r.author_hash,
    authorKeyId: r.author_key_id,
    severity: r.severity as Severity,
    score: r.score,
    assessment: JSON.parse(r.assessment) as StoredAlert['assessment'],
    selfHarm: r.self_harm === 1,
    topics: JSON.parse(r.topics) as string[],
    modelVersion: r.model_version,
    url: r.url,
    postedAt: r.posted_at,
    capturedAt: r.captured_at,
  };
}

/** Alerts and aggregates in one SQL database through Kysely (SQLite by default). */
export class SqliteAlertStore implements AlertStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Opens (creating if needed) the database at `path` and brings its schema up to date. */
  static async open(path: string): Promise<SqliteAlertStore> {
    return new SqliteAlertStore(await openSqlite(path));
  }

  async saveAlerts(alerts: readonly StoredAlert[]): Promise<{ inserted: number }> {
    if (alerts.length === 0) return { inserted: 0 };
    return this.db.transaction().execute(async (trx) => {
      let inserted = 0;
      for (const a of alerts) {
        const r = await trx
          .insertInto('alerts')
          .values(alertRow(a))
          .onConflict((oc) => oc.columns(['source', 'post_id']).doNothing())
          .executeTakeFirst();
        inserted += Number(r.numInsertedOrUpdatedRows ?? 0n);
      }
      return { inserted };
    });
  }

  async addAggregates(
    fingerprint: string,
    buckets: readonly HourlyAggregate[],
  ): Promise<{ applied: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const seen = await trx
        .insertInto('counted_inputs')
        .values({ fingerprint, counted_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('fingerprint').doNothing())
        .executeTakeFirst();
      if (Number(seen.numInsertedOrUpdatedRows ?? 0n) === 0) return { applied: false };
      for (const b of buckets) {
        const old = await trx
          .selectFrom('hourly_aggregates')
          .selectAll()
          .where('hour', '=', b.hour)
          .where('topic', '=', b.topic)
          .executeTakeFirst();
        // Author sketches merge register by register; counts add.
        const sketch = b.authorSketch ? HyperLogLog.deserialize(b.authorSketch) : new HyperLogLog();
        if (old?.authors_hll) sketch.merge(HyperLogLog.deserialize(old.authors_hll));
        const row = {
          posts: (old?.posts ?? 0) + b.posts,
          alerts_low: (old?.alerts_low ?? 0) + b.alerts.low,
          alerts_medium: (old?.alerts_medium ?? 0) + b.alerts.medium,
          alerts_high: (old?.alerts_high ?? 0) + b.alerts.high,
          alerts_critical: (old?.alerts_critical ?? 0) + b.alerts.critical,
          self_harm: (old?.self_harm ?? 0) + b.selfHarm,
          sentiment_negative: (old?.sentiment_negative ?? 0) + b.sentiment.negative,
          sentiment_neutral: (old?.sentiment_neutral ?? 0) + b.sentiment.neutral,
          sentiment_positive: (old?.sentiment_positive ?? 0) + b.sentiment.positive,
          compound_sum: (old?.compound_sum ?? 0) + b.compoundSum,
          authors_hll: sketch.serialize(),
        };
        if (old)
          await trx
            .updateTable('hourly_aggregates')
            .set(row)
            .where('hour', '=', b.hour)
            .where('topic', '=', b.topic)
            .execute();
        else
          await trx
            .insertInto('hourly_aggregates')
            .values({ hour: b.hour, topic: b.topic, ...row })
            .execute();
      }
      return { applied: true };
    });
  }

  async countAlerts(): Promise<number> {
    const r = await this.db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async listAlerts(opts: { limit?: number; minSeverity?: Severity } = {}): Promise<StoredAlert[]> {
    const rows = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('severity_rank', '>=', severityRank(opts.minSeverity ?? 'low'))
      .orderBy('severity_rank', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit ?? 100)
      .execute();
    return rows.map(alertFromRow);
  }

  async aggregates(
    opts: { topic?: string | null; from?: string; to?: string } = {},
  ): Promise<HourlyAggregate[]> {
    let q = this.db.selectFrom('hourly_aggregates').selectAll();
    if (opts.topic !== null) q = q.where('topic', '=', opts.topic ?? '*');
    if (opts.from) q = q.where('hour', '>=', opts.from);
    if (opts.to) q = q.where('hour', '<', opts.to);
    const rows = await q.orderBy('hour').orderBy('topic').execute();
    return rows.map((r) => ({
      hour: r.hour,
      topic: r.topic,
      posts: r.posts,
      alerts: {
        low: r.alerts_low,
        medium: r.alerts_medium,
        high: r.alerts_high,
        critical: r.alerts_critical,
      },
      selfHarm: r.self_harm,
      sentiment: {
        negative: r.sentiment_negative,
        neutral: r.sentiment_neutral,
        positive: r.sentiment_positive,
      },
      compoundSum: r.compound_sum,
      authors: r.authors_hll ? HyperLogLog.deserialize(r.authors_hll).count() : 0,
      authorSketch: r.authors_hll ?? undefined,
    }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
