import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './until.js';
import { MastodonSource, newerId } from '../../src/adapters/sources/mastodon-source.js';
import { SqlCursorStore } from '../../src/adapters/stores/sql-cursor-store.js';
import { harness, type Harness } from '../server/harness.js';

/** A Mastodon status as the REST and streaming APIs return it. */
const status = (n: number) => ({
  id: String(110_000_000_000_000_000n + BigInt(n)),
  uri: `https://town.example/users/u${n % 7}/statuses/${n}`,
  url: `https://town.example/@u${n % 7}/${n}`,
  created_at: new Date(Date.now() - 1000).toISOString(),
  content:
    n % 5 === 0
      ? `<p>I am going to shoot the mayor tomorrow, toot ${n}</p>`
      : `<p>Nice <b>weather</b> today, toot ${n}</p>`,
  spoiler_text: '',
  language: 'en',
  account: { acct: `u${n % 7}@town.example`, username: `u${n % 7}` },
});

interface FakeMastodon {
  url: string;
  publish(n: number): void;
  /** Ends every open stream, as a restarting server would. */
  dropStreams(): void;
  timelineCalls: string[];
  streams: number;
  close(): Promise<void>;
}

async function fakeMastodon(): Promise<FakeMastodon> {
  const log: ReturnType<typeof status>[] = [];
  const open = new Set<ServerResponse>();
  const state = { timelineCalls: [] as string[], streams: 0 };
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/api/v1/streaming/public') {
      state.streams++;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(':)\n\n');
      open.add(res);
      req.on('close', () => open.delete(res));
      return;
    }
    if (u.pathname === '/api/v1/timelines/public') {
      state.timelineCalls.push(u.search);
      const min = u.searchParams.get('min_id');
      const limit = Number(u.searchParams.get('limit') ?? 20);
      const newer = log.filter((s) => min === null || BigInt(s.id) > BigInt(min)).slice(0, limit);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(newer.reverse())); // newest first, as Mastodon answers
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish(n) {
      const s = status(n);
      log.push(s);
      for (const res of open) res.write(`event: update\ndata: ${JSON.stringify(s)}\n\n`);
    },
    dropStreams() {
      for (const res of open) res.destroy();
      open.clear();
    },
    get timelineCalls() {
      return state.timelineCalls;
    },
    get streams() {
      return state.streams;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const res of open) res.destroy();
        server.close(() => r());
      }),
  };
}

let h: Harness | undefined;
let m: FakeMastodon | undefined;
afterEach(async () => {
  await m?.close();
  await h?.close().catch(() => undefined);
  h = m = undefined;
});

describe('Mastodon streaming source (against a local server speaking the streaming and REST APIs)', () => {
  it('compares status ids as numbers', () => {
    expect(newerId('110000000000000010', '110000000000000009')).toBe(true);
    expect(newerId('9', '10')).toBe(false);
  });

  it('streams statuses; after a dropped connection it backfills the gap from the REST timeline: nothing lost, nothing twice', async () => {
    h = await harness();
    m = await fakeMastodon();
    const src = new MastodonSource({
      name: 'town',
      instance: m.url,
      stream: 'public',
      cursors: new SqlCursorStore(h.b.services.db),
      backoff: { baseMs: 200, maxMs: 400 },
      pageSize: 7,
      log: pino({ level: 'silent' }),
    });
    const stop = new AbortController();
    const running = src.run(
      {
        submit: (i) => h!.b.services.pipeline.offer(i),
        committed: (s) => h!.b.services.pipeline.committed(s),
      },
      stop.signal,
    );
    await until(() => m!.streams === 1 && src.status().state === 'connected');
    for (let n = 1; n <= 20; n++) m.publish(n);
    await until(() => h!.b.services.pipeline.stats.analysed === 20);
    await until(async () => (await new SqlCursorStore(h!.b.services.db).get('town')) === status(20).id);

    m.dropStreams();
    for (let n = 21; n <= 45; n++) m.publish(n); // while nobody is connected
    await until(() => m!.streams === 2);
    for (let n = 46; n <= 50; n++) m.publish(n);
    await until(() => h!.b.services.pipeline.stats.analysed === 50);
    stop.abort();
    await running;

    expect(m.timelineCalls[0]).toContain(`min_id=${status(20).id}`);
    expect(m.timelineCalls.length).toBeGreaterThan(3); // paged through the gap, 7 at a time
    const s = h.b.services.pipeline.stats;
    expect(s.accepted).toBe(50);
    const alerts = await h.b.services.db.selectFrom('alerts').select('post_id').execute();
    expect(alerts.map((a) => a.post_id).sort()).toEqual(
      [5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map((n) => status(n).uri).sort(),
    );
    expect(src.status()).toMatchObject({ reconnects: 1, malformed: 0, state: 'stopped' });
  });
});
