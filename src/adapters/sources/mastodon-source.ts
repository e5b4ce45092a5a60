import type { Logger } from 'pino';
import type { CursorStore, LiveSource, LiveSourceStatus, PostSink } from '../../ports/live-source.js';
import type { ParsedLine } from './formats.js';
import { postFromJson } from './formats.js';
import type { BackoffOptions } from './live-common.js';
import { BatchSubmitter, SourceHealth, reconnecting } from './live-common.js';

export type MastodonStream = 'public' | 'public:local' | 'hashtag' | 'list';

export interface MastodonOptions {
  name: string;
  /** e.g. https://mastodon.social */
  instance: string;
  stream: MastodonStream;
  tag?: string;
  list?: string;
  /** An access token, where the instance or the stream needs one. */
  token?: string;
  backoff?: BackoffOptions;
  /** Statuses per REST page when filling a gap (Mastodon allows up to 40). */
  pageSize?: number;
  maxEventBytes?: number;
  cursors: CursorStore;
  log?: Logger;
}

/** Status ids are snowflakes in decimal: compare as numbers when they are, else as strings. */
export function newerId(a: string, b: string | null): boolean {
  if (b === null) return true;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return BigInt(a) > BigInt(b);
  return a.length > b.length || (a.length === b.length && a > b);
}

/**
 * Mastodon's streaming API over Server-Sent Events (`public`, `public:local`, `hashtag`, `list`),
 * with reconnects and, after any gap, a backfill through the REST timeline (`min_id` = the last
 * committed status), so a disconnect loses nothing. The stream is opened before the backfill and
 * read after it; the overlap is de-duplicated by status URI.
 */
export class MastodonSource implements LiveSource {
  readonly name: string;
  private readonly health: SourceHealth;
  /** The newest status id handed to the sink (its save waits for the commit). */
  private latest: string | null = null;

  constructor(private readonly o: MastodonOptions) {
    this.name = o.name;
    this.health = new SourceHealth(o.name, 'mastodon');
    if (o.stream === 'hashtag' && !o.tag) throw new Error(`source ${o.name}: stream hashtag needs a tag`);
    if (o.stream === 'list' && !o.list) throw new Error(`source ${o.name}: stream list needs a list id`);
  }

  status(): LiveSourceStatus {
    return this.health.snapshot();
  }

  private base(): string {
    return this.o.instance.replace(/\/$/, '');
  }

  private streamUrl(): string {
    const b = `${this.base()}/api/v1/streaming`;
    switch (this.o.stream) {
      case 'public':
        return `${b}/public`;
      case 'public:local':
        return `${b}/public/local`;
      case 'hashtag':
        return `${b}/hashtag?tag=${encodeURIComponent(this.o.tag!)}`;
      case 'list':
        return `${b}/list?list=${encodeURIComponent(this.o.list!)}`;
    }
  }

  private timelineUrl(minId: string): string {
    const b = `${this.base()}/api/v1/timelines`;
    const q = `min_id=${encodeURIComponent(minId)}&limit=${this.o.pageSize ?? 40}`;
    switch (this.o.stream) {
      case 'public':
        return `${b}/public?${q}`;
      case 'public:local':
        return `${b}/public?local=true&${q}`;
      case 'hashtag':
        return `${b}/tag/${encodeURIComponent(this.o.tag!)}?${q}`;
      case 'list':
        return `${b}/list/${encodeURIComponent(this.o.list!)}?${q}`;
    }
  }

  private headers(accept: string): Record<string, string> {
    return { accept, ...(this.o.token ? { authorization: `Bearer ${this.o.token}` } : {}) };
  }

  async run(sink: PostSink, signal: AbortSignal): Promise<void> {
    const submitter = new BatchSubmitter(this.name, sink, this.o.cursors, this.health, this.o.log);
    this.latest = await this.o.cursors.get(this.name);
    this.health.s.cursor = this.latest;
    await reconnecting(
      { name: this.name, health: this.health, backoff: this.o.backoff, log: this.o.log },
      signal,
      async (received) => {
        const res = await fetch(this.streamUrl(), { headers: this.headers('text/event-stream'), signal });
        if (!res.ok || !res.body) throw new Error(`stream answered HTTP ${res.status}`);
        this.health.s.state = 'connected';
        this.health.s.lastError = null;
        if (this.latest !== null) await this.backfill(this.latest, submitter, signal);
        await this.consume(res.body, submitter, signal, received);
      },
    );
    await submitter.flushed();
    this.health.s.state = 'stopped';
  }

  /** Pages forward through the REST timeline from `minId` until it is caught up. */
  private async backfill(minId: string, submitter: BatchSubmitter, signal: AbortSignal): Promise<void> {
    let cursor = minId;
    for (;;) {
      const res = await fetch(this.timelineUrl(cursor), {
        headers: this.headers('application/json'),
        signal,
      });
      if (!res.ok) throw new Error(`timeline answered HTTP ${res.status}`);
      const page = (await res.json()) as { id?: unknown }[];
      if (!Array.isArray(page) || page.length === 0) return;
      const sorted = page
        .filter((s) => typeof s.id === 'string')
        .sort((a, b) => (newerId(a.id as string, b.id as string) ? 1 : -1));
      const items: ParsedLine[] = [];
      for (const s of sorted) {
        this.health.event(Date.parse(String((s as { created_at?: unknown }).created_at)) || undefined);
        const p = postFromJson(s);
        if (p.kind === 'post') items.push(p);
        else this.health.s.malformed++;
        if (newerId(s.id as string, cursor)) cursor = s.id as string;
      }
      await submitter.submit(items, cursor, signal);
      this.latest = cursor;
      if (page.length < (this.o.pageSize ?? 40)) return;
    }
  }

  /** Reads SSE events until the stream ends or fails. */
  private async consume(
    body: ReadableStream<Uint8Array>,
    submitter: BatchSubmitter,
    signal: AbortSignal,
    onData: () => void,
  ): Promise<void> {
    let cursor = this.latest;
    const decoder = new TextDecoder();
    const maxEvent = this.o.maxEventBytes ?? 1024 * 1024;
    let buf = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        onData();
        buf += decoder.decode(value, { stream: true });
        if (buf.length > maxEvent && !buf.includes('\n\n')) {
          this.health.s.malformed++;
          this.o.log?.warn({ source: this.name, bytes: buf.length }, 'mastodon event skipped: too large');
          buf = '';
          continue;
        }
        const items: ParsedLine[] = [];
        let at: number;
        while ((at = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (event !== 'update' && event !== 'status.update') continue;
          let status: { id?: unknown; created_at?: unknown };
          try {
            status = JSON.parse(data.join('\n')) as typeof status;
          } catch (e) {
            this.health.s.malformed++;
            this.o.log?.warn(
              { source: this.name, error: (e as Error).message },
              'mastodon event skipped: malformed JSON',
            );
            continue;
          }
          this.health.event(Date.parse(String(status.created_at)) || undefined);
          const p = postFromJson(status);
          if (p.kind === 'post') items.push(p);
          else {
            this.health.s.malformed++;
            this.o.log?.warn(
              { source: this.name, reason: p.kind === 'reject' ? p.reason : 'not a status' },
              'mastodon event skipped',
            );
          }
          if (typeof status.id === 'string' && newerId(status.id, cursor)) cursor = status.id;
        }
        // Not reading while the sink is full: the stream, not memory, absorbs the burst.
        if (items.length) await submitter.submit(items, cursor, signal);
        this.latest = cursor;
      }
    } finally {
      reader.releaseLock();
      await body.cancel().catch(() => undefined);
    }
  }
}
