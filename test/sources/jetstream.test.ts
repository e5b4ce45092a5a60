import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './until.js';
import { JetstreamSource } from '../../src/adapters/sources/jetstream-source.js';
import { SqlCursorStore } from '../../src/adapters/stores/sql-cursor-store.js';
import { harness, type Harness } from '../server/harness.js';
import { fakeJetstream, postFrame, type FakeJetstream } from './fake-jetstream.js';

const T0 = 1_795_000_000_000_000;
const frames = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) =>
    postFrame(
      i,
      i % 10 === 0
        ? `I am going to shoot the mayor tomorrow, post ${i}`
        : `lovely morning at the market, post ${i}`,
      T0 + i * 1000,
    ),
  );

let h: Harness | undefined;
let server: FakeJetstream | undefined;
afterEach(async () => {
  await server?.close();
  await h?.close().catch(() => undefined);
  h = server = undefined;
});

function source(
  h: Harness,
  url: string,
  extra: Partial<ConstructorParameters<typeof JetstreamSource>[0]> = {},
) {
  return new JetstreamSource({
    name: 'bsky',
    url,
    cursors: new SqlCursorStore(h.b.services.db),
    backoff: { baseMs: 20, maxMs: 100 },
    batchMs: 10,
    log: pino({ level: 'silent' }),
    ...extra,
  });
}

const sink = (h: Harness) => ({
  submit: (items: Parameters<Harness['b']['services']['pipeline']['offer']>[0]) =>
    h.b.services.pipeline.offer(items),
  committed: (seq: number) => h.b.services.pipeline.committed(seq),
});

async function casePostIds(h: Harness): Promise<string[]> {
  const rows = await h.b.services.db.selectFrom('alerts').select('post_id').execute();
  return rows.map((r) => r.post_id);
}

describe('Bluesky Jetstream source (against a local Jetstream-speaking server)', () => {
  it('reads posts, opens a case for each threat, asks for posts only and saves the cursor', async () => {
    h = await harness();
    server = await fakeJetstream({ frames: frames(300) });
    const src = source(h, server.url);
    const stop = new AbortController();
    const running = src.run(sink(h), stop.signal);
    await until(async () => h!.b.services.pipeline.stats.analysed === 300);
    await until(
      async () => (await new SqlCursorStore(h!.b.services.db).get('bsky')) === String(T0 + 299_000),
    );
    stop.abort();
    await running;
    expect(server.connections[0]!.collections).toEqual(['app.bsky.feed.post']);
    const ids = await casePostIds(h);
    expect(ids).toHaveLength(30);
    expect(ids[0]).toMatch(/^at:\/\/did:plc:user\d+\/app\.bsky\.feed\.post\/rkey\d+$/);
    expect(src.status()).toMatchObject({ state: 'stopped', posts: 300, malformed: 0 });
  });

  it('loses nothing and stores nothing twice when the server drops the connection mid-stream', async () => {
    h = await harness();
    server = await fakeJetstream({ frames: frames(300), dropAfter: 120 });
    const src = source(h, server.url);
    const stop = new AbortController();
    const running = src.run(sink(h), stop.signal);
    await until(
      () =>
        h!.b.services.pipeline.stats.analysed + h!.b.services.pipeline.stats.duplicate >= 300 &&
        server!.connections.length === 2,
    );
    await until(async () => (await casePostIds(h!)).length >= 30);
    stop.abort();
    await running;
    expect(server.connections[1]!.cursor).not.toBeNull(); // resumed, rewound a little
    const s = h.b.services.pipeline.stats;
    expect(s.accepted).toBe(300); // every post once; the rewound overlap came back as duplicates
    const ids = await casePostIds(h);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
    expect(src.status().reconnects).toBe(1);
  });

  it('resumes from the persisted cursor after Brightline restarts mid-stream', async () => {
    h = await harness();
    const dir = h.dir;
    server = await fakeJetstream({ frames: frames(400), paceMs: 2 });
    const stop = new AbortController();
    const running = source(h, server.url, { rewindSeconds: 0.05 }).run(sink(h), stop.signal);
    await until(() => h!.b.services.pipeline.stats.analysed >= 150);
    stop.abort();
    await running;
    await h.close();
    const firstRun = h.b.services.pipeline.stats.accepted;

    h = await harness({}, { dir });
    const saved = await new SqlCursorStore(h.b.services.db).get('bsky');
    expect(Number(saved)).toBeGreaterThan(T0);
    const stop2 = new AbortController();
    const running2 = source(h, server.url, { rewindSeconds: 0.05 }).run(sink(h), stop2.signal);
    await until(
      async () => (await new SqlCursorStore(h!.b.services.db).get('bsky')) === String(T0 + 399_000),
    );
    stop2.abort();
    await running2;
    expect(Number(server.connections[1]!.cursor)).toBe(Number(saved) - 50_000);
    // the second run starts where the first stopped (minus the rewind), not from the beginning
    expect(h.b.services.pipeline.stats.accepted).toBeLessThan(400);
    expect(firstRun + h.b.services.pipeline.stats.accepted).toBeGreaterThanOrEqual(400);
    const ids = await casePostIds(h);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it('skips and counts malformed, oversized and binary frames without dropping the connection', async () => {
    h = await harness();
    server = await fakeJetstream({
      frames: frames(20),
      extra: [
        'this is not json',
        JSON.stringify({ ...postFrame(999, 'x'.repeat(2 * 1024 * 1024), T0 - 5), time_us: T0 - 5 }),
        Buffer.from([0, 1, 2, 3]),
        JSON.stringify({
          did: 'did:plc:x',
          time_us: T0 - 1,
          kind: 'commit',
          commit: { operation: 'create', collection: 'app.bsky.feed.post' },
        }),
      ],
    });
    const src = source(h, server.url);
    const stop = new AbortController();
    const running = src.run(sink(h), stop.signal);
    await until(() => h!.b.services.pipeline.stats.analysed === 20);
    stop.abort();
    await running;
    expect(src.status()).toMatchObject({ malformed: 4, reconnects: 0, posts: 20 });
  });

  it('a slow consumer pushes back on the socket instead of buffering without bound', async () => {
    h = await harness({ ingest: { maxQueue: 100 } });
    const pad = ' and more words to make the frame larger'.repeat(12);
    const many = Array.from({ length: 20_000 }, (_, i) => postFrame(i, `market day post ${i}${pad}`, T0 + i));
    server = await fakeJetstream({ frames: many });
    const src = source(h, server.url, { batchSize: 50 });
    const stop = new AbortController();
    let maxDepth = 0;
    const probe = setInterval(() => (maxDepth = Math.max(maxDepth, h!.b.services.pipeline.depth)), 1);
    const running = src.run(sink(h), stop.signal);
    await until(() => h!.b.services.pipeline.stats.analysed === 20_000, 60_000);
    clearInterval(probe);
    stop.abort();
    await running;
    expect(maxDepth).toBeLessThanOrEqual(100);
    // the server could not hand everything over at once: the client stopped reading
    expect(server.maxBuffered).toBeGreaterThan(0);
  }, 90_000);
});
