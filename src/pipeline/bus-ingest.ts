import type { Post } from '../core/post.js';
import type { ParsedLine } from '../adapters/sources/formats.js';
import type { WorkBus } from '../ports/work-bus.js';
import type { Ingest, ItemResult, LiveStats } from './live.js';
import { PipelineBusyError } from './live.js';

export interface BusIngestOptions {
  bus: WorkBus;
  /** Posts waiting on the bus (appended, not yet acknowledged) before new batches are refused. */
  maxBacklog?: number;
  /** Posts per bus entry (default 200). */
  entrySize?: number;
  /** Post keys remembered for de-duplication in this process. */
  dedupeWindow?: number;
  /** How often the backlog and the workers' progress are read (default 200 ms). */
  pollMs?: number;
  onError?: (e: unknown) => void;
}

/** Parses the bus entry id into a comparable pair. */
function idKey(id: string): [bigint, bigint] {
  const [ms, seq] = id.split('-');
  return [BigInt(ms ?? '0'), BigInt(seq ?? '0')];
}
function before(a: string, b: string): boolean {
  const [am, as] = idKey(a);
  const [bm, bs] = idKey(b);
  return am < bm || (am === bm && as < bs);
}

/**
 * Ingest in the scaled-out mode: posts are answered here (accepted, duplicate, rejected, skipped)
 * and appended to the work bus in entries of `entrySize`; workers analyse them. A batch is refused
 * whole (503) when the bus backlog is full or Redis is unreachable, never half taken.
 * `committed(seq)` resolves once workers have acknowledged everything up to `seq`, so a live
 * source saves its cursor only past posts that are stored.
 */
export class BusIngest implements Ingest {
  readonly stats: LiveStats = {
    received: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    skipped: 0,
    analysed: 0,
    alerts: 0,
    casesOpened: 0,
    queued: 0,
    refusedBatches: 0,
  };
  private readonly seen = new Map<string, true>();
  private offered = 0;
  private backlog = 0;
  private epoch = '';
  /** The newest entry appended up to each offered sequence number, in order. */
  private appended: { seq: number; id: string; epoch: string }[] = [];
  private waiters: { seq: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private readonly timer: NodeJS.Timeout;
  private polling = false;
  private closed = false;

  constructor(private readonly o: BusIngestOptions) {
    this.timer = setInterval(() => void this.poll(), o.pollMs ?? 200);
    this.timer.unref();
    void this.poll();
  }

  get depth(): number {
    return this.backlog;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      this.backlog = await this.o.bus.backlog();
      this.stats.queued = this.backlog;
      if (this.waiters.length || this.appended.length > 1) {
        const done = await this.o.bus.doneThrough();
        this.epoch ||= done.epoch;
        this.settle(done.before, done.epoch);
      }
    } catch (e) {
      this.o.onError?.(e);
    } finally {
      this.polling = false;
    }
  }

  /** Resolves the waiters whose entries are all acknowledged; rejects those the bus lost. */
  private settle(doneBefore: string, epoch: string): void {
    // The newest record per waiter decides: entries are appended in id order.
    let doneSeq = 0;
    let lostSeq = 0;
    for (const a of this.appended) {
      if (a.epoch && a.epoch !== epoch) lostSeq = a.seq;
      else if (before(a.id, doneBefore)) doneSeq = a.seq;
      else break;
    }
    this.epoch = epoch;
    const keep: typeof this.waiters = [];
    for (const w of this.waiters) {
      const last = this.lastRecordAt(w.seq);
      if (!last) w.resolve();
      else if (last.seq <= lostSeq)
        w.reject(new Error('the work bus restarted before these posts were processed; they may be lost'));
      else if (last.seq <= doneSeq) w.resolve();
      else keep.push(w);
    }
    this.waiters = keep;
    // Records no waiter can need any more are dropped (keep the newest for later waiters).
    const minWaiting = Math.min(...this.waiters.map((w) => w.seq), this.offered);
    while (
      this.appended.length > 1 &&
      this.appended[1]!.seq <= minWaiting &&
      this.appended[0]!.seq <= doneSeq
    )
      this.appended.shift();
  }

  private lastRecordAt(seq: number): { seq: number; id: string; epoch: string } | undefined {
    let found;
    for (const a of this.appended) {
      if (a.seq > seq) break;
      found = a;
    }
    return found;
  }

  async submit(items: readonly ParsedLine[]): Promise<ItemResult[]> {
    if (this.closed) throw new PipelineBusyError('shutting down', 5);
    const count = items.reduce((n, i) => n + (i.kind === 'post' ? 1 : 0), 0);
    const max = this.o.maxBacklog ?? 200_000;
    if (count > 0 && this.backlog + count > max) {
      this.stats.refusedBatches++;
      throw new PipelineBusyError(`workers are behind (${this.backlog} posts waiting)`, 2);
    }
    const window = this.o.dedupeWindow ?? 200_000;
    const fresh: string[] = [];
    const posts: Post[] = [];
    const results = items.map((item, index): ItemResult => {
      if (item.kind !== 'post')
        return { index, status: item.kind === 'skip' ? 'skipped' : 'rejected', reason: item.reason };
      const key = `${item.post.source}\u0000${item.post.id}`;
      if (this.seen.has(key)) return { index, status: 'duplicate', id: item.post.id };
      this.seen.set(key, true);
      fresh.push(key);
      posts.push(item.post);
      return { index, status: 'accepted', id: item.post.id };
    });
    if (posts.length) {
      const size = this.o.entrySize ?? 200;
      const batches: Post[][] = [];
      for (let i = 0; i < posts.length; i += size) batches.push(posts.slice(i, i + size));
      let ids: string[];
      try {
        ids = await this.o.bus.append(batches);
      } catch (e) {
        // Nothing was taken: forget the keys so that the batch can be sent again.
        for (const k of fresh) this.seen.delete(k);
        this.stats.refusedBatches++;
        throw new PipelineBusyError(`the work bus is unavailable (${(e as Error).message})`, 2);
      }
      this.backlog += posts.length;
      this.appended.push({ seq: this.offered + items.length, id: ids[ids.length - 1]!, epoch: this.epoch });
    }
    while (this.seen.size > window) this.seen.delete(this.seen.keys().next().value!);
    this.offered += items.length;
    for (const r of results) {
      this.stats.received++;
      this.stats[r.status]++;
    }
    return results;
  }

  async offer(items: readonly ParsedLine[]): Promise<{ seq: number }> {
    await this.submit(items);
    return { seq: this.offered };
  }

  committed(seq: number): Promise<void> {
    if (!this.lastRecordAt(seq)) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /** Resolves once workers have acknowledged everything offered so far. */
  drain(): Promise<void> {
    return this.committed(this.offered);
  }

  /** Nothing to write here: workers commit the counts with each batch. */
  async flushAggregates(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    for (const w of this.waiters.splice(0))
      w.reject(new Error('shutting down before these posts were processed'));
  }
}
