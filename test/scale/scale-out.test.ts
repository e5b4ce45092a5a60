import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/config.js';
import { loadResources } from '../../src/adapters/models/file-models.js';
import { createAnalyzer, type AnalyzerResources } from '../../src/core/analyze.js';
import { openEmbedded, openWorker, type Brightline, type WorkerProcess } from '../../src/presets.js';
import { createApp } from '../../src/server/app.js';
import { RedisStreamBus } from '../../src/adapters/bus/redis-stream-bus.js';
import type { ReviewEvent } from '../../src/review/events.js';
import { until } from '../sources/until.js';
import {
  servicesAvailable,
  startPostgres,
  startRedis,
  type TestPostgres,
  type TestRedis,
} from './services.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brightline');

// CI installs both servers; a developer machine without them skips these tests with a note.
if (!servicesAvailable && process.env.CI)
  throw new Error('the scale-out tests need postgresql and redis-server');

/** A mixed stream: ordinary tweets and, every 50th post, a threat. Ids are unique per run. */
function posts(tag: string, n: number): { id: string; text: string; author: string; createdAt: string }[] {
  const tweets = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'x-tweets.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const o = JSON.parse(l) as { text?: string; data?: { text: string } };
      return o.data?.text ?? o.text ?? '';
    });
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    text:
      i % 50 === 0
        ? `I am going to shoot the mayor at the town hall tomorrow, number ${i}`
        : `${tweets[i % tweets.length]} (${i})`,
    author: `author${i % 997}`,
    createdAt: '2026-11-29T10:30:00Z',
  }));
}

