import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import type { Logger } from 'pino';
import type { AnalyzerResources } from './core/analyze.js';
import { createAnalyzer } from './core/analyze.js';
import type { Config } from './config/config.js';
import { loadResources, MODELS_DIR } from './adapters/models/file-models.js';
import { loadKeyring, rotateKeyring } from './adapters/keys/keyring.js';
import type { AuthorKeyring } from './adapters/keys/keyring.js';
import { openSqlite, SqliteAlertStore } from './adapters/stores/sqlite-alert-store.js';
import { LivePipeline } from './pipeline/live.js';
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

/**
 * The embedded preset: SQLite in DATA_DIR, everything in one process. The only place that picks
 * adapters for the service.
 */
export async function openEmbedded(o: EmbeddedOptions): Promise<Brightline> {
  const now = o.now ?? (() => new Date());
  const logger = o.logger ?? pino({ level: o.config.server.logLevel });
  mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
  const db = await openSqlite(join(o.dataDir, 'brightline.db'));
  const keyPath = join(o.dataDir, 'author-keys.json');
  let keyring: AuthorKeyring = loadKeyring(keyPath, now());
  const resources = o.resources ?? loadResources();
  const analyze = createAnalyzer(resources, {
    minSeverity: o.config.alertThreshold,
    protectedEntities: o.config.protectedEntities,
    topics: o.config.topics,
  });
  const modelVersion = analyze({ id: 'probe', text: 'hello' }).threat.modelVersion;
  const bus = new EventBus();
  const audit = new AuditLog(db, now);
  const accounts = new AccountService(db, now, o.config.server.sessionHours);
  const cases = new CaseService(db, audit, bus, now);
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
  const retention = new RetentionService(db, audit, {
    dismissedDays: o.config.retention.dismissedDays,
    closedDays: o.config.retention.closedDays,
    now,
  });
  const store = new SqliteAlertStore(db);
  const pipeline = new LivePipeline({
    analyze,
    openCases: async (alerts) => {
      const opened = await cases.openCases(alerts);
      await webhooks.enqueue(opened);
      return opened;
    },
    aggregates: store,
    keyring: () => keyring,
    maxQueue: o.config.ingest.maxQueue,
    dedupeWindow: o.config.ingest.dedupeWindow,
    now,
    onError,
  });
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
      current: () => keyring,
      rotate: () => {
        const id = rotateKeyring(keyPath, now());
        keyring = loadKeyring(keyPath);
        return id;
      },
    },
    logger,
    now,
    ready: () => ready,
    sources: () => sources.map((x) => x.status()),
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
      await db.destroy();
    },
  };
}
