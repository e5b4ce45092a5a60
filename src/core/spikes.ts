/**
 * Spike detection on hourly aggregates: an hour whose volume (or negative share) is far above its
 * recent baseline, by a robust z-score over the median and the median absolute deviation of the
 * previous `window` hours. The result is an aggregate event about a topic, never about authors.
 */
export interface SeriesPoint {
  hour: string;
  value: number;
}

export interface Spike {
  hour: string;
  value: number;
  baseline: number;
  /** Robust z-score: (value − median) / (1.4826 · MAD), MAD floored so flat series do not explode. */
  score: number;
}

export interface SpikeOptions {
  window?: number;
  threshold?: number;
  /** Smallest baseline spread, in the series' units. */
  minSpread?: number;
  /** Fewest earlier points before any hour can be judged. */
  minHistory?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Flags the points of a series that stand far above their trailing baseline. */
export function detectSpikes(series: readonly SeriesPoint[], opts: SpikeOptions = {}): Spike[] {
  const window = opts.window ?? 24;
  const threshold = opts.threshold ?? 3.5;
  const minSpread = opts.minSpread ?? 1;
  const minHistory = opts.minHistory ?? 6;
  const out: Spike[] = [];
  for (let i = minHistory; i < series.length; i++) {
    const past = series.slice(Math.max(0, i - window), i).map((p) => p.value);
    const med = median(past);
    const mad = median(past.map((v) => Math.abs(v - med)));
    const spread = Math.max(1.4826 * mad, minSpread);
    const score = (series[i]!.value - med) / spread;
    if (score >= threshold)
      out.push({
        hour: series[i]!.hour,
        value: series[i]!.value,
        baseline: med,
        score: Math.round(score * 10) / 10,
      });
  }
  return out;
}

/** A compact terminal chart: one block character per value, scaled to the series' range. */
export function sparkline(values: readonly (number | null)[]): string {
  const blocks = '▁▂▃▄▅▆▇█';
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values
    .map((v) => (v === null ? '·' : blocks[max === min ? 3 : Math.round(((v - min) / (max - min)) * 7)]!))
    .join('');
}
