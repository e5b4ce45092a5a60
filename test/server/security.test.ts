import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, type Harness, type Json } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await harness({ server: { maxBodyBytes: 4096, secureCookies: true } });
  await h.b.services.accounts.createUser('ana', PASSWORD, 'analyst');
});
afterAll(() => h.close());

const SQL = "'; DROP TABLE cases; --";
const SCRIPT = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('malicious input is harmless', () => {
  it('oversized bodies: 413 with a clear message', async () => {
    const big = JSON.stringify([{ id: '1', text: 'x'.repeat(5000) }]);
    const r = await h.req('POST', '/v1/posts', { role: 'ingest', raw: big });
    expect(r.status).toBe(413);
    expect(r.body.error).toMatch(/larger than 4096 bytes/);
    const small = await h.req('POST', '/v1/users', {
      role: 'admin',
      raw: JSON.stringify({ x: 'y'.repeat(70_000) }),
    });
    expect(small.status).toBe(413);
  });

  it('invalid JSON: 400 on every JSON route', async () => {
    for (const [path, role] of [
      ['/v1/users', 'admin'],
      ['/v1/webhooks', 'admin'],
      ['/v1/cases/1/actions', 'analyst'],
      ['/v1/auth/login', undefined],
    ] as const) {
      const r = await h.req('POST', path, {
        role,
        raw: '{"oops":',
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status, path).toBe(400);
      expect(r.body.error).toMatch(/valid JSON/);
    }
  });

  it('SQL and script payloads in posts are stored and returned as plain text', async () => {
    await h.ingest([{ id: SQL, text: `I will shoot the mayor tomorrow ${SQL} ${SCRIPT}`, author: SQL }]);
    const cases = (await h.req('GET', '/v1/cases', { role: 'analyst' })).body.cases;
    expect(cases).toHaveLength(1);
    expect(cases[0].postId).toBe(SQL);
    expect(cases[0].text).toContain(SCRIPT);
    const html = (await h.req('GET', `/v1/cases/${cases[0].id}/export?format=html`, { role: 'analyst' }))
      .text;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('SQL in every query parameter: refused as invalid or matched literally', async () => {
    const enc = encodeURIComponent(SQL);
    for (const q of ['kind', 'severity', 'minSeverity', 'status', 'sort', 'limit', 'offset', 'from'])
      expect((await h.req('GET', `/v1/cases?${q}=${enc}`, { role: 'analyst' })).status, q).toBe(400);
    for (const q of ['topic', 'targetType', 'protectedEntity', 'assignee']) {
      const r = await h.req('GET', `/v1/cases?${q}=${enc}`, { role: 'analyst' });
      expect(r.status, q).toBe(200);
      expect(r.body.total, q).toBe(0);
    }
    expect((await h.req('GET', `/v1/audit?action=${enc}`, { role: 'auditor' })).body.records).toEqual([]);
    expect((await h.req('GET', `/v1/cases?unknown=1`, { role: 'analyst' })).status).toBe(400);
    expect((await h.req('GET', '/v1/cases', { role: 'analyst' })).body.total).toBe(1); // the table is still there
  });

  it('path traversal and junk in ids and export names: 400', async () => {
    for (const p of [
      '/v1/cases/..%2F..%2Fetc%2Fpasswd/export',
      '/v1/cases/1%2F..%2F2/export',
      '/v1/cases/-1',
      '/v1/cases/1e3',
      `/v1/cases/${encodeURIComponent(SQL)}`,
    ])
      expect((await h.req('GET', p, { role: 'analyst' })).status, p).toBe(400);
    const r = await h.req('GET', '/v1/cases/1/export?format=..%2F..%2Fetc%2Fpasswd', { role: 'analyst' });
    expect(r.status).toBe(400);
  });
});

describe('sessions and sign-in', () => {
  it('sets a Secure, HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await h.app.request('/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ana', password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('needs the CSRF token for changes made with a session cookie', async () => {
    const s = await h.login('ana', PASSWORD);
    const body = { action: 'note', text: 'x' };
    const without = await h.req('POST', '/v1/cases/1/actions', {
      token: null,
      headers: { cookie: s.cookie },
      body,
    });
    expect(without.status).toBe(403);
    expect(without.body.error).toMatch(/CSRF/);
    const withToken = await h.req('POST', '/v1/cases/1/actions', {
      token: null,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      body,
    });
    expect(withToken.status).toBe(200);
    const me = await h.req('GET', '/v1/auth/me', { token: null, headers: { cookie: s.cookie } });
    expect(me.body.principal.username).toBe('ana');
  });

  it('rate-limits failed sign-ins (429 with Retry-After) and audits them', async () => {
    await h.b.services.accounts.createUser('victim', PASSWORD, 'triage');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await h.login('victim', 'wrong password!!')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // even the right password waits now
    expect((await h.login('victim', PASSWORD)).status).toBe(429);
    const fails = (await h.req('GET', '/v1/audit?action=login.failure', { role: 'auditor' })).body.records;
    expect(fails.filter((r: Json) => r.actor === 'user:victim')).toHaveLength(5);
  });

  it('a disabled user cannot sign in and loses their sessions; sessions expire', async () => {
    await h.b.services.accounts.createUser('leaver', PASSWORD, 'analyst');
    const s = await h.login('leaver', PASSWORD);
    const r = await h.req('PATCH', '/v1/users/leaver', { role: 'admin', body: { disabled: true } });
    expect(r.body.user.disabled).toBe(true);
    expect((await h.req('GET', '/v1/cases', { token: null, headers: { cookie: s.cookie } })).status).toBe(
      401,
    );
    expect((await h.login('leaver', PASSWORD)).status).toBe(401);
    const a = await h.login('ana', PASSWORD);
    h.advance(13 * 3600_000);
    expect((await h.req('GET', '/v1/cases', { token: null, headers: { cookie: a.cookie } })).status).toBe(
      401,
    );
  });

  it('role changes are audited', async () => {
    await h.b.services.accounts.createUser('mover', PASSWORD, 'triage');
    await h.req('PATCH', '/v1/users/mover', { role: 'admin', body: { role: 'analyst' } });
    const rec = (await h.req('GET', '/v1/audit?action=user.role-change', { role: 'auditor' })).body
      .records[0];
    expect(rec).toMatchObject({ target: 'user:mover', details: { from: 'triage', to: 'analyst' } });
  });
});
