import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import pc from 'picocolors';
import { SingleBar } from 'cli-progress';
import { createAnalyzer } from '../../core/analyze.js';
import { detectPii } from '../../core/pii.js';
import type { Severity } from '../../core/threat/assess.js';
import { loadConfig } from '../../config/config.js';
import { loadResources } from '../../adapters/models/file-models.js';
import { openSource } from '../../adapters/sources/directory-source.js';
import type { InputFormat } from '../../adapters/sources/file-source.js';
import { SqlAlertStore } from '../../adapters/stores/sql-alert-store.js';
import { loadAuthorKey } from '../../adapters/stores/author-key.js';
import { runScan, type ScanSummary } from '../../pipeline/scan.js';
import { csvHeader, toCsvRow, toJsonRecord, toTableBlock } from '../output.js';
import { EXIT } from '../exit-codes.js';

export interface ScanCliOptions {
  format: 'table' | 'jsonl' | 'csv';
  all?: boolean;
  minSeverity?: Exclude<Severity, 'none'>;
  inputFormat: InputFormat;
  textColumn?: string;
  idColumn?: string;
  db: string | false | undefined;
  rejects?: string;
  config?: string;
  maxLineBytes: number;
  progress: boolean;
}

/** The default database: the user's data directory (XDG on Linux). */
export function defaultDbPath(): string {
  return join(envPaths('brightline', { suffix: '' }).data, 'brightline.db');
}

/** Writes to stdout, waiting when the pipe is full so memory stays flat. */
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once('drain', r));
}

export async function scanCommand(input: string, opts: ScanCliOptions): Promise<number> {
  const { config } = loadConfig(opts.config);
  const minSeverity = opts.minSeverity ?? config.alertThreshold;
  const source = openSource(input, {
    format: opts.inputFormat,
    textColumn: opts.textColumn,
    idColumn: opts.idColumn,
    maxLineBytes: opts.maxLineBytes,
  });
  const analyze = createAnalyzer(loadResources(), {
    minSeverity,
    protectedEntities: config.protectedEntities,
    topics: config.topics,
  });

  const dbPath = opts.db === false ? undefined : (opts.db ?? defaultDbPath());
  const store = dbPath ? await SqlAlertStore.open(dbPath) : undefined;
  const pseudonymizer = dbPath ? loadAuthorKey(`${dbPath}.author-key`) : undefined;
  let rejects: WriteStream | undefined;
  if (opts.rejects) rejects = createWriteStream(opts.rejects);

  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
  });
  const tty = process.stderr.isTTY && opts.progress;
  const bar = tty
    ? new SingleBar({
        format: ' {bar} {percentage}% | {posts} posts | {rate} posts/s | {alerts} alerts',
        hideCursor: true,
        stream: process.stderr,
        barsize: 30,
      })
    : undefined;
  bar?.start(100, 0, { posts: 0, rate: 0, alerts: 0 });
  const started = performance.now();
  let posts = 0;
  let alerts = 0;
  if (opts.format === 'csv') await write(csvHeader());

  let summary: ScanSummary;
  try {
    summary = await runScan({
      source,
      analyze,
      store,
      pseudonymizer,
      onItem: async (item, a) => {
        if (item.kind === 'reject') {
          const where = `${item.file ?? source.name}:${item.line}`;
          if (!bar) process.stderr.write(`${pc.yellow('rejected')} ${where}: ${item.reason}\n`);
          rejects?.write(
            JSON.stringify({ file: item.file ?? source.name, line: item.line, reason: item.reason }) + '\n',
          );
          return;
        }
        if (item.kind !== 'post' || !a) return;
        posts++;
        if (a.alert) alerts++;
        if (bar && (posts & 1023) === 0) {
          const p = source.progress();
          const secs = (performance.now() - started) / 1000;
          bar.update(p.totalBytes ? Math.min(100, Math.round((p.bytes / p.totalBytes) * 100)) : 0, {
            posts,
            alerts,
            rate: Math.round(posts / secs),
          });
        }
        if (opts.format === 'jsonl') {
          if (a.alert || opts.all) await write(JSON.stringify(toJsonRecord(item.post, a)) + '\n');
        } else if (opts.format === 'csv') {
          if (a.alert || opts.all) await write(toCsvRow(item.post, a));
        } else if (a.alert) {
          await write(toTableBlock(item.post, a, detectPii(item.post.text)) + '\n');
        }
      },
    });
  } finally {
    bar?.stop();
    await store?.close();
    if (rejects) await new Promise((r) => rejects.end(r));
  }
  printSummary(summary, dbPath);
  return EXIT.ok;
}

function printSummary(s: ScanSummary, dbPath: string | undefined): void {
  const sev = `critical ${s.bySeverity.critical}, high ${s.bySeverity.high}, medium ${s.bySeverity.medium}, low ${s.bySeverity.low}`;
  const lines = [
    `${pc.bold('Brightline scan')}: ${s.analysed} posts analysed, ${s.skipped} skipped, ${s.rejected} rejected = ${s.lines} lines read`,
    `  alerts: ${s.alerts} (${sev}); self-harm flags: ${s.selfHarm}`,
    `  ${s.postsPerSecond.toLocaleString('en')} posts/s over ${s.seconds.toFixed(2)} s; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  ];
  if (s.lines === 0) lines.push(pc.yellow('  input is empty: no lines read'));
  if (s.analyzerErrors)
    lines.push(pc.yellow(`  ${s.analyzerErrors} posts had an analyzer failure (see "errors" in jsonl)`));
  if (dbPath)
    lines.push(
      `  stored: ${s.stored} new alerts${s.alreadyStored ? `, ${s.alreadyStored} already stored` : ''}; hourly counts ${s.aggregatesApplied === false ? 'already counted for this input' : s.aggregatesApplied ? 'updated' : 'unchanged'} (${dbPath})`,
    );
  process.stderr.write(lines.join('\n') + '\n');
}
