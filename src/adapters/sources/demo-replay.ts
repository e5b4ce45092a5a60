import type { ParsedLine } from './formats.js';
import type { PostSource } from '../../ports/post-source.js';

export interface ReplayOptions {
  /** Posts per second. */
  rate: number;
  /** Added to every post id so that each run's posts arrive as new ones. */
  runTag: string;
  /** Keep the posts' own ids (and times) instead. */
  keepIds?: boolean;
  now?: () => Date;
  signal?: AbortSignal;
  /** Takes a batch; throws an error with `retryAfterSeconds` when it cannot yet. */
  submit: (items: ParsedLine[]) => unknown;
  onDone?: (count: number) => void;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * The demo source: replays a file or directory of sample posts as a live stream, one post at a
 * time at `rate` per second, stamped with the current time, so a newcomer sees alerts arrive.
 */
export async function replaySource(source: PostSource, o: ReplayOptions): Promise<number> {
  const now = o.now ?? (() => new Date());
  const gap = 1000 / o.rate;
  let n = 0;
  for await (const item of source.items()) {
    if (o.signal?.aborted) break;
    if (item.kind !== 'post') continue;
    const parsed: ParsedLine = {
      kind: 'post',
      post: o.keepIds
        ? item.post
        : { ...item.post, id: `${item.post.id}#${o.runTag}`, createdAt: now().toISOString() },
    };
    for (;;) {
      try {
        await o.submit([parsed]);
        break;
      } catch (e) {
        const wait = (e as { retryAfterSeconds?: number }).retryAfterSeconds;
        if (wait === undefined) throw e;
        await sleep(wait * 1000, o.signal);
        if (o.signal?.aborted) return n;
      }
    }
    n++;
    await sleep(gap, o.signal);
  }
  o.onDone?.(n);
  return n;
}
