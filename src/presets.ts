import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import type { Logger } from 'pino';
import type { AnalyzerResources } from './core/analyze.js';
import { createAnalyzer } from './core/analyze.js';
import type { Config } from './config/config.js';
import { ConfigError } from './config/config.js';
import { loadResources, MODELS_DIR } from './adapters/models/file-models.js';
import { KeyringError, loadKeyring, rotateKeyring } from './adapters/keys/keyring.js';
import { SqlAlertStore } from './adapters/stores/sql-alert-store.js';
import { openPostgres, openSqlite } from './adapters/stores/sql-database.js';
import { RedisStreamBus } from './adapters/bus/redis-stream-bus.js';
import { RelayedEventBus } from './adapters/bus/relayed-events.js';
import type { BusHealth } from './ports/work-bus.js';
import { BusIngest } from './pipeline/bus-ingest.js';
import { Worker } from './pipeline/worker.js';
import { LivePipeline } from './pipeline/live.js';
import type { Ingest } from './pipeline/live.js';
import { SqlCursorStore } from './adapters/stores/sql-cursor-store.js';
import { createLiveSource } from './adapters/sources/live-sources.js';
import type { CategoryFigures } from './pipeline/evaluate.js';
import { evaluate, parseLabelled } from './pipeline/evaluate.js';
import { AccountService, newPassword } from './review/accounts.js';
import { AuditLog } from './review/audit-log.js';
import { CaseService } from './review/cases.js';
import { EventBus } from './review/events.js';
import { RetentionService } from './review/retention.js';
import { TransparencyService } from './review/transparency.js';
import { WebhookService } from './review/webhooks.js';
import type { ReviewServices } from './server/context.js';

/** The labelled suite whose per-category rates the transparency report publishes. */
export const MEASURED_SUITES = [join(MODELS_DIR, '..', 'data', 'dev', 'threat-dev.tsv')];

export interface EmbeddedOptions {
  dataDir: string;
  config: Config;
  now?: () => Date;
  logger?: Logger;
  resources?: AnalyzerResources;
  /** Labelled files whose per-category alert rates go in the transparency report. */
  measuredSuites?: string[];
}

export interface Brightline {
  services: ReviewServices;
  /** A one-time admin credential when this start created the first user. */
  initialAdmin?: { username: string; password: string };
  /** Starts the background jobs (webhook delivery, retention). */
  startJobs(): void;
  /** Stops taking work, finishes what is in flight, closes the database. */
  close(): Promise<void>;
}

/** Per-category alert rates on labelled files, computed once on first use (for the transparency report). */
export function measureSuites(
  files: readonly string[],
  analyze: ReturnType<typeof createAnalyzer>,
): () => CategoryFigures[] {
  let cached: CategoryFigures[] | undefined;
  return () => {
    if (cached) return cached;
    const posts = files.flatMap((f) => {
      try {
        return parseLabelled(readFileSync(f, 'utf8')).posts;
      } catch {
        return [];
      }
    });
    cached = posts.length ? evaluate(posts, analyze).categories : [];
    return cached;
  };
}

