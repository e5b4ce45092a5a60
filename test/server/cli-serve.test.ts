import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brightline');
const env = { ...process.env, NO_COLOR: '1', BRIGHTLINE_LOG_LEVEL: 'warn' };
const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, ...extraEnv } });

describe('brightline serve: the command-line contract', () => {
  it('starts on the embedded default under --data-dir, answers /healthz, refuses unauthenticated posts, stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brightline-cli-'));
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir], { env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no banner: ${stderr}`)), 20_000);
      child.stderr.on('data', () => {
        const m = /on (http:\/\/\S+)/.exec(stderr);
        if (m && /shown once/.test(stderr)) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
    expect(stderr).toMatch(/sign in as admin with password [a-z0-9-]{23}/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const r = await fetch(`${url}/v1/posts`, { method: 'POST', body: '[{"id":"1","text":"hi"}]' });
    expect(r.status).toBe(401);
    const password = /password ([a-z0-9-]+)/.exec(stderr)![1]!;
    const login = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await code).toBe(0);

    // state lives under --data-dir: the second start prints no new credential, the user is still there
    const list = run(['users', 'list', '--data-dir', dir]);
    expect(list.stdout).toMatch(/^admin\s+admin\s+active/m);
  });

  it('reports each bad setting clearly and exits 2', () => {
    const r = run(['serve', '--data-dir', mkdtempSync(join(tmpdir(), 'bl-')), '--port', '0'], {
      BRIGHTLINE_PORT: 'eighty',
      BRIGHTLINE_SECURE_COOKIES: 'maybe',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/BRIGHTLINE_SECURE_COOKIES="maybe"/);
    const p = run(['serve', '--port', 'eighty']);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/port number/);
  });

  it('users add | list | set-role | disable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brightline-users-'));
    const add = run(['users', 'add', 'ana', '--role', 'analyst', '--data-dir', dir]);
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/added ana \(analyst\); password: \S+/);
    expect(run(['users', 'add', 'ana', '--role', 'analyst', '--data-dir', dir]).stderr).toMatch(
      /already exists/,
    );
    expect(run(['users', 'set-role', 'ana', 'supervisor', '--data-dir', dir]).stdout).toMatch(
      /analyst → supervisor/,
    );
    expect(run(['users', 'disable', 'ana', '--data-dir', dir]).status).toBe(0);
    const users = JSON.parse(run(['users', 'list', '--json', '--data-dir', dir]).stdout);
    expect(users).toMatchObject([{ username: 'ana', role: 'supervisor', disabled: true }]);
    expect(run(['users', 'set-role', 'nobody', 'admin', '--data-dir', dir]).status).toBe(2);
    const report = run(['report', '--json', '--data-dir', dir]);
    expect(JSON.parse(report.stdout).alerts.total).toBe(0);
  });
});
