import type { Post } from '../core/post.js';
import type { ParsedLine } from '../adapters/sources/formats.js';
import type { WorkBus } from '../ports/work-bus.js';
import { compareIds } from '../ports/work-bus.js';
import type { Ingest, ItemResult, LiveStats } from './live.js';
import { emptyLiveStats, PipelineBusyError } from './live.js';

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

interface Appended {
  /** The offer sequence number of the last item in the batch. */
  seq: number;
  /** The batch's last bus entry. */
  id: string;
  /** The bus epoch when it was appended ('' before the first poll). */
  epoch: string;
}

/**
 * Ingest in the scaled-out mode: posts are answered here (accepted, duplicate, rejected, skipped)
 * and appended to the work bus in entries of `entrySize`; workers analyse them. A batch is refused
 * whole (503) when the bus backlog is full or Redis is unreachable, never half taken.
 * `committed(seq)` resolves once workers have acknowledged everything up to `seq`, so a live
 * source saves its cursor only past posts that are stored.
 */
export class BusIngest implements Ingest {
  readonly stats: LiveStats = emptyLiveStats();
  private readonly seen = new Map<string, true>();
  private offered = 0;
  private backlog = 0;
  private epoch = '';
  /** Appends not yet acknowledged: the last entry of each, with the offer sequence it ends. */
  private appended: Appended[] = [];
  private waiters: { last: Appended; resolve: () => void; reject: (e: Error) => void }[] = [];
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
      const done = await this.o.bus.doneThrough();
      this.epoch ||= done.epoch;
      if (this.appended.length) this.settle(done.before, done.epoch);
      this.epoch = done.epoch;
    } catch (e) {
      this.o.onError?.(e);
    } finally {
      this.polling = false;
    }
  }

  /**
   * Resolves the waiters whose entries are all acknowledged (ids grow in append order, so a batch
   * is done when its last entry is) and rejects those appended before the bus lost its state.
   */
  private settle(doneBefore: string, epoch: string): void {
    const lost = (a: Appended): boolean => a.epoch !== '' && a.epoch !== epoch;
    const finished = (a: Appended): boolean => lost(a) || compareIds(a.id, doneBefore) < 0;
    this.waiters = this.waiters.filter((w) => {
      if (lost(w.last))
        w.reject(new Error('the work bus restarted before these posts were processed; they may be lost'));
      else if (finished(w.last)) w.resolve();
      else return true;
      return false;
    });
    while (this.appended.length && finished(this.appended[0]!)) this.appended.shift();
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
    // The newest append not yet acknowledged at or before `seq` (a source waits on its latest batch).
    let last: Appended | undefined;
    for (let i = this.appended.length - 1; i >= 0 && !last; i--)
      if (this.appended[i]!.seq <= seq) last = this.appended[i];
    if (!last) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ last: last!, resolve, reject }));
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
