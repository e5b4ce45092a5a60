import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, HARMLESS, THREATS, type Harness, type Json } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await harness({ ingest: { maxQueue: 100 } });
});
afterAll(() => h.close());

describe('service basics', () => {
  it('answers health and readiness', async () => {
    expect((await h.req('GET', '/healthz')).status).toBe(200);
    const r = await h.req('GET', '/readyz');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ready');
  });

  it('publishes an OpenAPI document that lists exactly the routes the server has', async () => {
    const doc = (await h.req('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths as Record<string, object>))
      for (const m of Object.keys(methods)) documented.add(`${m.toUpperCase()} ${path}`);
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`),
    );
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it('refuses the API without credentials (401) and with a bad token (401)', async () => {
    expect((await h.req('POST', '/v1/posts', { body: [HARMLESS] })).status).toBe(401);
    expect((await h.req('GET', '/v1/cases', { token: 'blt_nonsense' })).status).toBe(401);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await h.req('GET', '/v1/nothing-here', { role: 'admin' });
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/no route/);
  });
});

describe('POST /v1/posts', () => {
  it('answers item by item and opens a case for each threat only', async () => {
    const r = await h.ingest([
      ...THREATS.slice(0, 2),
      HARMLESS,
      { id: 'x1' },
      'not an object',
      { kind: 'identity', did: 'did:plc:abc', identity: {}, time_us: 1 },
    ]);
    expect(r.results.map((x: Json) => x.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'rejected',
      'rejected',
      'skipped',
    ]);
    expect(r.results[3].reason).toBe('no text field');
    expect(r.results[4].reason).toMatch(/expected a JSON object/);
    const cases = (await h.req('GET', '/v1/cases', { role: 'triage' })).body;
    expect(cases.total).toBe(2);
    expect(cases.cases.map((c: Json) => c.postId).sort()).toEqual(['t1', 't2']);
  });

  it('takes NDJSON too', async () => {
    const body = [THREATS[2], { id: 'h2', text: 'lovely weather today' }]
      .map((p) => JSON.stringify(p))
      .join('\n');
    const r = await h.req('POST', '/v1/posts', { role: 'ingest', raw: body + '\n\n{broken' });
    expect(r.status).toBe(202);
    expect(r.body.results.map((x: Json) => x.status)).toEqual(['accepted', 'accepted', 'rejected']);
    expect(r.body.results[2].reason).toMatch(/malformed JSON/);
    await h.b.services.pipeline.drain();
  });

  it('is idempotent by post id: the same posts again are duplicates and open no case', async () => {
    const before = (await h.req('GET', '/v1/cases', { role: 'triage' })).body.total;
    const r = await h.ingest(THREATS);
    expect(r.results.map((x: Json) => x.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect((await h.req('GET', '/v1/cases', { role: 'triage' })).body.total).toBe(before);
  });

  it('refuses a batch that does not fit with 503 and Retry-After, taking nothing', async () => {
    const before = { ...h.b.services.pipeline.stats };
    const big = Array.from({ length: 150 }, (_, i) => ({ id: `big${i}`, text: `post number ${i}` }));
    const r = await h.req('POST', '/v1/posts', { role: 'ingest', body: big });
    expect(r.status).toBe(503);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(h.b.services.pipeline.stats.received).toBe(before.received);
    // the same batch in two halves goes through: nothing was remembered from the refused one
    const a = await h.ingest(big.slice(0, 75));
    const b = await h.ingest(big.slice(75));
    expect(a.accepted + b.accepted).toBe(150);
  });

  it('loses nothing: received = accepted + duplicate + rejected + skipped, and every accepted post is analysed', async () => {
    await h.b.services.pipeline.drain();
    const s = (await h.req('GET', '/v1/posts/stats', { role: 'ingest' })).body;
    expect(s.received).toBe(s.accepted + s.duplicate + s.rejected + s.skipped);
    expect(s.analysed).toBe(s.accepted);
    expect(s.queued).toBe(0);
  });

  it('rejects an empty body and a JSON body that is not an array', async () => {
    expect((await h.req('POST', '/v1/posts', { role: 'ingest', raw: '   ' })).status).toBe(400);
    const r = await h.req('POST', '/v1/posts', { role: 'ingest', raw: '[{"id":1,' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/not valid JSON/);
  });
});

describe('GET /v1/stream (live feed)', () => {
  it('sends a new alert as an event', async () => {
    const res = await h.app.request('/v1/stream', {
      headers: { authorization: `Bearer ${h.tokens.triage}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const readUntil = async (needle: string): Promise<void> => {
      while (!seen.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        seen += decoder.decode(value);
      }
    };
    await readUntil('event: ready');
    await h.ingest([{ id: 'live1', text: 'I will stab the governor at the rally on friday' }]);
    await readUntil('event: alert');
    const data = seen
      .split('event: alert')[1]!
      .split('\n')
      .find((l) => l.startsWith('data: '))!;
    const event = JSON.parse(data.slice(6));
    expect(event.case.postId).toBe('live1');
    expect(event.case.status).toBe('open');
    await reader.cancel();
  });

  it('is closed to roles without feed access', async () => {
    expect((await h.req('GET', '/v1/stream', { role: 'auditor' })).status).toBe(403);
  });
});
