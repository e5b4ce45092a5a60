import type { HourlyAggregate } from '../ports/alert-store.js';
import type { Spike } from '../core/spikes.js';
import { detectSpikes } from '../core/spikes.js';

/** One published cell of a trend: either its counts, or only the fact that it was suppressed. */
export type TrendCell =
  | { hour: string; suppressed: true }
  | {
      hour: string;
      suppressed: false;
      posts: number;
      authors: number;
      sentiment: { negative: number; neutral: number; positive: number };
      negativeShare: number;
      meanCompound: number;
      alerts: { low: number; medium: number; high: number; critical: number };
      selfHarm: number;
    };

export interface TopicTrend {
  topic: string;
  cells: TrendCell[];
  suppressedCells: number;
  volumeSpikes: Spike[];
  negativeSpikes: Spike[];
}

/**
 * Turns stored hourly buckets into publishable series: every cell with fewer than `minAuthors`
 * distinct authors is suppressed whole (k-anonymity), and spikes are found on what is published.
 */
export function buildTrends(buckets: readonly HourlyAggregate[], minAuthors: number): TopicTrend[] {
  const byTopic = new Map<string, HourlyAggregate[]>();
  for (const b of buckets) byTopic.set(b.topic, [...(byTopic.get(b.topic) ?? []), b]);
  const out: TopicTrend[] = [];
  for (const [topic, rows] of [...byTopic.entries()].sort((a, b) =>
    a[0] === '*' ? -1 : b[0] === '*' ? 1 : a[0].localeCompare(b[0]),
  )) {
    const cells: TrendCell[] = rows.map((b) =>
      b.authors < minAuthors
        ? { hour: b.hour, suppressed: true }
        : {
            hour: b.hour,
            suppressed: false,
            posts: b.posts,
            authors: b.authors,
            sentiment: b.sentiment,
            negativeShare: b.posts ? b.sentiment.negative / b.posts : 0,
            meanCompound: b.posts ? b.compoundSum / b.posts : 0,
            alerts: b.alerts,
            selfHarm: b.selfHarm,
          },
    );
    const published = cells.filter((c): c is Extract<TrendCell, { suppressed: false }> => !c.suppressed);
    out.push({
      topic,
      cells,
      suppressedCells: cells.length - published.length,
      volumeSpikes: detectSpikes(
        published.map((c) => ({ hour: c.hour, value: c.posts })),
        { minSpread: 5 },
      ),
      negativeSpikes: detectSpikes(
        published.map((c) => ({ hour: c.hour, value: c.negativeShare })),
        { minSpread: 0.05 },
      ),
    });
  }
  return out;
}
