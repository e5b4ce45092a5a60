import { Argument, Command, InvalidArgumentError, Option } from 'commander';

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

const ROLE_CHOICES = ['triage', 'analyst', 'supervisor', 'auditor', 'admin'];
const storeOption = (): Option =>
  new Option(
    '--store <url>',
    'PostgreSQL store, postgres://… (env BRIGHTLINE_STORE; default: SQLite in the data directory)',
  );
const busOption = (): Option =>
  new Option(
    '--bus <url>',
    'Redis Streams work bus, redis://… (env BRIGHTLINE_BUS; default: analyse in process)',
  );

const dataDirOption = (): Option =>
  new Option(
    '--data-dir <dir>',
    'service data directory (env BRIGHTLINE_DATA_DIR; default: user data directory)',
  );

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('must be a port number 0–65535');
  return n;
}

program
  .command('serve')
  .description('run the review service: ingestion API, analysis, case queue, live feed, webhooks, audit')
  .option('-p, --port <n>', 'port (env BRIGHTLINE_PORT; default 8080; 0 picks a free one)', port)
  .option('--host <host>', 'address to listen on (env BRIGHTLINE_HOST; default 127.0.0.1)')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .option('-c, --config <file>', 'config file (env BRIGHTLINE_CONFIG; default ./brightline.yaml|yml|json)')
  .option('--demo [dir]', 'replay sample posts (default: examples/) as a live stream')
  .option('--demo-rate <n>', 'demo posts per second', positiveInt, 10)
  .addOption(busOption())
  .action(async (opts) => {
    const { serveCommand } = await import('./commands/serve.js');
    process.exitCode = await serveCommand(opts);
  });

program
  .command('watch')
  .description(
    'follow a live source and print its alerts: a source name from the config, jetstream, a wss:// Jetstream URL, an https:// Mastodon instance, or a directory of JSONL files',
  )
  .argument('<source>')
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl']).default('table'),
  )
  .addOption(new Option('--min-severity <severity>', 'alert threshold').choices(SEVERITY))
  .option('-c, --config <file>', 'config file (sources, topics, protected entities)')
  .action(async (source: string, opts) => {
    const { watchCommand } = await import('./commands/watch.js');
    process.exitCode = await watchCommand(source, opts);
  });

program
  .command('replay')
  .description('play a recorded stream (any input scan reads) at a pace, printing alerts as they arrive')
  .argument('<file>')
  .option('--rate <n>', 'posts per second', positiveInt, 10)
  .addOption(
    new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl']).default('table'),
  )
  .addOption(new Option('--min-severity <severity>', 'alert threshold').choices(SEVERITY))
  .option('-c, --config <file>', 'config file')
  .action(async (file: string, opts) => {
    const { replayCommand } = await import('./commands/watch.js');
    process.exitCode = await replayCommand(file, opts);
  });

const users = program.command('users').description('manage the people who use the service');
users
  .command('add')
  .description('add a user; prints a generated password unless --password is given')
  .argument('<username>')
  .addOption(new Option('--role <role>', 'role').choices(ROLE_CHOICES).makeOptionMandatory())
  .option('--password <password>', 'password (at least 12 characters)')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (username: string, opts) => {
    const { usersAdd } = await import('./commands/admin.js');
    process.exitCode = await usersAdd(username, opts);
  });
users
  .command('list')
  .description('list users and roles')
  .option('--json', 'as JSON')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (opts) => {
    const { usersList } = await import('./commands/admin.js');
    process.exitCode = await usersList(opts);
  });
users
  .command('disable')
  .description('disable a user and end their sessions')
  .argument('<username>')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (username: string, opts) => {
    const { usersDisable } = await import('./commands/admin.js');
    process.exitCode = await usersDisable(username, opts);
  });
users
  .command('set-role')
  .description("change a user's role (audited)")
  .argument('<username>')
  .addArgument(new Argument('<role>').choices(ROLE_CHOICES))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (username: string, role, opts) => {
    const { usersSetRole } = await import('./commands/admin.js');
    process.exitCode = await usersSetRole(username, role, opts);
  });

