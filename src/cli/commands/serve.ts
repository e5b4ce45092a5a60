import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import pc from 'picocolors';
import { loadServiceConfig } from '../../config/config.js';
import { openSource } from '../../adapters/sources/directory-source.js';
import { replaySource } from '../../adapters/sources/demo-replay.js';
import { MEASURED_SUITES, openEmbedded } from '../../presets.js';
import { newPassword } from '../../review/accounts.js';
import { createApp } from '../../server/app.js';
import { MODELS_DIR } from '../../adapters/models/file-models.js';
import { resolveDataDir } from '../data-dir.js';
import { redactUrl } from '../../adapters/redact-url.js';

export interface ServeCliOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  config?: string;
  demo?: string | boolean;
  demoRate: number;
  store?: string;
  bus?: string;
}

/** `brightline serve`: the review service on the embedded default; stops cleanly on SIGINT/SIGTERM. */
export async function serveCommand(opts: ServeCliOptions): Promise<number> {
  const { config, path } = loadServiceConfig(opts.config, process.env, {
    port: opts.port,
    host: opts.host,
    store: opts.store,
    bus: opts.bus,
  });
  const dataDir = resolveDataDir(opts.dataDir);
  const root = join(MODELS_DIR, '..');
  const b = await openEmbedded({
    dataDir,
    config,
    measuredSuites: MEASURED_SUITES,
  });
  const log = b.services.logger;
  const app = createApp(b.services);
  const server = serve({ fetch: app.fetch, port: config.server.port, hostname: config.server.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.address.includes(':') ? `[${addr.address}]` : addr.address}:${addr.port}`;
  if (!config.server.publicUrl) b.services.webhooks.setPublicUrl(url);
  b.startJobs();
  log.info(
    {
      url,
      dataDir,
      config: path ?? null,
      store: config.store.url ? redactUrl(config.store.url) : 'sqlite',
      bus: config.bus.url ? redactUrl(config.bus.url) : 'in-process',
    },
    'brightline serving',
  );
  const out = process.stderr;
  out.write(`\n  ${pc.bold('Brightline')} review service on ${pc.cyan(url)}  (data: ${dataDir})\n`);
  if (b.initialAdmin) {
    out.write(
      `  ${pc.yellow('First start')}: sign in as ${pc.bold(b.initialAdmin.username)} with password ${pc.bold(b.initialAdmin.password)}\n` +
        `  (shown once; the admin manages users and webhooks and sees no case content).\n`,
    );
    if (opts.demo) {
      // A demo should show the queue: an analyst account, announced the same way.
      const password = newPassword();
      await b.services.accounts.createUser('analyst', password, 'analyst');
      await b.services.audit.append({
        actor: 'system',
        action: 'user.create',
        target: 'user:analyst',
        details: { role: 'analyst', demo: true },
      });
      out.write(
        `  Demo: to work the queue, sign in as ${pc.bold('analyst')} with password ${pc.bold(password)}\n`,
      );
    }
    out.write(`  Add people with: brightline users add NAME --role analyst --data-dir ${dataDir}\n`);
  }
  out.write('\n');

  const stop = new AbortController();
  if (opts.demo) {
    const dir = typeof opts.demo === 'string' ? opts.demo : join(root, 'examples');
    const source = openSource(dir, { format: 'auto', maxLineBytes: 1 << 20 });
    const runTag = new Date().toISOString();
    log.info({ dir, rate: opts.demoRate }, 'demo source replaying sample posts');
    replaySource(source, {
      rate: opts.demoRate,
      runTag,
      signal: stop.signal,
      submit: (items) => b.services.pipeline.submit(items),
      onDone: (n) => log.info({ posts: n }, 'demo source finished'),
    }).catch((e: unknown) => log.error({ err: e }, 'demo source failed'));
  }

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string): void => {
      log.info({ signal }, 'shutting down: finishing work in flight');
      stop.abort();
      // Stop accepting, end live feeds, let requests in flight finish (10 s at most).
      const http = server as unknown as { closeIdleConnections(): void; closeAllConnections(): void };
      server.close(() => resolve());
      b.services.bus.close();
      http.closeIdleConnections();
      setTimeout(() => {
        http.closeAllConnections();
        resolve();
      }, 10_000).unref();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  await b.close();
  log.info({ stats: b.services.pipeline.stats }, 'stopped');
  return 0;
}
