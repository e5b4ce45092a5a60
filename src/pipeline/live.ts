import { randomUUID } from 'node:crypto';
import type { Analyzer } from '../core/analyze.js';
import type { Post } from '../core/post.js';
import type { AlertStore, StoredAlert } from '../ports/alert-store.js';
import type { AuthorKeyring } from '../adapters/keys/keyring.js';
import type { ParsedLine } from '../adapters/sources/formats.js';
import { AggregateBuilder } from './aggregates.js';
import { toStored } from './scan.js';

export type ItemResult =
  | { index: number; status: 'accepted' | 'duplicate'; id: string }
  | { index: number; status: 'rejected' | 'skipped'; reason: string };

export interface LiveStats {
  /** Items received = accepted + duplicate + rejected + skipped. */
  received: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  skipped: number;
  /** Accepted posts analysed so far; equals `accepted` once the queue is drained. */
  analysed: number;
  alerts: number;
  casesOpened: number;
  queued: number;
  refusedBatches: number;
}

export function emptyLiveStats(): LiveStats {
  const zero = { received: 0, accepted: 0, duplicate: 0, rejected: 0, skipped: 0 };
  return { ...zero, analysed: 0, alerts: 0, casesOpened: 0, queued: 0, refusedBatches: 0 };
}

/** Refused because the pipeline is behind; nothing in the batch was taken. */
export class PipelineBusyError extends Error {
  override name = 'PipelineBusyError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * Where the API and live sources hand posts: the in-process pipeline (embedded) or the work bus
 * (scaled out). Every item offered is answered; a batch that does not fit is refused whole.
 */
export interface Ingest {
  readonly stats: LiveStats;
  /** Posts waiting for analysis. */
  readonly depth: number;
  submit(items: readonly ParsedLine[]): ItemResult[] | Promise<ItemResult[]>;
  /** Submits for a live source: the sequence number of the last item, to wait on with `committed`. */
  offer(items: readonly ParsedLine[]): { seq: number } | Promise<{ seq: number }>;
  /** Resolves once every item offered up to `seq` is analysed and its alerts stored. */
  committed(seq: number): Promise<void>;
  drain(): Promise<void>;
  /** Writes the hourly counts gathered so far. */
  flushAggregates(): Promise<void>;
  close(): Promise<void>;
}

export interface LivePipelineOptions {
  analyze: Analyzer;
  /** Stores new alerts as cases; returns the ones that were new. */
  openCases: (alerts: StoredAlert[]) => Promise<unknown[]>;
  aggregates: Pick<AlertStore, 'addAggregates'>;
  /** The active author keyring (a function: keys rotate while the service runs). */
  keyring: () => AuthorKeyring;
  /** Posts waiting for analysis before new batches are refused. */
  maxQueue?: number;
  /** Post keys remembered for de-duplication (in memory; the alert table also refuses duplicates). */
  dedupeWindow?: number;
  /** Posts analysed before the worker yields to the event loop. */
  sliceSize?: number;
  aggregateFlushMs?: number;
  now?: () => Date;
  onError?: (e: unknown) => void;
}

/**
 * The live pipeline behind `POST /v1/posts` and the live sources: a bounded queue, one worker
 * that analyses in slices (yielding between them so the server stays responsive), alerts stored
 * as cases, hourly counts flushed periodically. Every item offered is answered: accepted,
 * duplicate, rejected or skipped; a batch that does not fit is refused whole, never dropped.
 */
export class LivePipeline implements Ingest {
  readonly stats: LiveStats = emptyLiveStats();
  private readonly queue: Post[] = [];
  /** Items offered so far (every kind), and how many of them are fully processed. */
  private offered = 0;
  private committedSeq = 0;
  private readonly seqOf: number[] = [];
  private waiters: { seq: number; resolve: () => void }[] = [];
  private head = 0;
  private readonly seen = new Map<string, true>();
  private agg = new AggregateBuilder();
  private aggDirty = false;
  private working: Promise<void> | null = null;
  private closed = false;
  private readonly timer: NodeJS.Timeout;
  private rate = 20_000;

  constructor(private readonly o: LivePipelineOptions) {
    this.timer = setInterval(() => {
      this.flushAggregates().catch((e: unknown) => o.onError?.(e));
    }, o.aggregateFlushMs ?? 2_000);
    this.timer.unref();
  }

  private get now(): Date {
    return this.o.now ? this.o.now() : new Date();
  }

  get depth(): number {
    return this.queue.length - this.head;
  }

