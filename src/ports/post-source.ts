import type { Post } from '../core/post.js';

/**
 * A source of input items, one per line or record read, in input order.
 *
 * Contract: every line the source reads yields exactly one item — a post, a skip (valid but not a
 * post, such as a Jetstream identity event) or a reject (with its reason) — so that
 * analysed + skipped + rejected = lines read. A source never throws for bad content; it throws
 * `SourceReadError` only when the input itself cannot be read. The consumer owns iteration: a
 * source stops when the consumer stops iterating.
 */
export type SourceItem =
  | { kind: 'post'; line: number; file?: string; post: Post }
  | { kind: 'skip'; line: number; file?: string; reason: string }
  | { kind: 'reject'; line: number; file?: string; reason: string; excerpt?: string };

export interface PostSource {
  /** What the source reads, for messages ("examples/bluesky.jsonl", "stdin"). */
  readonly name: string;
  items(): AsyncIterable<SourceItem>;
  /** Bytes read so far and the total if known, for progress. */
  progress(): { bytes: number; totalBytes?: number };
}

export class SourceReadError extends Error {
  override name = 'SourceReadError';
}
