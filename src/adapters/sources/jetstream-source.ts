import WebSocket from 'ws';
import type { Logger } from 'pino';
import type { CursorStore, LiveSource, LiveSourceStatus, PostSink } from '../../ports/live-source.js';
import type { ParsedLine } from './formats.js';
import { postFromJson } from './formats.js';
import type { BackoffOptions } from './live-common.js';
import { BatchSubmitter, SourceHealth, reconnecting } from './live-common.js';

export interface JetstreamOptions {
  name: string;
  /** e.g. wss://jetstream2.us-east.bsky.network/subscribe */
  url: string;
  wantedDids?: string[];
  /** How far before the saved cursor to resume; re-read posts are de-duplicated by URI. */
  rewindSeconds?: number;
  batchSize?: number;
  batchMs?: number;
  /** Frames larger than this are skipped and counted (the connection stays up). */
  maxFrameBytes?: number;
  backoff?: BackoffOptions;
  cursors: CursorStore;
  log?: Logger;
}

/**
 * Bluesky Jetstream (JSON over WebSocket): posts only (`wantedCollections=app.bsky.feed.post`),
 * optionally for some DIDs. The cursor is the newest committed event's `time_us`; a reconnect or
 * restart resumes a few seconds before it. Compression (zstd) is not requested: Node has no
 * maintained zstd decoder on this runtime, and plain JSON keeps the adapter simple.
 */
export class JetstreamSource implements LiveSource {
  readonly name: string;
  private readonly health: SourceHealth;

  constructor(private readonly o: JetstreamOptions) {
    this.name = o.name;
    this.health = new SourceHealth(o.name, 'jetstream');
  }

  status(): LiveSourceStatus {
    return this.health.snapshot();
  }

  private async url(): Promise<string> {
    const u = new URL(this.o.url);
    u.searchParams.set('wantedCollections', 'app.bsky.feed.post');
    for (const did of this.o.wantedDids ?? []) u.searchParams.append('wantedDids', did);
    const saved = await this.o.cursors.get(this.name);
    if (saved && /^\d+$/.test(saved)) {
      const rewind = BigInt(Math.round((this.o.rewindSeconds ?? 5) * 1e6));
      u.searchParams.set('cursor', String(BigInt(saved) - rewind));
    }
    return u.toString();
  }

  async run(sink: PostSink, signal: AbortSignal): Promise<void> {
    const submitter = new BatchSubmitter(this.name, sink, this.o.cursors, this.health, this.o.log);
    this.health.s.cursor = await this.o.cursors.get(this.name);
    await reconnecting(
      { name: this.name, health: this.health, backoff: this.o.backoff, log: this.o.log },
      signal,
      async (received) => {
        if (await this.session(await this.url(), submitter, signal)) received();
      },
    );
    await submitter.flushed();
    this.health.s.state = 'stopped';
  }

  /** One connection; resolves when it closes (true if any message arrived). */
  private session(url: string, submitter: BatchSubmitter, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, {
        maxPayload: 16 * 1024 * 1024,
        perMessageDeflate: false,
        handshakeTimeout: 10_000,
      });
      const maxFrame = this.o.maxFrameBytes ?? 1024 * 1024;
      const batchSize = this.o.batchSize ?? 200;
      let batch: ParsedLine[] = [];
      let batchCursor: string | null = null;
      let received = false;
      let flushing: Promise<void> = Promise.resolve();
      let timer: NodeJS.Timeout | null = null;
      // terminate, not close: a paused socket would not read the server's close frame and would hang
      const onAbort = (): void => ws.terminate();
      signal.addEventListener('abort', onAbort, { once: true });

      const flush = (): Promise<void> => {
        if (timer) clearTimeout(timer);
        timer = null;
        if (batch.length === 0 && batchCursor === null) return flushing;
        const items = batch;
        const cursor = batchCursor;
        batch = [];
        batchCursor = null;
        // Stop reading while the sink takes the batch: the socket, not memory, absorbs bursts.
        ws.pause();
        flushing = flushing
          .then(() => submitter.submit(items, cursor, signal).then(() => undefined))
          .finally(() => {
            if (ws.readyState === WebSocket.OPEN) ws.resume();
          });
        return flushing;
      };

      ws.on('open', () => {
        this.health.s.state = 'connected';
        this.health.s.lastError = null;
      });
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        received = true;
        const size = data.length;
        if (isBinary || size > maxFrame) {
          this.health.s.malformed++;
          this.o.log?.warn(
            { source: this.name, bytes: size, binary: isBinary },
            'jetstream frame skipped: too large or binary',
          );
          return;
        }
        let frame: { time_us?: unknown };
        try {
          frame = JSON.parse(data.toString('utf8')) as { time_us?: unknown };
        } catch (e) {
          this.health.s.malformed++;
          this.o.log?.warn(
            {
              source: this.name,
              error: (e as Error).message,
              excerpt: data.subarray(0, 120).toString('utf8'),
            },
            'jetstream frame skipped: malformed JSON',
          );
          return;
        }
        const t = typeof frame.time_us === 'number' ? frame.time_us : undefined;
        this.health.event(t !== undefined ? t / 1000 : undefined);
        if (t !== undefined && (batchCursor === null || t > Number(batchCursor))) batchCursor = String(t);
        const parsed = postFromJson(frame);
        if (parsed.kind === 'post') batch.push(parsed);
        else if (parsed.kind === 'reject') {
          this.health.s.malformed++;
          this.o.log?.warn({ source: this.name, reason: parsed.reason }, 'jetstream frame skipped');
        }
        if (batch.length >= batchSize) void flush();
        else if (!timer) timer = setTimeout(() => void flush(), this.o.batchMs ?? 100);
      });
      ws.on('error', (e) => {
        this.health.s.lastError = e.message;
      });
      ws.on('close', () => {
        signal.removeEventListener('abort', onAbort);
        flush().then(
          () => resolve(received),
          (e: unknown) => reject(e as Error),
        );
      });
    });
  }
}
