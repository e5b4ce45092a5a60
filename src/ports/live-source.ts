import type { ParsedLine } from '../adapters/sources/formats.js';

/**
 * A live source: a platform stream read as posts appear.
 *
 * Contract: a source reads until its signal aborts, reconnecting with exponential backoff and
 * jitter on any failure; it never throws for bad frames (each is skipped, counted and logged). It
 * hands posts to the sink in order and, once the sink says a batch is committed (analysed and
 * its alerts stored), saves its cursor, so a restart resumes after the last committed post —
 * rewinding a little where the platform allows and relying on the sink's de-duplication by post id.
 * When the sink is full the source stops reading its socket until there is room: memory stays
 * bounded and nothing is dropped. The source owns its connection.
 */
export interface LiveSource {
  readonly name: string;
  run(sink: PostSink, signal: AbortSignal): Promise<void>;
  status(): LiveSourceStatus;
}

export interface LiveSourceStatus {
  name: string;
  type: string;
  state: 'connecting' | 'connected' | 'backoff' | 'stopped';
  /**
   * Seconds from the newest event's own time to now (where the platform stamps events): it grows
   * while the source is disconnected or behind — and also while the stream is simply quiet.
   */
  lagSeconds: number | null;
  lastEventAt: string | null;
  eventsPerSecond: number;
  events: number;
  posts: number;
  malformed: number;
  reconnects: number;
  cursor: string | null;
  lastError: string | null;
}

export interface PostSink {
  /** Offers items; returns the sequence number of the last one, or throws an error with `retryAfterSeconds`. */
  submit(items: readonly ParsedLine[]): { seq: number } | Promise<{ seq: number }>;
  /** Resolves once every item up to `seq` is analysed and its alerts stored; rejects if they were lost. */
  committed(seq: number): Promise<void>;
}

/** Where sources keep their cursors. */
export interface CursorStore {
  get(source: string): Promise<string | null>;
  set(source: string, cursor: string): Promise<void>;
}
