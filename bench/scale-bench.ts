/**
 * `npm run bench:scale`: the scaled-out mode on this machine. Starts private PostgreSQL and Redis
 * servers (Debian's), `brightline serve --store … --bus …` and `brightline worker` processes, and
 * posts batches of real tweets to `POST /v1/posts` from this process.
 *
 * 1. Throughput: with no worker running, fills the stream with N posts; then starts K workers
 *    (K = 1, 2) and times how long they take to empty it: posts/s for K workers.
 * 2. Latency: with K workers running, offers a steady RATE posts/s in batches that each carry one
 *    threat with a unique id; the time from sending its batch to seeing its alert in the service's
 *    live feed (`GET /v1/stream`, which crosses from the worker through Redis) is ingest → alert.
 * Also the analysis cost per post, in this process, for reference. Everything shares two cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToken, BIN, followMarkers, loadTweets, ROOT, startServe, THREATS } from './common.js';
import { createAnalyzer } from '../src/core/analyze.js';
import { loadResources } from '../src/adapters/models/file-models.js';
import { startPostgres, startRedis } from '../test/scale/services.js';

const tweets = loadTweets();
const N = Number(process.env.BENCH_POSTS ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 2_000);
const STEADY_S = Number(process.env.BENCH_STEADY_S ?? 20);

// Analysis cost per post, one core, in this process.
{
  const analyze = createAnalyzer(loadResources(), {});
  const sample = tweets.slice(0, 20_000);
  for (const t of sample.slice(0, 2_000)) analyze({ id: 'w', text: t });
  const t0 = performance.now();
  sample.forEach((t, i) => analyze({ id: String(i), text: t }));
  const us = ((performance.now() - t0) * 1000) / sample.length;
  console.log(`analysis: ${us.toFixed(1)} µs/post on one core (${Math.round(1e6 / us)} posts/s)`);
}

const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
const store = await pg.createDatabase('bench');
const dir = mkdtempSync(join(tmpdir(), 'brightline-scale-bench-'));
const env = {
  ...process.env,
  NO_COLOR: '1',
  BRIGHTLINE_LOG_LEVEL: 'warn',
  BRIGHTLINE_STORE: store,
  BRIGHTLINE_BUS: redis.url,
};
const children: ChildProcess[] = [];
const cleanup = async (): Promise<void> => {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all([pg.destroy(), redis.destroy()]);
};

try {
  const { server, url } = await startServe(dir, env);
  children.push(server);
  const token = (name: string, role: string): string => addToken(dir, env, name, role);
  const ingestToken = token('bench', 'ingest');
  const feedToken = token('feed', 'triage');

  const arrived = await followMarkers(url, feedToken);

  let seq = 0;
  let tweetAt = 0;
  const sent = new Map<string, number>();
  async function post(withMarker: boolean): Promise<void> {
    const parts: string[] = [];
    const marker = `lat-${seq}`;
    if (withMarker)
      parts.push(JSON.stringify({ id: marker, text: THREATS[seq % THREATS.length], author: `m${seq}` }));
    while (parts.length < BATCH)
      parts.push(
        JSON.stringify({
          id: `p${seq}-${parts.length}`,
          text: tweets[tweetAt++ % tweets.length],
          author: `u${tweetAt % 5000}`,
        }),
      );
    seq++;
    for (;;) {
      const t = performance.now();
      const r = await fetch(`${url}/v1/posts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/x-ndjson' },
        body: parts.join('\n'),
      });
      await r.arrayBuffer();
      if (r.status === 503) {
        await new Promise((res) => setTimeout(res, 100));
        continue;
      }
      if (r.status !== 202) throw new Error(`POST /v1/posts answered ${r.status}`);
      if (withMarker) sent.set(marker, t);
      return;
    }
  }
  async function bus(): Promise<{ backlog: number }> {
    const r = await fetch(`${url}/v1/sources`, { headers: { authorization: `Bearer ${feedToken}` } });
    return ((await r.json()) as { bus: { backlog: number } }).bus;
  }
  const startWorkers = (k: number): ChildProcess[] =>
    Array.from({ length: k }, (_, i) => {
      const c = spawn(process.execPath, [BIN, 'worker', '--data-dir', dir, '--name', `bench-${k}-${i}`], {
        env,
        stdio: 'ignore',
      });
      children.push(c);
      return c;
    });
  const stopWorkers = async (ws: ChildProcess[]): Promise<void> => {
    await Promise.all(ws.map((w) => new Promise((r) => (w.once('exit', r), w.kill('SIGTERM')))));
  };

  const results: string[] = [];
  for (const k of [1, 2]) {
    for (let i = 0; i < N / BATCH; i++) await post(false);
    while ((await bus()).backlog < N) await new Promise((r) => setTimeout(r, 200));
    const ws = startWorkers(k);
    // Timed from the first post taken (the workers' start, loading the models, is not counted).
    while ((await bus()).backlog >= N) await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    while ((await bus()).backlog > 0) await new Promise((r) => setTimeout(r, 50));
    const s = (performance.now() - t0) / 1000;
    results.push(
      `throughput, ${k} worker(s): ${N} posts in ${s.toFixed(1)} s = ${Math.round(N / s)} posts/s`,
    );
    console.log(results[results.length - 1]);

    // Steady load with these workers: ingest → alert latency.
    const from = seq;
    const t1 = performance.now();
    const interval = (BATCH / RATE) * 1000;
    for (let i = 0; performance.now() - t1 < STEADY_S * 1000; i++) {
      await post(true);
      const next = t1 + (i + 1) * interval;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    const offered = ((seq - from) * BATCH) / ((performance.now() - t1) / 1000);
    await new Promise((r) => setTimeout(r, 3_000));
    const lat: number[] = [];
    let missing = 0;
    for (let i = from; i < seq; i++) {
      const a = arrived.get(`lat-${i}`);
      const b = sent.get(`lat-${i}`);
      if (a === undefined || b === undefined) missing++;
      else lat.push(a - b);
    }
    lat.sort((x, y) => x - y);
    const q = (p: number): number => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
    results.push(
      `latency, ${k} worker(s), ${Math.round(offered)} posts/s offered: ingest → alert in feed p50 ${q(0.5).toFixed(0)} ms, p99 ${q(0.99).toFixed(0)} ms, max ${q(1).toFixed(0)} ms (${lat.length} alerts, ${missing} missing)`,
    );
    console.log(results[results.length - 1]);
    await stopWorkers(ws);
  }
  console.log('\n' + results.join('\n'));
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'scale-last-run.txt'), results.join('\n') + '\n');
} finally {
  await cleanup();
}
