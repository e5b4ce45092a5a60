import type { Post } from '../core/post.js';

/** Orders two entry ids (`ms-seq`, as Redis Streams number them; ids grow in append order). */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bm, bs] = b.split('-').map(BigInt) as [bigint, bigint];
  return am !== bm ? (am < bm ? -1 : 1) : as === bs ? 0 : as < bs ? -1 : 1;
}

/** One entry on the work bus: a batch of posts, as delivered to a worker. */
export interface BusEntry {
  id: string;
  /** The posts, or null when the entry could not be decoded (then `error` says why). */
  posts: Post[] | null;
  error?: string;
  /** How many times the entry has been delivered (1 the first time). */
  deliveries: number;
}

export interface DeadLetter {
  id: string;
  /** The id the entry had on the work stream. */
  entryId: string;
  posts: number;
  error: string;
  deliveries: number;
  at: string;
}

export interface BusHealth {
  type: string;
  connected: boolean;
  /** Posts appended and not yet acknowledged. */
  backlog: number;
  /** Entries delivered to a worker and not yet acknowledged. */
  pending: number;
  /** Entries not yet delivered to any worker. */
  undelivered: number | null;
  /** Age of the oldest unacknowledged entry, in seconds. */
  oldestPendingSeconds: number | null;
  consumers: { name: string; pending: number; idleSeconds: number }[];
  deadLetters: number;
  lastError: string | null;
}

/**
 * The work bus between ingest and workers (scaled-out mode).
 *
 * Contract: `append` is durable in the bus once it resolves; an entry is delivered to one worker
 * of the group at a time and stays pending until acknowledged; entries pending longer than an idle
 * threshold can be claimed by another worker (their delivery count goes up); `ack`,
 * `deadLetter` and `split` each finish an entry atomically; trimming never removes an entry that
 * is not acknowledged. Delivery is at least once: consumers must be idempotent.
 */
export interface WorkBus {
  append(batches: readonly Post[][]): Promise<string[]>;
  /** Posts appended and not yet acknowledged. */
  backlog(): Promise<number>;
  /** New entries for this consumer, waiting up to `blockMs` for some. */
  read(consumer: string, count: number, blockMs: number): Promise<BusEntry[]>;
  /** Entries pending longer than `minIdleMs` on any consumer, now this consumer's. */
  claimStale(consumer: string, minIdleMs: number, count: number): Promise<BusEntry[]>;
  /** Tells the bus this consumer is still working on these entries (resets their idle time). */
  touch(consumer: string, ids: readonly string[]): Promise<void>;
  ack(entries: readonly BusEntry[]): Promise<void>;
  /** Moves an entry to the dead letters with the error, and acknowledges it. */
  deadLetter(entry: BusEntry, error: string): Promise<void>;
  /** Replaces an entry with one entry per post (to isolate a poison post), atomically. */
  split(entry: BusEntry): Promise<void>;
  recordError(id: string, error: string): Promise<void>;
  lastError(id: string): Promise<string | null>;
  /** Removes acknowledged entries (and dead letters older than the retention); returns how many. */
  trim(): Promise<number>;
  /**
   * Every entry with an id before `before` is acknowledged. `epoch` changes when the bus loses its
   * state (a restart of a memory-only Redis): entries appended in an earlier epoch may be gone.
   */
  doneThrough(): Promise<{ before: string; epoch: string }>;
  health(): Promise<BusHealth>;
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /** Puts dead letters back on the work stream; returns how many. */
  replay(ids: readonly string[] | 'all'): Promise<number>;
  /** Deletes dead letters for good; returns how many. */
  discard(ids: readonly string[] | 'all'): Promise<number>;
  close(): Promise<void>;
}

export class BusError extends Error {
  override name = 'BusError';
}
