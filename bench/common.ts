import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the service benchmarks share: the corpus, the marker threats, the live-feed follower. */

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'brightline');

/** The 126k real tweets of `../shared/data/bench/tweets.txt`, one per line. */
export function loadTweets(): string[] {
  const corpus = [
    join(ROOT, '..', 'shared', 'data', 'bench', 'tweets.txt'),
    join(ROOT, 'data', 'bench', 'tweets.txt'),
  ].find(existsSync);
  if (!corpus) throw new Error('bench corpus not found: ../shared/data/bench/tweets.txt');
  return readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
}

/** Threats the marker posts carry (one per batch, with a unique `lat-N` id). */
export const THREATS = [
  'I am going to shoot the mayor tomorrow at the town hall',
  'gonna k1ll the poll workers at the school tmrw',
  'I will stab that judge when he leaves court on friday',
];

/**
 * Follows `GET /v1/stream` and records when each marker alert (`lat-N`) arrives, in
 * `performance.now()` time; returns the map it fills.
 */
export async function followMarkers(url: string, token: string): Promise<Map<string, number>> {
  const arrived = new Map<string, number>();
  const feed = await fetch(`${url}/v1/stream`, { headers: { authorization: `Bearer ${token}` } });
  void (async () => {
    const reader = feed.body!.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (!block.startsWith('event: alert')) continue;
        const m = /"postId":"(lat-\d+)"/.exec(block);
        if (m) arrived.set(m[1]!, performance.now());
      }
    }
  })().catch(() => undefined);
  return arrived;
}

/** Starts `brightline serve --port 0 --data-dir DIR …ARGS` as its own process; resolves with its URL. */
export async function startServe(
  dir: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let banner = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.stderr!.on('data', (d: Buffer) => {
      banner += d.toString();
      const m = /on (http:\/\/\S+)/.exec(banner);
      if (m) resolve(m[1]!);
    });
    server.on('exit', () => reject(new Error(`server exited: ${banner}`)));
  });
  return { server, url };
}

/** A new API token with this role (`brightline tokens add`), for the service in DIR. */
export function addToken(dir: string, env: NodeJS.ProcessEnv, name: string, role: string): string {
  return spawnSync(process.execPath, [BIN, 'tokens', 'add', name, '--role', role, '--data-dir', dir], {
    encoding: 'utf8',
    env,
  }).stdout.trim();
}
