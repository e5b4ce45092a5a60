/**
 * `npm run bench:serve` (part of `npm run bench`): the review service under load. Starts
 * `brightline serve` as its own process, posts batches of real tweets to `POST /v1/posts` from this
 * process over loopback, and follows `GET /v1/stream`. Each batch carries one threat with a unique
 * id; the time from sending its batch to seeing its alert in the feed is the ingest-to-visible
 * latency. Phase 1 offers a steady 10,000 posts/s; phase 2 offers as much as the server takes.
 * Both processes share this machine's cores, so the figures are a floor.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToken, followMarkers, loadTweets, ROOT, startServe, THREATS } from './common.js';

const tweets = loadTweets();
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 10_000);
const STEADY_S = Number(process.env.BENCH_STEADY_S ?? 20);
const MAX_S = Number(process.env.BENCH_MAX_S ?? 10);

const dir = mkdtempSync(join(tmpdir(), 'brightline-bench-'));
const env = { ...process.env, NO_COLOR: '1', BRIGHTLINE_LOG_LEVEL: 'warn' };
const token = (name: string, role: string): string => addToken(dir, env, name, role);
const ingestToken = token('bench', 'ingest');
const feedToken = token('feed', 'triage');

const { server, url } = await startServe(dir, env);

// The live feed: arrival times of the marker alerts.
const arrived = await followMarkers(url, feedToken);

const sent = new Map<string, number>();
let seq = 0;
let tweetAt = 0;
function body(): string {
  const parts: string[] = [];
  const marker = `lat-${seq}`;
  parts.push(JSON.stringify({ id: marker, text: THREATS[seq % THREATS.length], author: `m${seq}` }));
  for (let i = 1; i < BATCH; i++) {
    parts.push(
      JSON.stringify({
        id: `p${seq}-${i}`,
        text: tweets[tweetAt++ % tweets.length],
        author: `u${tweetAt % 5000}`,
      }),
    );
  }
  seq++;
  return parts.join('\n');
}

let refused = 0;
async function post(): Promise<void> {
  const marker = `lat-${seq}`;
  const b = body();
  for (;;) {
    const t = performance.now();
    const r = await fetch(`${url}/v1/posts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/x-ndjson' },
      body: b,
    });
    await r.arrayBuffer();
    if (r.status === 503) {
      refused++;
      // Retry-After is in whole seconds; a bench sender comes back sooner to keep the server busy.
      await new Promise((res) => setTimeout(res, 100));
      continue;
    }
    if (r.status !== 202) throw new Error(`POST /v1/posts answered ${r.status}`);
    sent.set(marker, t);
    return;
  }
}

async function stats(): Promise<Record<string, number>> {
  const r = await fetch(`${url}/v1/posts/stats`, { headers: { authorization: `Bearer ${ingestToken}` } });
  return (await r.json()) as Record<string, number>;
}

async function drained(): Promise<Record<string, number>> {
  for (;;) {
    const s = await stats();
    if (s.queued === 0 && s.analysed === s.accepted) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function latencies(
  from: number,
  to: number,
): { p50: number; p99: number; max: number; n: number; missing: number } {
  const xs: number[] = [];
  let missing = 0;
  for (let i = from; i < to; i++) {
    const s = sent.get(`lat-${i}`);
    const a = arrived.get(`lat-${i}`);
    if (s === undefined) continue;
    if (a === undefined) missing++;
    else xs.push(a - s);
  }
  xs.sort((a, b) => a - b);
  const q = (p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
  return { p50: q(0.5), p99: q(0.99), max: xs.at(-1) ?? NaN, n: xs.length, missing };
}

// Warm up (JIT, SQLite pages).
for (let i = 0; i < 10; i++) await post();
await drained();

const lines: string[] = [];
const log = (s: string): void => {
  console.log(s);
  lines.push(s);
};
const fmt = (x: number): string => Math.round(x).toLocaleString('en');
log(`Brightline serve benchmark — ${new Date().toISOString()} — node ${process.version}`);
log(`batches of ${BATCH} real tweets (NDJSON), one threat marker per batch, over loopback`);

// Phase 1: a steady offered load.
{
  const start = await stats();
  const first = seq;
  const interval = (BATCH / RATE) * 1000;
  const t0 = performance.now();
  const inflight = new Set<Promise<void>>();
  for (let k = 0; performance.now() - t0 < STEADY_S * 1000; k++) {
    const due = t0 + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = post().finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 8) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const end = await drained();
  const secs = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 200));
  const l = latencies(first, seq);
  log(
    `steady ${fmt(RATE)} posts/s offered for ${STEADY_S} s: ${fmt((end.analysed! - start.analysed!) / secs)} posts/s analysed; ingest→feed p50 ${l.p50.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms (${l.n} alerts timed, ${l.missing} missing)`,
  );
}

// Phase 2: as fast as it takes.
{
  const start = await stats();
  const first = seq;
  const t0 = performance.now();
  const workers = Array.from({ length: 4 }, async () => {
    while (performance.now() - t0 < MAX_S * 1000) await post();
  });
  await Promise.all(workers);
  const end = await drained();
  const secs = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 200));
  const l = latencies(first, seq);
  log(
    `saturated (4 concurrent senders, ${MAX_S} s): ${fmt((end.analysed! - start.analysed!) / secs)} posts/s analysed; ingest→feed p50 ${l.p50.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms; ${refused} batches refused with 503 and re-sent`,
  );
}

const s = await drained();
const conserved =
  s.received === s.accepted! + s.duplicate! + s.rejected! + s.skipped! && s.analysed === s.accepted;
log(
  `nothing lost: received ${fmt(s.received!)} = accepted ${fmt(s.accepted!)} + duplicate ${s.duplicate} + rejected ${s.rejected} + skipped ${s.skipped}; analysed ${fmt(s.analysed!)}; cases opened ${fmt(s.casesOpened!)} — ${conserved ? 'OK' : 'MISMATCH'}`,
);
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'serve-last-run.txt'), lines.join('\n') + '\n');
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
process.exit(conserved ? 0 : 1);
