import { createHash } from 'node:crypto';
import type { Analysis, Analyzer } from '../core/analyze.js';
import type { Post } from '../core/post.js';
import type { Severity } from '../core/threat/assess.js';
import type { AlertStore, StoredAlert } from '../ports/alert-store.js';
import type { PostSource, SourceItem } from '../ports/post-source.js';
import type { AuthorPseudonymizer } from '../adapters/stores/author-key.js';
import { AggregateBuilder } from './aggregates.js';

export interface ScanSummary {
  lines: number;
  analysed: number;
  skipped: number;
  rejected: number;
  alerts: number;
  bySeverity: Record<Exclude<Severity, 'none'>, number>;
  selfHarm: number;
  analyzerErrors: number;
  stored: number;
  alreadyStored: number;
  aggregatesApplied: boolean | null;
  seconds: number;
  postsPerSecond: number;
}

export interface ScanOptions {
  source: PostSource;
  analyze: Analyzer;
  /** Called for every item, in input order, with the analysis for posts. */
  onItem?: (item: SourceItem, analysis?: Analysis) => void | Promise<void>;
  store?: AlertStore;
  pseudonymizer?: AuthorPseudonymizer;
  /** Alerts written per transaction. */
  batchSize?: number;
  now?: () => Date;
  signal?: AbortSignal;
}

/** The alert as it may be stored: redacted, pseudonymous, evidence on the redacted text. */
export function toStored(
  post: Post,
  a: Analysis,
  p: AuthorPseudonymizer | undefined,
  now: Date,
  seal?: (author: string) => string,
): StoredAlert {
  return {
    source: post.source,
    postId: post.id,
    redactedText: a.pii.redactedText,
    textSha256: createHash('sha256').update(post.text).digest('hex'),
    piiKinds: a.pii.kinds,
    authorHash: post.author && p ? p.pseudonymize(post.author) : null,
    authorKeyId: post.author && p ? p.keyId : null,
    authorSealed: post.author && seal ? seal(post.author) : null,
    severity: a.threat.severity,
    score: a.threat.score,
    // The original text is not kept, so evidence spans are stored against the redacted text.
    assessment: { ...a.threat, spans: a.pii.evidence },
    topics: a.topics,
    selfHarm: a.selfHarm,
    modelVersion: a.threat.modelVersion,
    url: post.url ?? null,
    postedAt: post.createdAt ?? null,
    capturedAt: now.toISOString(),
  };
}

/**
 * Source → analyse → output and store. Every line read ends as analysed, skipped or rejected;
 * only alerts are stored (redacted, pseudonymous), in batches; hourly counts are stored once per
 * distinct input, so scanning the same input twice stores nothing twice.
 */
export async function runScan(opts: ScanOptions): Promise<ScanSummary> {
  const now = opts.now ?? (() => new Date());
  const started = performance.now();
  const s: ScanSummary = {
    lines: 0,
    analysed: 0,
    skipped: 0,
    rejected: 0,
    alerts: 0,
    bySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
    selfHarm: 0,
    analyzerErrors: 0,
    stored: 0,
    alreadyStored: 0,
    aggregatesApplied: null,
    seconds: 0,
    postsPerSecond: 0,
  };
  const agg = new AggregateBuilder();
  const fingerprint = createHash('sha256');
  const batch: StoredAlert[] = [];
  const batchSize = opts.batchSize ?? 500;
  const flush = async (): Promise<void> => {
    if (!opts.store || batch.length === 0) return;
    const { inserted } = await opts.store.saveAlerts(batch);
    s.stored += inserted;
    s.alreadyStored += batch.length - inserted;
    batch.length = 0;
  };

  for await (const item of opts.source.items()) {
    if (opts.signal?.aborted) break;
    s.lines++;
    if (item.kind === 'skip') {
      s.skipped++;
      await opts.onItem?.(item);
      continue;
    }
    if (item.kind === 'reject') {
      s.rejected++;
      await opts.onItem?.(item);
      continue;
    }
    const post = item.post;
    const a = opts.analyze(post);
    s.analysed++;
    if (a.errors) s.analyzerErrors++;
    if (a.threat.severity !== 'none') s.bySeverity[a.threat.severity]++;
    if (a.alert) s.alerts++;
    if (a.selfHarm) s.selfHarm++;
    const t = now();
    agg.add(a, post.createdAt, post.author, t);
    if (opts.store) {
      fingerprint.update(`${post.source}\u0000${post.id}\u0000${post.text}\u0001`);
      if (a.alert) {
        batch.push(toStored(post, a, opts.pseudonymizer, t));
        if (batch.length >= batchSize) await flush();
      }
    }
    await opts.onItem?.(item, a);
  }
  await flush();
  if (opts.store && s.analysed > 0) {
    s.aggregatesApplied = (await opts.store.addAggregates(fingerprint.digest('hex'), agg.result())).applied;
  }
  s.seconds = (performance.now() - started) / 1000;
  s.postsPerSecond = s.seconds > 0 ? Math.round(s.analysed / s.seconds) : 0;
  return s;
}
