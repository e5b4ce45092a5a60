/**
 * `npm run bench:soak`: a live source under a long, steady load with disconnects. A local
 * Jetstream-shaped server in this process makes RATE posts/s stamped with the current time, drops
 * every connection every DROP_S seconds, and replays from the cursor a client asks for. `brightline
 * serve` (its own process) follows it through the configured jetstream source. Every second the
 * bench samples the source's lag (from /readyz) and the server's RSS; at the end it checks that
 * every post made was analysed exactly once. SOAK_MINUTES (default 30), RATE (2000), DROP_S (60).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { addToken, loadTweets, ROOT, startServe } from './common.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const RATE = Number(process.env.RATE ?? 2000);
const DROP_S = Number(process.env.DROP_S ?? 60);
const texts = loadTweets();

// The server's log: the last KEEP_S seconds of frames, for cursor replays. Old frames leave by
// moving `logHead` (compacted now and then): shifting a 360,000-frame array for every frame made
// was what held the generator back in earlier runs.
const KEEP_S = Number(process.env.KEEP_S ?? 180);
const log: { t: number; frame: string }[] = [];
let logHead = 0;
let made = 0;
let lastT = 0;
const clients = new Set<{ ws: WebSocket; after: number }>();
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await new Promise<void>((r) => wss.once('listening', () => r()));
let started: () => void;
const firstClient = new Promise<void>((r) => (started = r));
wss.on('connection', (ws, req) => {
  started();
  const cursor = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('cursor') ?? NaN);
  const c = { ws, after: Number.isNaN(cursor) ? lastT : cursor };
  // replay what the client missed, then it gets live frames
  let lo = logHead;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid]!.t > c.after) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < log.length; i++) ws.send(log[i]!.frame);
  clients.add(c);
  ws.on('close', () => clients.delete(c));
});
// Posts are made from the moment Brightline first connects (a Jetstream client without a cursor
// starts at the live edge, so earlier posts would never be its to read).
let tick: NodeJS.Timeout | undefined;
let producingSince = 0;
void firstClient.then(() => {
  producingSince = Date.now();
  tick = setInterval(produce, 50);
});
// Paced by the clock, not by the timer: a late tick makes up what it missed, so the rate holds
// whatever else the machine is doing.
function produce(): void {
  const n = Math.floor(((Date.now() - producingSince) * RATE) / 1000) - made;
  const base = Date.now() * 1000;
  for (let i = 0; i < n; i++) {
    const t = Math.max(lastT + 1, base + i);
    lastT = t;
    const k = made++;
    const frame = JSON.stringify({
      did: `did:plc:soak${k % 5000}`,
      time_us: t,
      kind: 'commit',
      commit: {
        operation: 'create',
        collection: 'app.bsky.feed.post',
        rkey: `k${k}`,
        record: { text: texts[k % texts.length], createdAt: new Date().toISOString() },
      },
    });
    log.push({ t, frame });
    for (const c of clients) c.ws.send(frame);
  }
  const oldest = (Date.now() - KEEP_S * 1000) * 1000;
  while (logHead < log.length && log[logHead]!.t < oldest) logHead++;
  if (logHead > 100_000 && logHead * 2 > log.length) {
    log.splice(0, logHead);
    logHead = 0;
  }
}
const dropper = setInterval(() => {
  for (const c of clients) c.ws.terminate();
}, DROP_S * 1000);

const dir = mkdtempSync(join(tmpdir(), 'brightline-soak-'));
const cfg = join(dir, 'brightline.yaml');
writeFileSync(
  cfg,
  `sources:\n  - type: jetstream\n    name: soak\n    url: ws://127.0.0.1:${(wss.address() as AddressInfo).port}/subscribe\n    rewindSeconds: 2\n`,
);
const env = { ...process.env, NO_COLOR: '1', BRIGHTLINE_LOG_LEVEL: 'warn' };
const token = addToken(dir, env, 'soak', 'ingest');
const { server, url } = await startServe(dir, env, ['--config', cfg]);

const rssMb = (): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const failedSamples: string[] = [];
const samples: { s: number; lag: number | null; rss: number; reconnects: number }[] = [];
await firstClient;
const t0 = Date.now();
while (Date.now() - t0 < MINUTES * 60_000) {
  await new Promise((r) => setTimeout(r, 1000));
  if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) during the soak`);
  let ready: { sources: { lagSeconds: number | null; reconnects: number }[] };
  try {
    ready = (await (await fetch(`${url}/readyz`)).json()) as typeof ready;
  } catch (e) {
    // A sample lost to the HTTP client (a reused keep-alive socket the server just closed) is
    // counted and reported, not fatal: the server is still checked above.
    failedSamples.push(`${Math.round((Date.now() - t0) / 1000)} s: ${(e as Error).message}`);
    continue;
  }
  const s = ready.sources[0]!;
  samples.push({
    s: Math.round((Date.now() - t0) / 1000),
    lag: s.lagSeconds,
    rss: rssMb(),
    reconnects: s.reconnects,
  });
}
clearInterval(tick!);
clearInterval(dropper);
const madePerSecond = made / ((Date.now() - producingSince) / 1000);
// let it catch up, then compare
const stats = async (): Promise<Record<string, number>> =>
  (await (
    await fetch(`${url}/v1/posts/stats`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Record<string, number>;
let st = await stats();
for (let i = 0; i < 100 && (st.accepted !== made || st.queued !== 0); i++) {
  await new Promise((r) => setTimeout(r, 100));
  st = await stats();
}
const lags = samples.map((x) => x.lag ?? 0).sort((a, b) => a - b);
const q = (p: number): number => lags[Math.min(lags.length - 1, Math.floor(p * lags.length))] ?? NaN;
const rss = samples.map((x) => x.rss);
const firstMin = rss.slice(0, Math.min(60, rss.length));
const lastMin = rss.slice(-60);
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const perMinute: string[] = [];
for (let m = 0; m * 60 < rss.length; m++) perMinute.push(avg(rss.slice(m * 60, m * 60 + 60)).toFixed(0));
const lines = [
  `Brightline live-source soak — ${new Date().toISOString()} — node ${process.version}`,
  `${MINUTES} min of a local Jetstream-shaped server at ${RATE} posts/s (made ${Math.round(madePerSecond)}/s), every connection dropped every ${DROP_S} s`,
  `posts made ${made.toLocaleString('en')}; accepted ${st.accepted!.toLocaleString('en')} (duplicates from rewinds ${st.duplicate!.toLocaleString('en')}); analysed ${st.analysed!.toLocaleString('en')} — ${st.accepted === made && st.analysed === made ? 'zero loss, none twice' : 'MISMATCH'}`,
  `reconnects ${samples.at(-1)?.reconnects}; lag p50 ${q(0.5).toFixed(2)} s, p99 ${q(0.99).toFixed(2)} s, max ${q(1).toFixed(2)} s`,
  `server RSS: first minute ${avg(firstMin).toFixed(0)} MB, last minute ${avg(lastMin).toFixed(0)} MB, max ${Math.max(...rss).toFixed(0)} MB`,
  `server RSS by minute (MB): ${perMinute.join(' ')}`,
  `samples ${samples.length}; failed ${failedSamples.length}${failedSamples.length ? ` (${failedSamples.slice(0, 5).join('; ')})` : ''}`,
];
for (const l of lines) console.log(l);
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'soak-last-run.txt'), lines.join('\n') + '\n');
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
wss.close();
process.exit(st.accepted === made ? 0 : 1);