program
  .command('tokens')
  .description('API tokens for machines')
  .command('add')
  .description('create an API token (printed once); role ingest may only push posts')
  .argument('<name>')
  .addOption(new Option('--role <role>', 'role').choices([...ROLE_CHOICES, 'ingest']).default('ingest'))
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (name: string, opts) => {
    const { tokensAdd } = await import('./commands/admin.js');
    process.exitCode = await tokensAdd(name, opts);
  });

program
  .command('audit')
  .description('the tamper-evident audit log')
  .command('verify')
  .description('check the hash chain; exit 1 if any record was edited, deleted or reordered')
  .option('--json', 'as JSON')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (opts) => {
    const { auditVerify } = await import('./commands/admin.js');
    process.exitCode = await auditVerify(opts);
  });

program
  .command('keys')
  .description('author pseudonym keys')
  .command('rotate')
  .description('start a new author key; old keys stay so old cases can still be revealed')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (opts) => {
    const { keysRotate } = await import('./commands/admin.js');
    process.exitCode = await keysRotate(opts);
  });

program
  .command('worker')
  .description('scaled-out mode: analyse posts from the work bus in its consumer group (run any number)')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .addOption(busOption())
  .option('-c, --config <file>', 'config file (topics, protected entities, bus settings)')
  .option('--name <name>', 'consumer name in the group (default: host-pid)')
  .action(async (opts) => {
    const { workerCommand } = await import('./commands/worker.js');
    process.exitCode = await workerCommand(opts);
  });

const busCmd = program.command('bus').description('the work bus of the scaled-out mode');
busCmd
  .command('status')
  .description('backlog, pending entries, consumers and dead letters')
  .addOption(busOption())
  .option('-c, --config <file>', 'config file')
  .option('--json', 'as JSON')
  .action(async (opts) => {
    const { busStatus } = await import('./commands/worker.js');
    process.exitCode = await busStatus(opts);
  });
busCmd
  .command('dead-letters')
  .description('list entries that failed too often, with their errors')
  .addOption(busOption())
  .option('-c, --config <file>', 'config file')
  .option('--limit <n>', 'how many', positiveInt, 50)
  .option('--json', 'as JSON')
  .action(async (opts) => {
    const { busDeadLetters } = await import('./commands/worker.js');
    process.exitCode = await busDeadLetters(opts);
  });
busCmd
  .command('replay')
  .description('put dead letters back on the work stream (after fixing the cause)')
  .argument('[ids...]', 'dead-letter ids (see dead-letters)')
  .option('--all', 'every dead letter')
  .addOption(busOption())
  .option('-c, --config <file>', 'config file')
  .action(async (ids: string[], opts) => {
    const { busReplay } = await import('./commands/worker.js');
    process.exitCode = await busReplay(ids, opts, 'replay');
  });
busCmd
  .command('discard')
  .description('delete dead letters for good (they hold raw posts)')
  .argument('[ids...]', 'dead-letter ids')
  .option('--all', 'every dead letter')
  .addOption(busOption())
  .option('-c, --config <file>', 'config file')
  .action(async (ids: string[], opts) => {
    const { busReplay } = await import('./commands/worker.js');
    process.exitCode = await busReplay(ids, opts, 'discard');
  });

program
  .command('report')
  .description('transparency report: counts of alerts, outcomes, reveals, referrals and purges; no content')
  .option('--from <time>', 'cases opened from (ISO date or time)')
  .option('--to <time>', 'cases opened before')
  .option('--json', 'as JSON')
  .addOption(dataDirOption())
  .addOption(storeOption())
  .action(async (opts) => {
    const { report } = await import('./commands/admin.js');
    process.exitCode = await report(opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const { reportFatal } = await import('./errors.js');
  process.exitCode = reportFatal(e);
}
