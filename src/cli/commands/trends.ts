import { writeFileSync } from 'node:fs';
import pc from 'picocolors';
import { stringify } from 'csv-stringify/sync';
import { loadConfig } from '../../config/config.js';
import { SqlAlertStore } from '../../adapters/stores/sql-alert-store.js';
import { buildTrends, type TopicTrend } from '../../pipeline/trends.js';
import { sparkline } from '../../core/spikes.js';
import { EXIT } from '../exit-codes.js';
import { defaultDbPath } from './scan.js';

export interface TrendsCliOptions {
  db?: string;
  topic?: string;
  from?: string;
  to?: string;
  format: 'table' | 'csv' | 'json';
  png?: string;
  config?: string;
}

/** Normalises a --from/--to value to the hour key format, or throws a usage error. */
function hourKey(v: string | undefined, name: string): string | undefined {
  if (!v) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--${name}: not a date or time: ${v}`);
  return d.toISOString().slice(0, 13) + ':00Z';
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export async function trendsCommand(opts: TrendsCliOptions): Promise<number> {
  const { config } = loadConfig(opts.config);
  const k = config.minAuthorsPerCell;
  let from: string | undefined;
  let to: string | undefined;
  try {
    from = hourKey(opts.from, 'from');
    to = hourKey(opts.to, 'to');
  } catch (e) {
    process.stderr.write(`brightline: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  const store = await SqlAlertStore.open(opts.db ?? defaultDbPath());
  let trends: TopicTrend[];
  try {
    trends = buildTrends(await store.aggregates({ topic: opts.topic ?? null, from, to }), k);
  } finally {
    await store.close();
  }
  if (opts.format === 'json')
    process.stdout.write(JSON.stringify({ minAuthorsPerCell: k, topics: trends }, null, 2) + '\n');
  else if (opts.format === 'csv') process.stdout.write(toCsv(trends, k));
  else process.stdout.write(toTable(trends, k));
  if (opts.png) {
    const { renderTrendsPng } = await import('../trends-chart.js');
    writeFileSync(opts.png, await renderTrendsPng(trends, k));
    process.stderr.write(`chart written to ${opts.png}\n`);
  }
  if (trends.length === 0)
    process.stderr.write('no aggregates in the database for this range (scan with --db first)\n');
  return EXIT.ok;
}

function toCsv(trends: TopicTrend[], k: number): string {
  const rows: unknown[][] = [
    [
      'hour',
      'topic',
      'suppressed',
      'posts',
      'authors',
      'negative',
      'neutral',
      'positive',
      'mean_compound',
      'alerts_low',
      'alerts_medium',
      'alerts_high',
      'alerts_critical',
      'spike',
    ],
  ];
  for (const t of trends) {
    const spikes = new Set([...t.volumeSpikes.map((s) => s.hour), ...t.negativeSpikes.map((s) => s.hour)]);
    for (const c of t.cells) {
      if (c.suppressed)
        rows.push([c.hour, t.topic, `< ${k} authors`, '', '', '', '', '', '', '', '', '', '', '']);
      else
        rows.push([
          c.hour,
          t.topic,
          '',
          c.posts,
          c.authors,
          c.sentiment.negative,
          c.sentiment.neutral,
          c.sentiment.positive,
          c.meanCompound.toFixed(4),
          c.alerts.low,
          c.alerts.medium,
          c.alerts.high,
          c.alerts.critical,
          spikes.has(c.hour) ? 'spike' : '',
        ]);
    }
  }
  return stringify(rows);
}

function toTable(trends: TopicTrend[], k: number): string {
  const out: string[] = [];
  for (const t of trends) {
    const name = t.topic === '*' ? 'all posts' : t.topic;
    out.push(
      pc.bold(`${name}`) +
        pc.dim(`  ${t.cells.length} hours, ${t.suppressedCells} suppressed (< ${k} authors)`),
    );
    const vol = t.cells.map((c) => (c.suppressed ? null : c.posts));
    const sent = t.cells.map((c) => (c.suppressed ? null : c.meanCompound));
    out.push(`  volume    ${sparkline(vol)}`);
    out.push(`  sentiment ${sparkline(sent)}`);
    const volSpikes = new Map(t.volumeSpikes.map((s) => [s.hour, s]));
    const negSpikes = new Map(t.negativeSpikes.map((s) => [s.hour, s]));
    out.push(
      pc.dim(
        `  ${'hour (UTC)'.padEnd(18)} ${'posts'.padStart(7)} ${'authors'.padStart(8)} ${'neg %'.padStart(6)} ${'mean'.padStart(6)}  alerts m/h/c`,
      ),
    );
    for (const c of t.cells) {
      if (c.suppressed) {
        out.push(`  ${c.hour.padEnd(18)} ${pc.dim(`< ${k} authors: suppressed`)}`);
        continue;
      }
      const marks = [
        volSpikes.has(c.hour) ? pc.red(`volume spike (z ${volSpikes.get(c.hour)!.score})`) : '',
        negSpikes.has(c.hour) ? pc.red(`negativity spike (z ${negSpikes.get(c.hour)!.score})`) : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(
        `  ${c.hour.padEnd(18)} ${String(c.posts).padStart(7)} ${String(c.authors).padStart(8)} ${(c.negativeShare * 100).toFixed(1).padStart(6)} ${c.meanCompound.toFixed(2).padStart(6)}  ${c.alerts.medium}/${c.alerts.high}/${c.alerts.critical} ${marks}`,
      );
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
