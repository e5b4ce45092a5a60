import type { Analysis } from '../core/analyze.js';
import type { HourlyAggregate } from '../ports/alert-store.js';

/** Hourly counts built in memory during a scan, one bucket per hour seen: bounded by time, not posts. */
export class AggregateBuilder {
  private readonly buckets = new Map<string, HourlyAggregate>();

  add(a: Analysis, postedAt: string | undefined, now: Date): void {
    const hour = hourOf(postedAt, now);
    let b = this.buckets.get(hour);
    if (!b) {
      b = {
        hour,
        topic: '*',
        posts: 0,
        alerts: { low: 0, medium: 0, high: 0, critical: 0 },
        selfHarm: 0,
        sentiment: { negative: 0, neutral: 0, positive: 0 },
        compoundSum: 0,
      };
      this.buckets.set(hour, b);
    }
    b.posts++;
    if (a.threat.severity !== 'none') b.alerts[a.threat.severity]++;
    if (a.selfHarm) b.selfHarm++;
    b.sentiment[a.sentiment.label]++;
    b.compoundSum += a.sentiment.compound;
  }

  result(): HourlyAggregate[] {
    return [...this.buckets.values()].sort((x, y) => x.hour.localeCompare(y.hour));
  }
}

/** The UTC hour of a post ("2026-11-29T05:00Z"), from its own time when valid, else now. */
export function hourOf(postedAt: string | undefined, now: Date): string {
  const d = postedAt ? new Date(postedAt) : now;
  const t = Number.isNaN(d.getTime()) ? now : d;
  return t.toISOString().slice(0, 13) + ':00Z';
}