describe.skipIf(!servicesAvailable)('scale-out: Redis Streams bus and PostgreSQL store', () => {
  let pg: TestPostgres;
  let redis: TestRedis;
  let resources: AnalyzerResources;
  let analyze: ReturnType<typeof createAnalyzer>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    resources = loadResources();
    analyze = createAnalyzer(resources, {});
  }, 60_000);
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  /** A service and its config on a fresh database and key prefix. */
  async function service(name: string, bus: Record<string, unknown> = {}) {
    const dir = mkdtempSync(join(tmpdir(), `brightline-scale-${name}-`));
    const config = ConfigSchema.parse({
      server: { logLevel: 'silent' },
      store: { url: await pg.createDatabase(name) },
      bus: { url: redis.url, prefix: name, claimIdleSeconds: 1, maxDeliveries: 3, entrySize: 100, ...bus },
    });
    const b = await openEmbedded({ dataDir: dir, config, logger: pino({ level: 'silent' }), resources });
    const app = createApp(b.services);
    const token = (await b.services.accounts.createToken('ingest-bot', 'ingest')).token;
    const send = (body: unknown) =>
      app.request('/v1/posts', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    return { b, app, dir, config, send };
  }

  async function worker(s: { dir: string; config: Brightline['services']['config'] }, consumer: string) {
    const w: WorkerProcess = await openWorker({
      dataDir: s.dir,
      config: s.config,
      consumer,
      logger: pino({ level: process.env.DEBUG_WORKER ? 'debug' : 'silent' }),
      resources,
    });
    const stop = new AbortController();
    const running = w.run(stop.signal);
    return { w, stop: () => (stop.abort(), running) };
  }

  /** What the database holds: alerts, and posts counted in the all-topics hourly bucket. */
  async function counts(b: Brightline): Promise<{ alerts: number; counted: number }> {
    const alerts = await b.services.store.countAlerts();
    const agg = await b.services.store.aggregates({});
    return { alerts, counted: agg.reduce((n, x) => n + x.posts, 0) };
  }

  const expectedAlerts = (xs: ReturnType<typeof posts>): number =>
    xs.filter((p) => analyze({ id: p.id, text: p.text }).alert).length;

  it('takes posts at the API, analyses them in a worker, stores them once and puts alerts on the live feed', async () => {
    const s = await service('flow');
    const feed: ReviewEvent[] = [];
    s.b.services.bus.subscribe((e) => feed.push(e));
    const w = await worker(s, 'w1');
    const xs = posts('flow', 1_000);
    const r = await s.send(xs);
    expect(r.status).toBe(202);
    // the same batch again: duplicates, taken nowhere
    expect(((await (await s.send(xs)).json()) as { duplicate: number }).duplicate).toBe(1_000);
    await until(async () => (await counts(s.b)).counted === 1_000, 20_000);
    const want = expectedAlerts(xs);
    expect(want).toBeGreaterThan(0);
    expect(await counts(s.b)).toEqual({ alerts: want, counted: 1_000 });
    await until(() => feed.filter((e) => e.type === 'alert').length === want, 5_000);
    const ready = await (await s.app.request('/readyz')).json();
    expect(ready.bus).toMatchObject({ type: 'redis-streams', connected: true });
    await w.stop();
    // A stopped worker with nothing pending is forgotten by the group once idle long enough.
    const tidy = await RedisStreamBus.connect(redis.url, { prefix: 'flow', forgetConsumersAfterMs: 0 });
    expect((await tidy.health()).consumers.map((c) => c.name)).toEqual(['w1']);
    await tidy.trim();
    expect((await tidy.health()).consumers).toEqual([]);
    await tidy.close();
    await s.b.close();
  }, 60_000);

  it('SIGKILL of a worker mid-batch: another claims its entries; nothing lost, nothing counted twice', async () => {
    const s = await service('kill');
    const spawnWorker = (name: string): ChildProcess => {
      const c = spawn(
        process.execPath,
        [
          BIN,
          'worker',
          '--data-dir',
          s.dir,
          '--store',
          s.config.store.url!,
          '--bus',
          redis.url,
          '--name',
          name,
        ],
        {
          stdio: 'ignore',
          env: {
            ...process.env,
            BRIGHTLINE_CONFIG: writeConfig(s.dir, { prefix: 'kill', claimIdleSeconds: 1 }),
          },
        },
      );
      children.push(c);
      return c;
    };
    const xs = posts('kill', 20_000);
    for (let i = 0; i < xs.length; i += 5_000)
      expect((await s.send(xs.slice(i, i + 5_000))).status).toBe(202);
    const a = spawnWorker('doomed');
    // Kill it while it holds entries it has not acknowledged, after it has committed some.
    const probe = new Redis(redis.url);
    const pendingOf = async (name: string): Promise<number> => {
      const cs = (await probe.xinfo('CONSUMERS', 'kill:posts', 'workers')) as string[][];
      const c = cs.find((x) => x[1] === name);
      return c ? Number(c[3]) : 0;
    };
    await until(async () => (await counts(s.b)).counted > 0 && (await pendingOf('doomed')) > 0, 30_000);
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));
    expect(await pendingOf('doomed')).toBeGreaterThan(0);
    expect((await counts(s.b)).counted).toBeLessThan(20_000);
    // Trimming now removes acknowledged entries only: every pending one is still there to claim.
    const bus = await RedisStreamBus.connect(redis.url, { prefix: 'kill' });
    await bus.trim();
    await bus.close();
    const pending = (await probe.xpending('kill:posts', 'workers', '-', '+', 1000)) as [string][];
    expect(pending.length).toBeGreaterThan(0);
    for (const [id] of pending) expect(await probe.xrange('kill:posts', id, id)).toHaveLength(1);
    const b = spawnWorker('rescuer');
    await until(
      async () => (await counts(s.b)).counted >= 20_000 && (await pendingOf('doomed')) === 0,
      60_000,
    );
    // settle: nothing more arrives
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await counts(s.b)).toEqual({ alerts: expectedAlerts(xs), counted: 20_000 });
    b.kill('SIGTERM');
    await new Promise((r) => b.once('exit', r));
    probe.disconnect();
    await s.b.close();
  }, 120_000);

  it('Redis restarts: ingest answers 503 while it is away, then ingest and workers reconnect and go on', async () => {
    const s = await service('restart');
    const w = await worker(s, 'w1');
    expect((await s.send(posts('before', 300))).status).toBe(202);
    await until(async () => (await counts(s.b)).counted === 300, 20_000);
    await redis.stop();
    const down = await s.send(posts('during', 10));
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBeTruthy();
    await redis.start();
    // The same batch, sent again as a client would after Retry-After, is taken in full.
    const after = posts('during', 10).concat(posts('after', 290));
    await until(async () => (await s.send(after)).status === 202, 20_000);
    await until(async () => (await counts(s.b)).counted === 600, 30_000);
    // (the worker counts a batch once Redis has its acknowledgement, just after the store commit)
    await until(async () => w.w.worker.stats.posts === 600, 10_000);
    expect(w.w.worker.stats.posts).toBe(600);
    await w.stop();
    await s.b.close();
  }, 90_000);

  it('PostgreSQL away for 10 s: ingest keeps accepting into the stream, the worker backs off and catches up', async () => {
    const s = await service('pgdown');
    const w = await worker(s, 'w1');
    expect((await s.send(posts('warm', 100))).status).toBe(202);
    await until(async () => (await counts(s.b)).counted === 100, 20_000);
    await pg.stop();
    const started = Date.now();
    let sent = 0;
    while (Date.now() - started < 10_000) {
      const r = await s.send(posts(`down${sent}`, 200));
      expect(r.status).toBe(202);
      sent += 200;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(w.w.worker.stats.storeRetries).toBeGreaterThan(0);
    await pg.start();
    await until(async () => (await counts(s.b)).counted === 100 + sent, 60_000);
    expect(sent).toBeGreaterThan(2_000);
    await w.stop();
    await s.b.close();
  }, 120_000);

  it('a poison post goes to the dead letters after N deliveries; the rest of its batch and the stream flow', async () => {
    const s = await service('poison');
    const w = await worker(s, 'w1');
    const raw = new Redis(redis.url);
    const good = posts('ok', 3).map((p) => ({ ...p, source: 'generic' }));
    // A producer bug: an entry that is not JSON, and a batch with a post whose text is a number.
    await raw.xadd('poison:posts', '*', 'n', '1', 'posts', '{not json');
    await raw.xadd(
      'poison:posts',
      '*',
      'n',
      '3',
      'posts',
      JSON.stringify([good[0], { id: 'bad', source: 'generic', text: 42 }, good[1]]),
    );
    // …and a threat with no source, which the store's constraints refuse.
    await raw.xadd(
      'poison:posts',
      '*',
      'n',
      '1',
      'posts',
      JSON.stringify([{ id: 'nosource', text: 'I am going to shoot the mayor at the town hall tomorrow' }]),
    );
    await raw.incrby('poison:backlog', 5);
    expect((await s.send([good[2]])).status).toBe(202);
    await until(async () => (await counts(s.b)).counted === 3, 30_000).catch(async (e) => {
      console.log(JSON.stringify(w.w.worker.stats), await counts(s.b));
      throw e;
    });
    await until(async () => w.w.worker.stats.deadLettered === 3, 30_000).catch((e) => {
      console.log(JSON.stringify(w.w.worker.stats));
      throw e;
    });
    // /readyz shows the bus as last read (every second)
    await until(async () => {
      const { bus } = await (await s.app.request('/readyz')).json();
      return bus.deadLetters === 3 && bus.backlog === 0;
    }, 5_000);
    const cli = spawn(process.execPath, [BIN, 'bus', 'dead-letters', '--bus', redis.url], {
      env: { ...process.env, BRIGHTLINE_CONFIG: writeConfig(s.dir, { prefix: 'poison' }) },
    });
    let out = '';
    cli.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((r) => cli.once('exit', r));
    expect(out).toMatch(/not valid JSON/);
    expect(out).toMatch(/analysis failed/);
    expect(out).toMatch(/store refused/);
    expect(out).toMatch(/3 deliveries|4 deliveries/);
    raw.disconnect();
    await w.stop();
    await s.b.close();
  }, 60_000);
});

function writeConfig(dir: string, bus: Record<string, unknown>): string {
  const path = join(dir, `config-${Object.values(bus).join('-')}.json`);
  writeFileSync(path, JSON.stringify({ server: { logLevel: 'warn' }, bus }));
  return path;
}
