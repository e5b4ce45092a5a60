import type { Logger } from 'pino';
import type { ParsedLine } from './formats.js';
import type { CursorStore, LiveSourceStatus, PostSink } from '../../ports/live-source.js';

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, o: BackoffOptions = {}, random = Math.random): number {
  const cap = Math.min(o.maxMs ?? 30_000, (o.baseMs ?? 500) * 2 ** Math.min(attempt, 20));
  return Math.floor(random() * cap);
}

export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** Counters every live source keeps, with a one-second events-per-second estimate. */
export class SourceHealth {
  readonly s: LiveSourceStatus;
  private windowStart = Date.now();
  private windowEvents = 0;
  private newestEventMs: number | null = null;

  constructor(name: string, type: string) {
    this.s = {
      name,
      type,
      state: 'connecting',
      lagSeconds: null,
      lastEventAt: null,
      eventsPerSecond: 0,
      events: 0,
      posts: 0,
      malformed: 0,
      reconnects: 0,
      cursor: null,
      lastError: null,
    };
  }

  event(eventTimeMs?: number): void {
    const now = Date.now();
    this.s.events++;
    this.windowEvents++;
    this.s.lastEventAt = new Date(now).toISOString();
    if (eventTimeMs !== undefined && (this.newestEventMs === null || eventTimeMs > this.newestEventMs))
      this.newestEventMs = eventTimeMs;
    if (now - this.windowStart >= 1000) {
      this.s.eventsPerSecond = Math.round((this.windowEvents * 1000) / (now - this.windowStart));
      this.windowStart = now;
      this.windowEvents = 0;
    }
  }

  /** Lag is measured now, not at the last event: while disconnected or behind, it grows. */
  snapshot(): LiveSourceStatus {
    const lag = this.newestEventMs === null ? null : Math.max(0, (Date.now() - this.newestEventMs) / 1000);
    return { ...this.s, lagSeconds: lag === null ? null : Math.round(lag * 1000) / 1000 };
  }
}

/**
 * Hands batches to the sink, waiting (and so not reading the socket) while it is full, and saves
 * each batch's cursor once the sink has committed the batch. Cursor saves stay in order.
 */
export class BatchSubmitter {
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly name: string,
    private readonly sink: PostSink,
    private readonly cursors: CursorStore,
    private readonly health: SourceHealth,
    private readonly log?: Logger,
  ) {}

  async submit(items: ParsedLine[], cursor: string | null, signal: AbortSignal): Promise<boolean> {
    // While the sink is full, look again soon (5 ms, doubling to 200 ms): the queue drains fast.
    for (let wait = 5; ; wait = Math.min(200, wait * 2)) {
      if (signal.aborted) return false;
      try {
        const { seq } = await this.sink.submit(items);
        this.health.s.posts += items.filter((i) => i.kind === 'post').length;
        if (cursor !== null) {
          const save = async (): Promise<void> => {
            await this.sink.committed(seq);
            await this.cursors.set(this.name, cursor);
            this.health.s.cursor = cursor;
          };
          this.saving = this.saving
            .then(save, save)
            .catch((e: unknown) => this.log?.error({ err: e, source: this.name }, 'cursor save failed'));
        }
        return true;
      } catch (e) {
        if ((e as { retryAfterSeconds?: number }).retryAfterSeconds === undefined) throw e;
        await sleep(Math.min(wait, (e as { retryAfterSeconds: number }).retryAfterSeconds * 1000), signal);
      }
    }
  }

  /** Resolves when every cursor save queued so far is done. */
  flushed(): Promise<void> {
    return this.saving;
  }
}

/**
 * The reconnect loop every socket source shares: run one session, and when it ends or fails,
 * back off (reset after a session that delivered data) and start again, until aborted. A session
 * calls `received()` once data arrives (even if it fails later).
 */
export async function reconnecting(
  o: { name: string; health: SourceHealth; backoff?: BackoffOptions; log?: Logger },
  signal: AbortSignal,
  session: (received: () => void) => Promise<void>,
): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    o.health.s.state = 'connecting';
    let received = false;
    try {
      await session(() => (received = true));
    } catch (e) {
      if (signal.aborted) break;
      o.health.s.lastError = (e as Error).message;
      o.log?.warn({ source: o.name, err: (e as Error).message }, 'connection failed');
    }
    if (signal.aborted) break;
    if (received) attempt = 0;
    o.health.s.state = 'backoff';
    o.health.s.reconnects++;
    await sleep(backoffDelay(attempt++, o.backoff), signal);
  }
}
