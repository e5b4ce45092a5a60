import type { Kysely } from 'kysely';
import type { Analysis, Analyzer } from '../core/analyze.js';
import type { Post } from '../core/post.js';
import type { AuthorKeyring } from '../adapters/keys/keyring.js';
import type { Database } from '../adapters/stores/schema.js';
import { applyBuckets, markCounted } from '../adapters/stores/sql-alert-store.js';
import { isTransientStoreError } from '../adapters/stores/sql-database.js';
import type { StoredAlert } from '../ports/alert-store.js';
import type { BusEntry, WorkBus } from '../ports/work-bus.js';
import type { CaseService, CaseSummary } from '../review/cases.js';
import type { WebhookService } from '../review/webhooks.js';
import { backoffDelay, sleep } from '../adapters/sources/live-common.js';
import { AggregateBuilder } from './aggregates.js';
import { toStored } from './scan.js';

export interface WorkerOptions {
  bus: WorkBus;
  db: Kysely<Database>;
  analyze: Analyzer;
  cases: CaseService;
  webhooks: WebhookService;
  keyring: () => AuthorKeyring;
  /** This worker's name in the consumer group (unique per process). */
  consumer: string;
  /** Entries read at a time (default 10). */
  batchEntries?: number;
  /** How long a read waits for new entries (default 1 s). */
  blockMs?: number;
  /** Entries pending this long on another consumer are taken over (default 30 s). */
  claimIdleMs?: number;
  /** Deliveries after which an entry goes to the dead letters (default 5). */
  maxDeliveries?: number;
  now?: () => Date;
  log?: {
    info(o: object, m: string): void;
    warn(o: object, m: string): void;
    error(o: object, m: string): void;
  };
}

export interface WorkerStats {
  entries: number;
  posts: number;
  alerts: number;
  casesOpened: number;
  claimed: number;
  split: number;
  deadLettered: number;
  failedEntries: number;
  storeRetries: number;
}

/** The aggregate fingerprint of a bus entry: an entry is counted once, whoever processes it. */
export const entryFingerprint = (id: string): string => `bus:${id}`;

interface Done {
  entry: BusEntry;
  posts: Post[];
  analyses: Analysis[];
}

/**
 * A worker in the consumer group: reads entries, analyses their posts, commits alerts, cases,
 * webhook deliveries and hourly counts in one transaction, then acknowledges. Entries left pending
 * by a dead worker are claimed after `claimIdleMs`; an entry delivered again is first checked
 * (already committed → just acknowledged) and, if it holds several posts, split into one entry per
 * post so that a poison post is isolated; after `maxDeliveries` an entry goes to the dead letters
 * with its last error. A store failure is retried with backoff (the entries stay this worker's:
 * their idle time is reset while it waits), never counted as a failed delivery.
 */
export class Worker {
  readonly stats: WorkerStats = {
    entries: 0,
    posts: 0,
    alerts: 0,
    casesOpened: 0,
    claimed: 0,
    split: 0,
    deadLettered: 0,
    failedEntries: 0,
    storeRetries: 0,
  };
  private inFlight: string[] = [];

  constructor(private readonly o: WorkerOptions) {}

  private get now(): Date {
    return this.o.now ? this.o.now() : new Date();
  }

