import { Command, InvalidArgumentError, Option } from 'commander';

import { EXIT } from './exit-codes.js';

const SEVERITY = ['low', 'medium', 'high', 'critical'];

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

const program = new Command()
  .name('brightline')
  .description('Finds possible threats of violence in public posts, with evidence, for human review.')
  .version('0.1.0')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  })
  .configureOutput({ outputError: (s, write) => write(s) });

program
  .command('scan')
  .description('analyse posts from a file, a directory of files or stdin (-) and print possible threats')
  .argument(
    '[input]',
    'JSONL (generic, Bluesky Jetstream, Mastodon, Reddit, X), CSV or text; .gz too; - for stdin',
    '-',
  )
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'),
  )
  .option('-a, --all', 'print every post, not only alerts (jsonl, csv)')
  .addOption(
    new Option(
      '--min-severity <severity>',
      'alert threshold (default: config alertThreshold, else medium)',
    ).choices(SEVERITY),
  )
  .addOption(
    new Option('--input-format <format>', 'input format (default: by file name, else sniffed)')
      .choices(['auto', 'jsonl', 'csv', 'text'])
      .default('auto'),
  )
  .option('--text-column <name>', 'CSV column holding the post text (default: text)')
  .option('--id-column <name>', 'CSV column holding the post id (default: id)')
  .option('--db <path>', 'SQLite database for alerts and hourly counts (default: user data directory)')
  .option('--no-db', 'do not store anything')
  .option('--rejects <file>', 'write rejected lines as JSONL (line, reason) to this file')
  .option('-c, --config <file>', 'config file (default: ./brightline.yaml|yml|json)')
  .option('--max-line-bytes <n>', 'reject longer lines', positiveInt, 1 << 20)
  .option('--no-progress', 'no progress bar on stderr')
  .action(async (input: string, opts) => {
    const { scanCommand } = await import('./commands/scan.js');
    process.exitCode = await scanCommand(input, opts);
  });

program
  .command('eval')
  .description(
    'measure the assessment on a labelled file (TSV: category, expect, text; or JSONL with expect/category)',
  )
  .argument('<file>', 'labelled posts')
  .option('--worst <n>', 'worst cases to show per kind', positiveInt, 5)
  .option('--json', 'print the figures as JSON')
  .addOption(
    new Option('--ablation <part>', 'switch a part off to see what it contributes')
      .choices(['none', 'model', 'engine'])
      .default('none'),
  )
  .option('-c, --config <file>', 'config file')
  .action(async (file: string, opts) => {
    const { evalCommand } = await import('./commands/eval.js');
    process.exitCode = await evalCommand(file, opts);
  });

program
  .command('trends')
  .description(
    'per-topic hourly volume, sentiment and alerts from the database; cells under the author threshold are suppressed',
  )
  .option('--db <path>', 'SQLite database written by scan --db (default: user data directory)')
  .option('--topic <name>', "one topic ('*' for all posts; default: every topic)")
  .option('--from <time>', 'first hour (ISO date or time, UTC)')
  .option('--to <time>', 'end hour, exclusive')
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'),
  )
  .option('--png <file>', 'also write a chart image')
  .option('-c, --config <file>', 'config file (minAuthorsPerCell)')
  .action(async (opts) => {
    const { trendsCommand } = await import('./commands/trends.js');
    process.exitCode = await trendsCommand(opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const { reportFatal } = await import('./errors.js');
  process.exitCode = reportFatal(e);
}