/** The parts every process of the service shares: database, keys, analyser, audit, cases, webhooks. */
async function openCore(o: EmbeddedOptions, events: EventBus, createKeys: boolean) {
  const now = o.now ?? (() => new Date());
  const logger = o.logger ?? pino({ level: o.config.server.logLevel });
  mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
  const keyPath = join(o.dataDir, 'author-keys.json');
  if (!createKeys && !existsSync(keyPath))
    throw new KeyringError(
      `${keyPath} does not exist: start \`brightline serve\` with this data directory first (it creates the author keys), or copy its author-keys.json here`,
    );
  const db = o.config.store.url
    ? await openPostgres(o.config.store.url, { poolSize: o.config.store.poolSize })
    : await openSqlite(join(o.dataDir, 'brightline.db'));
  const keys = {
    current: loadKeyring(keyPath, now()),
    mtime: statSync(keyPath).mtimeMs,
    /** Picks up a rotation made by another process (the keyring file is replaced). */
    reload(): void {
      const m = statSync(keyPath).mtimeMs;
      if (m !== keys.mtime) {
        keys.current = loadKeyring(keyPath);
        keys.mtime = m;
      }
    },
  };
  const resources = o.resources ?? loadResources();
  const analyze = createAnalyzer(resources, {
    minSeverity: o.config.alertThreshold,
    protectedEntities: o.config.protectedEntities,
    topics: o.config.topics,
  });
  const modelVersion = analyze({ id: 'probe', text: 'hello' }).threat.modelVersion;
  const audit = new AuditLog(db, now);
  const cases = new CaseService(db, audit, events, now);
  const publicUrl = o.config.server.publicUrl ?? `http://${o.config.server.host}:${o.config.server.port}`;
  const onError = (e: unknown): void => logger.error({ err: e }, 'background job failed');
  const webhooks = new WebhookService(db, audit, {
    now,
    publicUrl,
    maxAttempts: o.config.webhooks.maxAttempts,
    baseDelayMs: o.config.webhooks.baseDelaySeconds * 1000,
    timeoutMs: o.config.webhooks.timeoutSeconds * 1000,
    onError,
  });
  return { now, logger, db, keyPath, keys, analyze, modelVersion, audit, cases, webhooks, onError };
}

async function connectBus(config: Config): Promise<RedisStreamBus> {
  return RedisStreamBus.connect(config.bus.url!, {
    prefix: config.bus.prefix,
    deadLetterDays: config.bus.deadLetterDays,
    allowDiskPersistence: config.bus.allowDiskPersistence,
  });
}

/**
 * The service preset, and the only place that picks adapters: SQLite in DATA_DIR and the
 * in-process pipeline by default (everything in one process); PostgreSQL when `store.url` is set
 * and the Redis Streams work bus when `bus.url` is set (posts are then analysed by
 * `brightline worker` processes, and the live feed crosses processes through Redis).
 */
