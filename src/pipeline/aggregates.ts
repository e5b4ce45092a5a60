import type { Analysis } from '../core/analyze.js';
import { HyperLogLog } from '../core/hll.js';
import type { HourlyAggregate } from '../ports/alert-store.js';

/** All posts, whatever their topic. */
export const ALL_TOPICS = '*';

/**
 * Hourly counts per topic built in memory during a scan: one bucket per (hour, topic) seen, so
 * memory is bounded by time and topics, not by posts. Authors are counted in a HyperLogLog sketch;
 * nothing about any single post is kept.
 */
export class AggregateBuilder {
  private readonly buckets = new Map<string, HourlyAggregate & { sketch: HyperLogLog }>();

  add(a: Analysis, postedAt: string | undefined, author: string | undefined, now: Date): void {
    const hour = hourOf(postedAt, now);
    for (const topic of [ALL_TOPICS, ...(a.topics ?? [])]) {
      const key = `${hour}\u0000${topic}`;
      let b = this.buckets.get(key);
      if (!b) {
        b = { ...emptyAggregate(hour, topic), sketch: new HyperLogLog() };
        this.buckets.set(key, b);
      }
      b.posts++;
      if (a.threat.severity !== 'none') b.alerts[a.threat.severity]++;
      if (a.selfHarm) b.selfHarm++;
      b.sentiment[a.sentiment.label]++;
      b.compoundSum += a.sentiment.compound;
      // posts without an author add no author: suppression stays on the safe side
      if (author) b.sketch.add(author);
    }
  }

  result(): HourlyAggregate[] {
    return [...this.buckets.values()]
      .map(({ sketch, ...b }) => ({ ...b, authors: sketch.count(), authorSketch: sketch.serialize() }))
      .sort((x, y) => x.hour.localeCompare(y.hour) || x.topic.localeCompare(y.topic));
  }
}

export function emptyAggregate(hour: string, topic: string): HourlyAggregate {
  return {
    hour,
    topic,
    posts: 0,
    authors: 0,
    alerts: { low: 0, medium: 0, high: 0, critical: 0 },
    selfHarm: 0,
    sentiment: { negative: 0, neutral: 0, positive: 0 },
    compoundSum: 0,
  };
}

/** The UTC hour of a post ("2026-11-29T05:00Z"), from its own time when valid, else now. */
let lastHour = NaN;
let lastHourText = '';
export function hourOf(postedAt: string | undefined, now: Date): string {
  const ms = postedAt ? Date.parse(postedAt) : NaN;
  const hour = Math.floor((Number.isNaN(ms) ? now.getTime() : ms) / 3_600_000);
  // (posts come in time order: the same hour again and again, formatted once)
  if (hour !== lastHour) {
    lastHour = hour;
    lastHourText = new Date(hour * 3_600_000).toISOString().slice(0, 13) + ':00Z';
  }
  return lastHourText;
}