  /** Offers parsed items; throws `PipelineBusyError` (taking nothing) when they do not fit. */
  submit(items: readonly ParsedLine[]): ItemResult[] {
    if (this.closed) throw new PipelineBusyError('shutting down', 5);
    const posts = items.reduce((n, i) => n + (i.kind === 'post' ? 1 : 0), 0);
    const max = this.o.maxQueue ?? 50_000;
    if (this.depth + posts > max) {
      this.stats.refusedBatches++;
      throw new PipelineBusyError(
        `pipeline is behind (${this.depth} posts waiting)`,
        Math.max(1, Math.ceil(this.depth / this.rate)),
      );
    }
    const window = this.o.dedupeWindow ?? 200_000;
    const results = items.map((item, index): ItemResult => {
      this.stats.received++;
      this.offered++;
      if (item.kind !== 'post') {
        if (item.kind === 'skip') this.stats.skipped++;
        else this.stats.rejected++;
        return { index, status: item.kind === 'skip' ? 'skipped' : 'rejected', reason: item.reason };
      }
      const key = `${item.post.source}\u0000${item.post.id}`;
      if (this.seen.has(key)) {
        this.stats.duplicate++;
        return { index, status: 'duplicate', id: item.post.id };
      }
      this.seen.set(key, true);
      if (this.seen.size > window) this.seen.delete(this.seen.keys().next().value!);
      this.queue.push(item.post);
      this.seqOf.push(this.offered);
      this.stats.accepted++;
      return { index, status: 'accepted', id: item.post.id };
    });
    this.stats.queued = this.depth;
    if (this.depth === 0) this.commit(this.offered);
    this.kick();
    return results;
  }

  /** Submits for a live source: the sequence number of the last item, to wait on with `committed`. */
  offer(items: readonly ParsedLine[]): { seq: number } {
    this.submit(items);
    return { seq: this.offered };
  }

  /** Resolves once every item offered up to `seq` is analysed and its alerts stored. */
  committed(seq: number): Promise<void> {
    if (seq <= this.committedSeq) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  private commit(seq: number): void {
    if (seq <= this.committedSeq) return;
    this.committedSeq = seq;
    const ready = this.waiters.filter((w) => w.seq <= seq);
    this.waiters = this.waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  }

  private kick(): void {
    if (this.working || this.depth === 0) return;
    // Start on the next turn of the event loop so `submit` answers without waiting for analysis.
    this.working = new Promise<void>((r) => setImmediate(r))
      .then(() => this.work())
      .finally(() => {
        this.working = null;
        if (this.depth > 0) this.kick();
      });
  }

  private async work(): Promise<void> {
    const slice = this.o.sliceSize ?? 256;
    while (this.depth > 0) {
      const started = performance.now();
      const end = Math.min(this.queue.length, this.head + slice);
      const alerts: StoredAlert[] = [];
      for (let i = this.head; i < end; i++) {
        const post = this.queue[i]!;
        const a = this.o.analyze(post);
        const t = this.now;
        this.agg.add(a, post.createdAt, post.author, t);
        if (a.alert) {
          const keys = this.o.keyring();
          alerts.push(toStored(post, a, keys, t, (h) => keys.seal(h)));
        }
      }
      const n = end - this.head;
      const lastSeq = this.seqOf[end - 1]!;
      this.head = end;
      if (this.head > 65_536 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.seqOf.splice(0, this.head);
        this.head = 0;
      }
      this.stats.analysed += n;
      this.stats.alerts += alerts.length;
      this.aggDirty = true;
      const ms = performance.now() - started;
      if (ms > 0) this.rate = 0.8 * this.rate + 0.2 * ((n / ms) * 1000);
      // Alerts are never dropped: a store failure is retried until it succeeds.
      for (let attempt = 0; alerts.length; attempt++) {
        try {
          this.stats.casesOpened += (await this.o.openCases(alerts)).length;
          break;
        } catch (e) {
          this.o.onError?.(e);
          await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** attempt)));
        }
      }
      this.stats.queued = this.depth;
      // Everything offered up to here is done; when the queue is empty, so is everything offered.
      this.commit(this.depth === 0 ? this.offered : lastSeq);
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** Writes the hourly counts gathered so far (each flush is counted once). */
  async flushAggregates(): Promise<void> {
    if (!this.aggDirty) return;
    const buckets = this.agg.result();
    this.agg = new AggregateBuilder();
    this.aggDirty = false;
    await this.o.aggregates.addAggregates(`live:${randomUUID()}`, buckets);
  }

  /** Resolves when every accepted post has been analysed and its alerts stored. */
  async drain(): Promise<void> {
    while (this.working) await this.working;
  }

  /** Stops taking posts, finishes the queue and writes the counts. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.drain();
    await this.flushAggregates();
  }
}