export async function openEmbedded(o: EmbeddedOptions): Promise<Brightline> {
  const workBus = o.config.bus.url ? await connectBus(o.config) : null;
  const bus = workBus ? new RelayedEventBus(workBus) : new EventBus();
  const core = await openCore(o, bus, true).catch(async (e: unknown) => {
    await workBus?.close();
    throw e;
  });
  const { now, logger, db, keyPath, keys, analyze, modelVersion, audit, cases, webhooks, onError } = core;
  const accounts = new AccountService(db, now, o.config.server.sessionHours);
  const retention = new RetentionService(db, audit, {
    dismissedDays: o.config.retention.dismissedDays,
    closedDays: o.config.retention.closedDays,
    now,
  });
  const store = new SqlAlertStore(db);
  const pipeline: Ingest = workBus
    ? new BusIngest({
        bus: workBus,
        maxBacklog: o.config.bus.maxBacklog,
        entrySize: o.config.bus.entrySize,
        dedupeWindow: o.config.ingest.dedupeWindow,
        onError: (e) => logger.warn({ err: e }, 'work bus poll failed'),
      })
    : new LivePipeline({
        analyze,
        openCases: async (alerts) => {
          const opened = await cases.openCases(alerts);
          await webhooks.enqueue(opened);
          return opened;
        },
        aggregates: store,
        keyring: () => keys.current,
        maxQueue: o.config.ingest.maxQueue,
        dedupeWindow: o.config.ingest.dedupeWindow,
        now,
        onError,
      });
  if (bus instanceof RelayedEventBus) await bus.start();
  let busHealth: BusHealth | null = null;
  const busTimer = workBus
    ? setInterval(() => {
        workBus
          .health()
          .then((h) => (busHealth = h))
          .catch(() => undefined);
      }, 1_000)
    : null;
  busTimer?.unref();
  if (workBus) busHealth = await workBus.health();
  const cursors = new SqlCursorStore(db, now);
  const sources = o.config.sources.map((c) => createLiveSource(c, cursors, logger));
  const sourcesStop = new AbortController();
  let sourcesRunning: Promise<unknown> = Promise.resolve();
  const transparency = new TransparencyService(db, audit, {
    modelVersion,
    measuredRates: measureSuites(o.measuredSuites ?? [], analyze),
    now,
  });
  let initialAdmin: Brightline['initialAdmin'];
  if ((await accounts.countUsers()) === 0) {
    initialAdmin = { username: 'admin', password: newPassword() };
    await accounts.createUser(initialAdmin.username, initialAdmin.password, 'admin');
    await audit.append({
      actor: 'system',
      action: 'user.create',
      target: 'user:admin',
      details: { role: 'admin', initial: true },
    });
  }
  // Configuration changes between starts are audited by their hash.
  const configHash = createHash('sha256').update(JSON.stringify(o.config)).digest('hex').slice(0, 16);
  const lastStart = (await audit.list({ action: 'service.start', limit: 1 }))[0];
  if (lastStart && lastStart.details.configHash !== configHash)
    await audit.append({
      actor: 'system',
      action: 'config.change',
      details: { from: lastStart.details.configHash, to: configHash },
    });
  await audit.append({ actor: 'system', action: 'service.start', details: { configHash, modelVersion } });

  let ready = true;
  const services: ReviewServices = {
    config: o.config,
    db,
    store,
    accounts,
    audit,
    cases,
    webhooks,
    retention,
    transparency,
    pipeline,
    bus,
    keyring: {
      current: () => keys.current,
      rotate: () => {
        const id = rotateKeyring(keyPath, now());
        keys.reload();
        return id;
      },
    },
    logger,
    now,
    ready: () => ready,
    sources: () => sources.map((x) => x.status()),
    workBus: () => busHealth,
  };
  return {
    services,
    initialAdmin,
    startJobs() {
      webhooks.start();
      retention.start(o.config.retention.intervalMinutes * 60_000, onError);
      const sink = { submit: pipeline.offer.bind(pipeline), committed: pipeline.committed.bind(pipeline) };
      sourcesRunning = Promise.all(
        sources.map((x) =>
          x
            .run(sink, sourcesStop.signal)
            .catch((e: unknown) => logger.error({ err: e, source: x.name }, 'source stopped')),
        ),
      );
      for (const x of sources) logger.info({ source: x.name, type: x.status().type }, 'live source started');
    },
    async close() {
      ready = false;
      // Sources first (they save cursors once their last batches are committed), then the queue.
      sourcesStop.abort();
      await sourcesRunning;
      await pipeline.close();
      retention.stop();
      await webhooks.stop();
      if (busTimer) clearInterval(busTimer);
      if (bus instanceof RelayedEventBus) await bus.stop();
      await workBus?.close();
      await db.destroy();
    },
  };
}

export interface WorkerProcess {
  worker: Worker;
  /** Works until `signal` aborts, then closes its connections. */
  run(signal: AbortSignal): Promise<void>;
}

/**
 * The worker preset: the same database and keys as the service (the key file comes from the
 * service's data directory), reading the work bus in the consumer group as `consumer`.
 */
export async function openWorker(o: EmbeddedOptions & { consumer: string }): Promise<WorkerProcess> {
  if (!o.config.bus.url)
    throw new ConfigError('a worker needs the work bus: give --bus redis://… (or bus.url)');
  const workBus = await connectBus(o.config);
  const events = new RelayedEventBus(workBus);
  const core = await openCore(o, events, false).catch(async (e: unknown) => {
    await workBus.close();
    throw e;
  });
  const worker = new Worker({
    bus: workBus,
    db: core.db,
    analyze: core.analyze,
    cases: core.cases,
    webhooks: core.webhooks,
    keyring: () => core.keys.current,
    consumer: o.consumer,
    claimIdleMs: o.config.bus.claimIdleSeconds * 1000,
    maxDeliveries: o.config.bus.maxDeliveries,
    now: core.now,
    log: core.logger,
  });
  return {
    worker,
    async run(signal) {
      const reload = setInterval(() => {
        try {
          core.keys.reload();
        } catch (e) {
          core.logger.error({ err: e }, 'cannot reload the author keys');
        }
      }, 5_000);
      reload.unref();
      try {
        await worker.run(signal);
      } finally {
        clearInterval(reload);
        await workBus.close();
        await core.db.destroy();
      }
    },
  };
}
