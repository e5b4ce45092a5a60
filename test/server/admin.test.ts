import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, THREATS, type Harness, type Json } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await harness(
    { topics: [{ name: 'elections', keywords: ['poll', 'ballot', 'vote'] }], minAuthorsPerCell: 10 },
    { measuredSuites: [join(import.meta.dirname, '..', '..', 'data', 'dev', 'threat-dev.tsv')] },
  );
});
afterAll(() => h.close());

describe('accounts through the API', () => {
  it('an admin adds a user, who signs in, changes their password and signs out', async () => {
    const add = await h.req('POST', '/v1/users', {
      role: 'admin',
      body: { username: 'newbie', role: 'triage', password: PASSWORD },
    });
    expect(add.status).toBe(201);
    expect(add.body.user).toMatchObject({ username: 'newbie', role: 'triage' });
    expect(JSON.stringify(add.body)).not.toContain(PASSWORD);
    expect(
      (
        await h.req('POST', '/v1/users', {
          role: 'admin',
          body: { username: 'newbie', role: 'triage', password: PASSWORD },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await h.req('POST', '/v1/users', {
          role: 'admin',
          body: { username: 'x y', role: 'triage', password: PASSWORD },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await h.req('POST', '/v1/users', {
          role: 'admin',
          body: { username: 'weak', role: 'triage', password: 'short' },
        })
      ).status,
    ).toBe(400);

    const s = await h.login('newbie', PASSWORD);
    const auth = { token: null, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } };
    const change = await h.req('POST', '/v1/auth/password', {
      ...auth,
      body: { currentPassword: PASSWORD, newPassword: 'an even longer passphrase' },
    });
    expect(change.status).toBe(204);
    expect((await h.login('newbie', PASSWORD)).status).toBe(401);
    const s2 = await h.login('newbie', 'an even longer passphrase');
    expect(s2.status).toBe(200);
    const auth2 = { token: null, headers: { cookie: s2.cookie, 'x-csrf-token': s2.csrf } };
    expect((await h.req('POST', '/v1/auth/logout', auth2)).status).toBe(204);
    expect((await h.req('GET', '/v1/auth/me', auth2)).status).toBe(401);
    const actions = (await h.req('GET', '/v1/audit?actor=user:newbie', { role: 'auditor' })).body.records.map(
      (r: Json) => r.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['login.success', 'user.password-change', 'logout']));
  });

  it('tokens are shown once, listed without the secret, and stop working when revoked', async () => {
    const t = await h.req('POST', '/v1/tokens', {
      role: 'admin',
      body: { name: 'collector', role: 'ingest' },
    });
    expect(t.status).toBe(201);
    expect(t.body.token).toMatch(/^blt_/);
    const list = await h.req('GET', '/v1/tokens', { role: 'admin' });
    expect(JSON.stringify(list.body)).not.toContain(t.body.token);
    expect((await h.req('GET', '/v1/posts/stats', { token: t.body.token })).status).toBe(200);
    expect((await h.req('DELETE', `/v1/tokens/${t.body.id}`, { role: 'admin' })).status).toBe(204);
    expect((await h.req('GET', '/v1/posts/stats', { token: t.body.token })).status).toBe(401);
    expect((await h.req('DELETE', '/v1/tokens/99999', { role: 'admin' })).status).toBe(404);
  });

  it('webhooks can be removed', async () => {
    const w = await h.req('POST', '/v1/webhooks', {
      role: 'admin',
      body: { name: 'x', url: 'http://127.0.0.1:9/x' },
    });
    expect((await h.req('DELETE', `/v1/webhooks/${w.body.webhook.id}`, { role: 'admin' })).status).toBe(204);
    expect((await h.req('GET', '/v1/webhooks', { role: 'admin' })).body.webhooks).toEqual([]);
  });
});

describe('oversight', () => {
  it('trends: counts per topic and hour, with cells under the author threshold suppressed', async () => {
    const posts = Array.from({ length: 30 }, (_, i) => ({
      id: `v${i}`,
      text: `remember to vote on tuesday ${i}`,
      author: `voter${i % (i < 20 ? 20 : 1)}`,
      createdAt: '2026-11-29T10:15:00Z',
    }));
    posts.push(
      ...Array.from({ length: 5 }, (_, i) => ({
        id: `w${i}`,
        text: 'ballot boxes are here',
        author: `few${i}`,
        createdAt: '2026-11-29T11:15:00Z',
      })),
    );
    await h.ingest(posts);
    await h.b.services.pipeline.flushAggregates();
    const r = await h.req('GET', '/v1/trends?topic=elections', { role: 'analyst' });
    expect(r.status).toBe(200);
    const topic = r.body.topics.find((t: Json) => t.topic === 'elections');
    expect(JSON.stringify(topic)).toMatch(/"posts":30/);
    expect(JSON.stringify(topic)).toMatch(/suppressed/);
    expect(JSON.stringify(r.body)).not.toMatch(/voter\d/);
  });

  it('a retention run from the API is audited with its actor', async () => {
    const r = await h.req('POST', '/v1/retention/run', { role: 'admin' });
    expect(r.status).toBe(200);
    expect(r.body.purged).toBe(0);
    const rec = (await h.req('GET', '/v1/audit?action=purge', { role: 'auditor' })).body.records[0];
    expect(rec.actor).toBe('token:admin-bot');
  });

  it('the transparency report has counts, the model version, measured rates per category and the audit head — no content', async () => {
    await h.ingest(THREATS);
    const r = (await h.req('GET', '/v1/transparency', { role: 'auditor' })).body;
    expect(r.alerts.total).toBe(3);
    expect(r.outcomes.open).toBe(3);
    expect(r.modelVersion).toMatch(/^engine-1\+threat-lr-/);
    expect(r.measuredAlertRates.find((c: Json) => c.category === 'negated')).toMatchObject({
      expect: 'no_alert',
    });
    expect(r.audit.headHash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(r);
    for (const t of THREATS) expect(dump).not.toContain(t.text.slice(0, 15));
  });
});