  /** Works until `signal` aborts; finishes the batch in hand first. */
  async run(signal: AbortSignal): Promise<void> {
    const idle = this.o.claimIdleMs ?? 30_000;
    const heartbeat = setInterval(
      () => {
        if (this.inFlight.length) this.o.bus.touch(this.o.consumer, this.inFlight).catch(() => undefined);
      },
      Math.max(100, Math.floor(idle / 3)),
    );
    heartbeat.unref();
    let lastClaim = 0;
    let lastTrim = 0;
    let failures = 0;
    try {
      while (!signal.aborted) {
        try {
          let entries: BusEntry[] = [];
          if (Date.now() - lastClaim >= Math.min(idle / 2, 5_000)) {
            lastClaim = Date.now();
            entries = await this.o.bus.claimStale(this.o.consumer, idle, this.o.batchEntries ?? 10);
            this.stats.claimed += entries.length;
            if (entries.length)
              this.o.log?.warn(
                { consumer: this.o.consumer, entries: entries.map((e) => e.id) },
                'claimed entries left pending by another worker',
              );
          }
          if (entries.length === 0)
            entries = await this.o.bus.read(
              this.o.consumer,
              this.o.batchEntries ?? 10,
              this.o.blockMs ?? 1_000,
            );
          if (entries.length) await this.process(entries, signal);
          if (Date.now() - lastTrim >= 5_000) {
            lastTrim = Date.now();
            await this.o.bus.trim();
          }
          failures = 0;
        } catch (e) {
          failures++;
          this.o.log?.error({ err: e, consumer: this.o.consumer }, 'work bus unavailable; backing off');
          await sleep(backoffDelay(failures, { baseMs: 100, maxMs: 5_000 }), signal);
        }
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Processes one batch of entries. */
  private async process(entries: readonly BusEntry[], signal: AbortSignal): Promise<void> {
    const max = this.o.maxDeliveries ?? 5;
    const done: Done[] = [];
    this.inFlight = entries.map((e) => e.id);
    for (const entry of entries) {
      if (entry.deliveries > max) {
        const error =
          (await this.o.bus.lastError(entry.id)) ??
          entry.error ??
          'a worker stopped while processing it (crashed or was killed) each time';
        await this.o.bus.deadLetter(entry, error);
        this.stats.deadLettered++;
        this.o.log?.error(
          { entry: entry.id, deliveries: entry.deliveries, error },
          'entry moved to the dead letters after repeated failures',
        );
        continue;
      }
      if (!entry.posts) {
        await this.fail(entry, entry.error ?? 'undecodable entry');
        continue;
      }
      if (entry.deliveries > 1) {
        // Delivered before: if a worker committed it and died before acknowledging, finish it.
        if (await this.counted(entry.id)) {
          await this.o.bus.ack([entry]);
          continue;
        }
        if (entry.posts.length > 1) {
          await this.o.bus.split(entry);
          this.stats.split++;
          continue;
        }
      }
      try {
        done.push({ entry, posts: entry.posts, analyses: entry.posts.map((p) => this.o.analyze(p)) });
      } catch (e) {
        await this.fail(entry, `analysis failed: ${(e as Error).message}`);
      }
    }
    // First deliveries commit together; an entry delivered again commits on its own, so that one
    // the store refuses cannot hold back the others.
    const first = done.filter((d) => d.entry.deliveries <= 1);
    if (first.length) await this.commit(first, signal);
    for (const d of done.filter((x) => x.entry.deliveries > 1)) await this.commit([d], signal);
    this.inFlight = [];
  }

  private async fail(entry: BusEntry, error: string): Promise<void> {
    this.stats.failedEntries++;
    await this.o.bus.recordError(entry.id, error);
    this.o.log?.warn(
      { entry: entry.id, deliveries: entry.deliveries, error },
      'entry failed; it will be retried after the claim delay',
    );
  }

  private async counted(id: string): Promise<boolean> {
    const r = await this.o.db
      .selectFrom('counted_inputs')
      .select('fingerprint')
      .where('fingerprint', '=', entryFingerprint(id))
      .executeTakeFirst();
    return r !== undefined;
  }

  /** One transaction for the batch, retried until it commits (or the worker is stopped). */
  private async commit(done: Done[], signal: AbortSignal): Promise<void> {
    const at = this.now;
    const alerts: StoredAlert[] = [];
    for (const d of done)
      d.posts.forEach((post, i) => {
        const a = d.analyses[i]!;
        if (a.alert) {
          const keys = this.o.keyring();
          alerts.push(toStored(post, a, keys, at, (h) => keys.seal(h)));
        }
      });
    let opened: CaseSummary[] = [];
    for (let attempt = 0; ; attempt++) {
      try {
        opened = await this.o.db.transaction().execute(async (trx) => {
          const fresh = await markCounted(
            trx,
            done.map((d) => entryFingerprint(d.entry.id)),
          );
          const agg = new AggregateBuilder();
          for (const d of done)
            if (fresh.has(entryFingerprint(d.entry.id)))
              d.posts.forEach((post, i) => agg.add(d.analyses[i]!, post.createdAt, post.author, at));
          await applyBuckets(trx, agg.result());
          const ids = await this.o.cases.openCasesIn(trx, alerts);
          const summaries = await this.o.cases.summaries(trx, ids);
          await this.o.webhooks.enqueue(summaries, trx);
          return summaries;
        });
        break;
      } catch (e) {
        if (!isTransientStoreError(e)) {
          // The store refuses this data: the entries stay pending and come back one by one.
          for (const d of done) await this.fail(d.entry, `store refused the batch: ${(e as Error).message}`);
          return;
        }
        this.stats.storeRetries++;
        this.o.log?.error(
          { err: e, consumer: this.o.consumer, attempt },
          'store unavailable; retrying the batch',
        );
        // Stopping: a few quick tries, then the entries stay pending for another worker.
        if (signal.aborted && attempt >= 3) throw e;
        await sleep(backoffDelay(attempt, { baseMs: 100, maxMs: 5_000 }), signal);
      }
    }
    this.o.cases.announce(opened);
    await this.o.bus.ack(done.map((d) => d.entry));
    this.stats.entries += done.length;
    this.stats.posts += done.reduce((n, d) => n + d.posts.length, 0);
    this.stats.alerts += alerts.length;
    this.stats.casesOpened += opened.length;
  }
}
