import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { MigrationProvider } from 'kysely';
import type { AlertStore, HourlyAggregate, StoredAlert } from '../../ports/alert-store.js';
import { StoreError } from '../../ports/alert-store.js';
import type { Severity } from '../../core/threat/assess.js';
import { severityRank } from '../../core/threat/assess.js';
import type { Database } from './schema.js';
import { migrations } from './schema.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Alerts and aggregates in one SQLite file (WAL), through Kysely. */
export class SqliteAlertStore implements AlertStore {
  private constructor(private readonly db: Kysely<Database>) {}

  /** Opens (creating if needed) the database at `path` and brings its schema up to date. */
  static async open(path: string): Promise<SqliteAlertStore> {
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
    return new SqliteAlertStore(db);
  }

  async saveAlerts(alerts: readonly StoredAlert[]): Promise<{ inserted: number }> {
    if (alerts.length === 0) return { inserted: 0 };
    return this.db.transaction().execute(async (trx) => {
      let inserted = 0;
      for (const a of alerts) {
        const r = await trx
          .insertInto('alerts')
          .values({
            source: a.source,
            post_id: a.postId,
            redacted_text: a.redactedText,
            text_sha256: a.textSha256,
            pii_kinds: JSON.stringify(a.piiKinds),
            author_hash: a.authorHash,
            author_key_id: a.authorKeyId,
            severity: a.severity,
            severity_rank: severityRank(a.severity),
            score: a.score,
            kind: a.assessment.kind,
            assessment: JSON.stringify(a.assessment),
            self_harm: a.selfHarm ? 1 : 0,
            model_version: a.modelVersion,
            url: a.url,
            posted_at: a.postedAt,
            captured_at: a.capturedAt,
          })
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
        const v = {
          posts: b.posts,
          alerts_low: b.alerts.low,
          alerts_medium: b.alerts.medium,
          alerts_high: b.alerts.high,
          alerts_critical: b.alerts.critical,
          self_harm: b.selfHarm,
          sentiment_negative: b.sentiment.negative,
          sentiment_neutral: b.sentiment.neutral,
          sentiment_positive: b.sentiment.positive,
          compound_sum: b.compoundSum,
        };
        await trx
          .insertInto('hourly_aggregates')
          .values({ hour: b.hour, topic: b.topic, ...v })
          .onConflict((oc) =>
            oc.columns(['hour', 'topic']).doUpdateSet({
              posts: sql`posts + ${v.posts}`,
              alerts_low: sql`alerts_low + ${v.alerts_low}`,
              alerts_medium: sql`alerts_medium + ${v.alerts_medium}`,
              alerts_high: sql`alerts_high + ${v.alerts_high}`,
              alerts_critical: sql`alerts_critical + ${v.alerts_critical}`,
              self_harm: sql`self_harm + ${v.self_harm}`,
              sentiment_negative: sql`sentiment_negative + ${v.sentiment_negative}`,
              sentiment_neutral: sql`sentiment_neutral + ${v.sentiment_neutral}`,
              sentiment_positive: sql`sentiment_positive + ${v.sentiment_positive}`,
              compound_sum: sql`compound_sum + ${v.compound_sum}`,
            }),
          )
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
    return rows.map((r) => ({
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
      modelVersion: r.model_version,
      url: r.url,
      postedAt: r.posted_at,
      capturedAt: r.captured_at,
    }));
  }

  async aggregates(opts: { topic?: string } = {}): Promise<HourlyAggregate[]> {
    const rows = await this.db
      .selectFrom('hourly_aggregates')
      .selectAll()
      .where('topic', '=', opts.topic ?? '*')
      .orderBy('hour')
      .execute();
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
    }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
