import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, THREATS, type Harness, type Json } from './harness.js';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let h: Harness;
let server: Server;
let url: string;
let received: Received[];
let answers: number[];

beforeEach(async () => {
  received = [];
  answers = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  h = await harness({ webhooks: { maxAttempts: 3, baseDelaySeconds: 10 } });
});
afterEach(async () => {
  await h.close();
  await new Promise((r) => server.close(r));
});

async function addHook(minSeverity = 'medium'): Promise<{ id: number; secret: string }> {
  const r = await h.req('POST', '/v1/webhooks', { role: 'admin', body: { name: 'ops', url, minSeverity } });
  expect(r.status).toBe(201);
  return { id: r.body.webhook.id, secret: r.body.secret };
}

describe('webhooks', () => {
  it('delivers a signed, Slack-compatible notification without the author or the post', async () => {
    const { secret } = await addHook();
    await h.ingest([THREATS[0]!]);
    expect(await h.b.services.webhooks.deliverDue()).toBe(1);
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    const [t, v1] = String(headers['x-brightline-signature']).split(',');
    const ts = t!.slice(2);
    expect(v1!.slice(3)).toBe(createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex'));
    const msg = JSON.parse(body);
    expect(msg.text).toMatch(/^Possible direct threat — needs review/);
    expect(msg.brightline.link).toMatch(/\/cases\/\d+$/);
    expect(msg.brightline.reasons.length).toBeGreaterThan(0);
    expect(body).not.toContain('angry.user');
    expect(body).not.toContain('town hall');
  });

  it('honours the severity threshold per hook', async () => {
    await addHook('critical');
    await h.ingest([{ id: 'w', text: 'someone should hurt those people' }]);
    const c = (await h.req('GET', '/v1/cases', { role: 'triage' })).body.cases;
    await h.b.services.webhooks.deliverDue();
    expect(received.length).toBe(c.filter((x: Json) => x.severity === 'critical').length);
  });

  it('retries with exponential backoff, then succeeds', async () => {
    await addHook();
    answers = [500, 503];
    await h.ingest([THREATS[0]!]);
    await h.b.services.webhooks.deliverDue();
    expect(received).toHaveLength(1);
    await h.b.services.webhooks.deliverDue(); // not due yet
    expect(received).toHaveLength(1);
    h.advance(10_000);
    await h.b.services.webhooks.deliverDue();
    expect(received).toHaveLength(2);
    h.advance(10_000); // the second retry waits 20 s
    await h.b.services.webhooks.deliverDue();
    expect(received).toHaveLength(2);
    h.advance(10_000);
    await h.b.services.webhooks.deliverDue();
    expect(received).toHaveLength(3);
    const [d] = (await h.req('GET', '/v1/webhook-deliveries', { role: 'admin' })).body.deliveries;
    expect(d).toMatchObject({ status: 'delivered', attempts: 3 });
  });

  it('puts a delivery that keeps failing in the dead-letter list, and replays it', async () => {
    const hook = await addHook();
    answers = [500, 500, 500];
    await h.ingest([THREATS[0]!]);
    for (let i = 0; i < 3; i++) {
      await h.b.services.webhooks.deliverDue();
      h.advance(60_000);
    }
    const dead = (await h.req('GET', '/v1/webhook-deliveries?status=dead', { role: 'admin' })).body
      .deliveries;
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ attempts: 3, lastError: 'HTTP 500' });
    const list = (await h.req('GET', '/v1/webhooks', { role: 'admin' })).body.webhooks;
    expect(list[0]).toMatchObject({
      id: hook.id,
      deliveries: { dead: 1, delivered: 0 },
      lastError: 'HTTP 500',
    });

    expect(
      (await h.req('POST', `/v1/webhook-deliveries/${dead[0].id}/replay`, { role: 'admin' })).status,
    ).toBe(202);
    await h.b.services.webhooks.deliverDue();
    expect(received).toHaveLength(4);
    const after = (await h.req('GET', '/v1/webhook-deliveries', { role: 'admin' })).body.deliveries[0];
    expect(after.status).toBe('delivered');
    const audit = (await h.req('GET', '/v1/audit?action=webhook.replay', { role: 'auditor' })).body.records;
    expect(audit).toHaveLength(1);
  });

  it('refuses a webhook URL that is not http(s)', async () => {
    const r = await h.req('POST', '/v1/webhooks', {
      role: 'admin',
      body: { name: 'x', url: 'file:///etc/passwd' },
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/url/);
  });
});
