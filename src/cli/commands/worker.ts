import { hostname } from 'node:os';
import pc from 'picocolors';
import { loadServiceConfig } from '../../config/config.js';
import { ConfigError } from '../../config/config.js';
import { RedisStreamBus } from '../../adapters/bus/redis-stream-bus.js';
import { openWorker } from '../../presets.js';
import { resolveDataDir } from '../data-dir.js';

interface BusCliOptions {
  bus?: string;
  config?: string;
  json?: boolean;
}

/** `brightline worker`: analyses posts from the work bus until SIGINT/SIGTERM. */
export async function workerCommand(opts: {
  dataDir?: string;
  store?: string;
  bus?: string;
  config?: string;
  name?: string;
}): Promise<number> {
  const { config } = loadServiceConfig(opts.config, process.env, { store: opts.store, bus: opts.bus });
  const consumer = opts.name ?? `${hostname()}-${process.pid}`;
  const w = await openWorker({ dataDir: resolveDataDir(opts.dataDir), config, consumer });
  const stop = new AbortController();
  const log = (m: string): boolean => process.stderr.write(m);
  log(`${pc.bold('Brightline')} worker ${pc.cyan(consumer)} reading the work bus\n`);
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => stop.abort());
  const report = setInterval(() => {
    const s = w.worker.stats;
    process.stderr.write(
      `worker ${consumer}: ${s.posts} posts, ${s.alerts} alerts, ${s.claimed} claimed, ${s.deadLettered} dead-lettered\n`,
    );
  }, 60_000);
  report.unref();
  await w.run(stop.signal);
  clearInterval(report);
  log(`worker ${consumer} stopped: ${JSON.stringify(w.worker.stats)}\n`);
  return 0;
}

async function withBus<T>(opts: BusCliOptions, fn: (bus: RedisStreamBus) => Promise<T>): Promise<T> {
  const { config } = loadServiceConfig(opts.config, process.env, { bus: opts.bus });
  if (!config.bus.url)
    throw new ConfigError('give the work bus: --bus redis://… (or BRIGHTLINE_BUS, bus.url)');
  // Inspecting needs no persistence check: it reads what is there.
  const bus = await RedisStreamBus.connect(config.bus.url, {
    prefix: config.bus.prefix,
    allowDiskPersistence: true,
  });
  try {
    return await fn(bus);
  } finally {
    await bus.close();
  }
}

export function busStatus(opts: BusCliOptions): Promise<number> {
  return withBus(opts, async (bus) => {
    const h = await bus.health();
    if (opts.json) process.stdout.write(JSON.stringify(h, null, 2) + '\n');
    else {
      process.stdout.write(
        `backlog ${h.backlog} posts · ${h.pending} entries pending · ${h.undelivered ?? '?'} undelivered · ` +
          `oldest ${h.oldestPendingSeconds === null ? '-' : `${h.oldestPendingSeconds.toFixed(1)} s`} · ` +
          `${h.deadLetters} dead letters\n`,
      );
      for (const c of h.consumers)
        process.stdout.write(`  ${c.name}: ${c.pending} pending, idle ${c.idleSeconds.toFixed(1)} s\n`);
    }
    return 0;
  });
}

export function busDeadLetters(opts: BusCliOptions & { limit: number }): Promise<number> {
  return withBus(opts, async (bus) => {
    const xs = await bus.deadLetters(opts.limit);
    if (opts.json) process.stdout.write(JSON.stringify(xs, null, 2) + '\n');
    else if (xs.length === 0) process.stdout.write('no dead letters\n');
    else
      for (const x of xs)
        process.stdout.write(
          `${x.id}  ${x.at}  ${x.posts} post(s)  ${x.deliveries} deliveries  entry ${x.entryId}\n    ${x.error}\n`,
        );
    return 0;
  });
}

export function busReplay(
  ids: string[],
  opts: BusCliOptions & { all?: boolean },
  action: 'replay' | 'discard',
): Promise<number> {
  if (!opts.all && ids.length === 0) {
    process.stderr.write(`brightline: name the dead letters to ${action}, or --all\n`);
    return Promise.resolve(2);
  }
  return withBus(opts, async (bus) => {
    const which = opts.all ? 'all' : ids;
    const n = action === 'replay' ? await bus.replay(which) : await bus.discard(which);
    process.stdout.write(`${action === 'replay' ? 'replayed' : 'discarded'} ${n} dead letter(s)\n`);
    return 0;
  });
}
