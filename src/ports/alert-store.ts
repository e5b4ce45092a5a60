import type { PiiKind } from '../core/pii.js';
import type { Severity, ThreatAssessment } from '../core/threat/assess.js';
import type { PostSource as Platform } from '../core/post.js';
import type { SentimentLabel } from '../core/sentiment.js';

/** An alert as stored: redacted, pseudonymous, with its full assessment. */
export interface StoredAlert {
  source: Platform;
  postId: string;
  redactedText: string;
  /** SHA-256 of the text as captured, so evidence can be shown unaltered. */
  textSha256: string;
  piiKinds: PiiKind[];
  /** HMAC-SHA-256 of the author handle under key `authorKeyId`; null when the post had no author. */
  authorHash: string | null;
  authorKeyId: string | null;
  /** The handle sealed under the same key id, for an audited reveal; absent where reveal is off. */
  authorSealed?: string | null;
  /** Configured topics the post mentions. */
  topics?: string[];
  severity: Severity;
  score: number;
  assessment: ThreatAssessment;
  selfHarm: boolean;
  modelVersion: string;
  url: string | null;
  postedAt: string | null;
  capturedAt: string;
}

/** Counts for one hour (and topic; '*' is all posts). No post-level data. */
export interface HourlyAggregate {
  hour: string;
  topic: string;
  posts: number;
  /** Distinct authors, estimated from the sketch (about 1.6% standard error). */
  authors: number;
  /** The HyperLogLog sketch of authors, serialised; merging sketches unions the author sets. */
  authorSketch?: string;
  alerts: Record<Exclude<Severity, 'none'>, number>;
  selfHarm: number;
  sentiment: Record<SentimentLabel, number>;
  compoundSum: number;
}

/**
 * Where alerts and aggregates are kept.
 *
 * Contract: `saveAlerts` is idempotent by (source, postId): saving an alert that is already there
 * changes nothing and is not counted as inserted. `addAggregates` applies a batch of counts once per
 * `inputFingerprint`: the same input counted twice is ignored, so re-scanning a file stores nothing
 * twice; author sketches are merged, so buckets from several scans or stores combine. Only alerts are written; posts that raise nothing never reach a store. The store owns its
 * connection; `close()` releases it.
 */
export interface AlertStore {
  saveAlerts(alerts: readonly StoredAlert[]): Promise<{ inserted: number }>;
  addAggregates(inputFingerprint: string, buckets: readonly HourlyAggregate[]): Promise<{ applied: boolean }>;
  countAlerts(): Promise<number>;
  listAlerts(opts?: { limit?: number; minSeverity?: Severity }): Promise<StoredAlert[]>;
  /** Buckets in hour order, for one topic ('*' by default) or all topics (`topic: null`), in [from, to). */
  aggregates(opts?: { topic?: string | null; from?: string; to?: string }): Promise<HourlyAggregate[]>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override name = 'StoreError';
}
