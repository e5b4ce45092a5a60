import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { HyperLogLog } from '../../core/hll.js';
import type { AlertStore, HourlyAggregate, StoredAlert } from '../../ports/alert-store.js';
import type { Severity } from '../../core/threat/assess.js';
import { severityRank } from '../../core/threat/assess.js';
import type { Database } from './schema.js';
import { isPostgres, openDatabase } from './sql-database.js';

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

/**
 * Records input fingerprints as counted; returns those that were new (the others were counted
 * before and must not be counted again). Part of the caller's transaction.
 */
export async function markCounted(
  trx: Transaction<Database>,
  fingerprints: readonly string[],
): Promise<Set<string>> {
  const fresh = new Set<string>();
  const at = new Date().toISOString();
  for (const fingerprint of fingerprints) {
    const r = await trx
      .insertInto('counted_inputs')
      .values({ fingerprint, counted_at: at })
      .onConflict((oc) => oc.column('fingerprint').doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0n) > 0) fresh.add(fingerprint);
  }
  return fresh;
}

/**
 * Adds hourly buckets to the stored ones inside the caller's transaction: counts add, author
 * sketches merge register by register. Safe with concurrent writers (several workers on one
 * PostgreSQL): each row is created if missing, then locked, in a fixed order so two writers
 * cannot deadlock.
 */
export async function applyBuckets(
  trx: Transaction<Database>,
  buckets: readonly HourlyAggregate[],
): Promise<void> {
  const pg = isPostgres(trx);
  const sorted = [...buckets].sort((x, y) =>
    x.hour + '\u0000' + x.topic < y.hour + '\u0000' + y.topic ? -1 : 1,
  );
  for (const b of sorted) {
    await trx
      .insertInto('hourly_aggregates')
      .values({
        hour: b.hour,
        topic: b.topic,
        posts: 0,
        alerts_low: 0,
        alerts_medium: 0,
        alerts_high: 0,
        alerts_critical: 0,
        self_harm: 0,
        sentiment_negative: 0,
        sentiment_neutral: 0,
        sentiment_positive: 0,
        compound_sum: 0,
        authors_hll: null,
      })
      .onConflict((oc) => oc.columns(['hour', 'topic']).doNothing())
      .execute();
    let q = trx
      .selectFrom('hourly_aggregates')
      .selectAll()
      .where('hour', '=', b.hour)
      .where('topic', '=', b.topic);
    if (pg) q = q.forUpdate();
    const old = await q.executeTakeFirstOrThrow();
    const sketch = b.authorSketch ? HyperLogLog.deserialize(b.authorSketch) : new HyperLogLog();
    if (old.authors_hll) sketch.merge(HyperLogLog.deserialize(old.authors_hll));
    await trx
      .updateTable('hourly_aggregates')
      .set({
        posts: old.posts + b.posts,
        alerts_low: old.alerts_low + b.alerts.low,
        alerts_medium: old.alerts_medium + b.alerts.medium,
        alerts_high: old.alerts_high + b.alerts.high,
        alerts_critical: old.alerts_critical + b.alerts.critical,
        self_harm: old.self_harm + b.selfHarm,
        sentiment_negative: old.sentiment_negative + b.sentiment.negative,
        sentiment_neutral: old.sentiment_neutral + b.sentiment.neutral,
        sentiment_positive: old.sentiment_positive + b.sentiment.positive,
        compound_sum: old.compound_sum + b.compoundSum,
        authors_hll: sketch.serialize(),
      })
      .where('hour', '=', b.hour)
      .where('topic', '=', b.topic)
      .execute();
  }
}

/** Alerts and aggregates in one SQL database through Kysely: SQLite (the default) or PostgreSQL. */
export class SqlAlertStore implements AlertStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Opens the store at `target` (a SQLite path or a PostgreSQL URL) and brings its schema up to date. */
  static async open(target: string): Promise<SqlAlertStore> {
    return new SqlAlertStore(await openDatabase(target));
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
      if ((await markCounted(trx, [fingerprint])).size === 0) return { applied: false };
      await applyBuckets(trx, buckets);
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
