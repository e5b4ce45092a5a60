import pino from 'pino';
import pc from 'picocolors';
import { createAnalyzer, type Analyzer } from '../../core/analyze.js';
import { detectPii } from '../../core/pii.js';
import type { Severity } from '../../core/threat/assess.js';
import { loadConfig } from '../../config/config.js';
import { loadResources } from '../../adapters/models/file-models.js';
import type { ParsedLine } from '../../adapters/sources/formats.js';
import { createLiveSource, sourceFromArgument } from '../../adapters/sources/live-sources.js';
import { MemoryCursorStore } from '../../adapters/stores/sql-cursor-store.js';
import { openSource } from '../../adapters/sources/directory-source.js';
import { replaySource } from '../../adapters/sources/demo-replay.js';
import type { PostSink } from '../../ports/live-source.js';
import { toJsonRecord, toTableBlock } from '../output.js';
import { EXIT } from '../exit-codes.js';

export interface WatchCliOptions {
  config?: string;
  format: 'table' | 'jsonl';
  minSeverity?: Exclude<Severity, 'none'>;
}

/** Analyses each post as it arrives and prints the alerts; nothing is stored. */
function printingSink(
  analyze: Analyzer,
  format: 'table' | 'jsonl',
): PostSink & { posts: number; alerts: number; rejected: number } {
  let seq = 0;
  const sink = {
    posts: 0,
    alerts: 0,
    rejected: 0,
    submit(items: readonly ParsedLine[]) {
      for (const item of items) {
        seq++;
        if (item.kind === 'reject') {
          sink.rejected++;
          process.stderr.write(`${pc.yellow('rejected')}: ${item.reason}\n`);
        }
        if (item.kind !== 'post') continue;
        sink.posts++;
        const a = analyze(item.post);
        if (!a.alert) continue;
        sink.alerts++;
        process.stdout.write(
          format === 'jsonl'
            ? JSON.stringify(toJsonRecord(item.post, a)) + '\n'
            : toTableBlock(item.post, a, detectPii(item.post.text)) + '\n',
        );
      }
      return { seq };
    },
    committed: async () => undefined,
  };
  return sink;
}

function analyzerFor(opts: WatchCliOptions): {
  analyze: Analyzer;
  config: ReturnType<typeof loadConfig>['config'];
} {
  const { config } = loadConfig(opts.config);
  const analyze = createAnalyzer(loadResources(), {
    minSeverity: opts.minSeverity ?? config.alertThreshold,
    protectedEntities: config.protectedEntities,
    topics: config.topics,
  });
  return { analyze, config };
}

function untilInterrupted(): AbortController {
  const stop = new AbortController();
  const on = (): void => stop.abort();
  process.once('SIGINT', on);
  process.once('SIGTERM', on);
  return stop;
}

/** `brightline watch SOURCE`: follow a live source and print its alerts until Ctrl-C. */
export async function watchCommand(arg: string, opts: WatchCliOptions): Promise<number> {
  const { analyze, config } = analyzerFor(opts);
  const sc = sourceFromArgument(arg, config.sources);
  const log = pino({ level: 'warn' }, pino.destination(2));
  const source = createLiveSource(sc, new MemoryCursorStore(), log);
  const sink = printingSink(analyze, opts.format);
  const stop = untilInterrupted();
  process.stderr.write(
    `${pc.bold('Brightline watch')}: following ${sc.type} source ${sc.name}; Ctrl-C stops\n`,
  );
  const timer = setInterval(() => {
    const s = source.status();
    if (process.stderr.isTTY)
      process.stderr.write(
        `\r${pc.dim(`${s.state} · ${sink.posts} posts · ${sink.alerts} alerts · ${s.eventsPerSecond}/s · lag ${s.lagSeconds?.toFixed(1) ?? '–'} s · ${s.reconnects} reconnects`)}   `,
      );
  }, 1000);
  timer.unref();
  await source.run(sink, stop.signal);
  clearInterval(timer);
  const s = source.status();
  process.stderr.write(
    `\n${sink.posts} posts analysed, ${sink.alerts} alerts, ${s.malformed} malformed frames skipped, ${s.reconnects} reconnects\n`,
  );
  return EXIT.ok;
}

/** `brightline replay FILE --rate N`: play a recorded stream at a pace, printing alerts as they come. */
export async function replayCommand(file: string, opts: WatchCliOptions & { rate: number }): Promise<number> {
  const { analyze } = analyzerFor(opts);
  const sink = printingSink(analyze, opts.format);
  const stop = untilInterrupted();
  const source = openSource(file, { format: 'auto', maxLineBytes: 1 << 20 });
  const n = await replaySource(source, {
    rate: opts.rate,
    runTag: 'replay',
    keepIds: true,
    signal: stop.signal,
    submit: (items) => sink.submit(items),
  });
  process.stderr.write(`${n} posts replayed at ${opts.rate}/s, ${sink.alerts} alerts\n`);
  return EXIT.ok;
}
