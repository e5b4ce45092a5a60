import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeJetstream, postFrame, type FakeJetstream } from './fake-jetstream.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brightline');
const env = { ...process.env, NO_COLOR: '1', BRIGHTLINE_LOG_LEVEL: 'warn' };
let server: FakeJetstream | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('brightline watch / replay / serve with sources', () => {
  it('watch follows a Jetstream URL and prints the alerts as they come', async () => {
    server = await fakeJetstream({
      frames: Array.from({ length: 30 }, (_, i) =>
        postFrame(
          i,
          i === 7 ? 'I am going to shoot the mayor tomorrow at noon' : `calm post ${i}`,
          1_795_000_000_000_000 + i,
        ),
      ),
    });
    const child = spawn(process.execPath, [BIN, 'watch', server.url, '--format', 'jsonl'], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const deadline = Date.now() + 20_000;
    while (!out.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const exit = new Promise<number | null>((r) => child.on('exit', r));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    const alerts = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; alert: boolean });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.id).toMatch(/rkey7$/);
    expect(err).toMatch(/30 posts analysed, 1 alerts, 0 malformed/);
  });

  it('replay plays a recorded file at the given pace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-replay-'));
    const file = join(dir, 'rec.jsonl');
    writeFileSync(
      file,
      [1, 2, 3, 4]
        .map((i) =>
          JSON.stringify({ id: `r${i}`, text: i === 2 ? 'I will stab you tonight, Mark' : 'hello there' }),
        )
        .join('\n') + '\n',
    );
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'replay', file, '--rate', '10', '--format', 'jsonl'], {
      encoding: 'utf8',
      env,
    });
    expect(r.status).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300); // 4 posts at 10/s
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['r2']);
    expect(r.stderr).toMatch(/4 posts replayed at 10\/s, 1 alerts/);
  });

  it('serve reads the configured sources and reports their health on /readyz', async () => {
    server = await fakeJetstream({
      frames: Array.from({ length: 10 }, (_, i) => postFrame(i, `post ${i}`, 1_795_000_000_000_000 + i)),
    });
    const dir = mkdtempSync(join(tmpdir(), 'bl-serve-src-'));
    const cfg = join(dir, 'brightline.yaml');
    writeFileSync(cfg, `sources:\n  - type: jetstream\n    name: bsky\n    url: ${server.url}\n`);
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir, '--config', cfg], {
      env,
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const deadline = Date.now() + 20_000;
    while (!/on (http:\/\/\S+)/.test(err) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const url = /on (http:\/\/\S+)/.exec(err)![1]!;
    let ready: { sources: { name: string; state: string; posts: number }[] } = { sources: [] };
    while (Date.now() < deadline) {
      ready = (await (await fetch(`${url}/readyz`)).json()) as typeof ready;
      if (ready.sources[0]?.posts === 10) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready.sources[0]).toMatchObject({ name: 'bsky', state: 'connected', posts: 10 });
    const exit = new Promise<number | null>((r) => child.on('exit', r));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses a bad source in the config with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-bad-src-'));
    const cfg = join(dir, 'brightline.yaml');
    writeFileSync(cfg, 'sources:\n  - type: mastodon\n    name: m\n    instance: ftp://nope\n');
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir, '--config', cfg], {
      encoding: 'utf8',
      env,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sources\.0\.instance/);
  });
});
