import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, THREATS, type Harness, type Json } from './harness.js';

let h: Harness;
const ids: Record<string, number> = {};
let ana: { cookie: string; csrf: string };
let ana2: { cookie: string; csrf: string };
let sup: { cookie: string; csrf: string };
let tri: { cookie: string; csrf: string };

const as = (s: { cookie: string; csrf: string }) => ({
  token: null,
  headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
});
const act = (s: { cookie: string; csrf: string }, id: number, body: object) =>
  h.req('POST', `/v1/cases/${id}/actions`, { ...as(s), body });
const reasoning = {
  target: 'the named judge',
  intent: 'calls for a bullet',
  conditionality: 'unconditional',
  context: 'no quote, no joke markers',
  specificity: 'home address given',
};

beforeAll(async () => {
  h = await harness({ protectedEntities: [{ name: 'Mayor Lee', aliases: ['the mayor'] }] });
  for (const [u, role] of [
    ['ana', 'analyst'],
    ['ana2', 'analyst'],
    ['sup', 'supervisor'],
    ['tri', 'triage'],
  ] as const)
    await h.b.services.accounts.createUser(u, PASSWORD, role);
  ana = await h.login('ana', PASSWORD);
  ana2 = await h.login('ana2', PASSWORD);
  sup = await h.login('sup', PASSWORD);
  tri = await h.login('tri', PASSWORD);
  await h.ingest(THREATS);
  for (const c of (await h.req('GET', '/v1/cases', { role: 'supervisor' })).body.cases) ids[c.postId] = c.id;
});
afterAll(() => h.close());

describe('the queue', () => {
  it('carries what an analyst needs: severity, kind, target, reasons, evidence on the redacted text', async () => {
    const c = (await h.req('GET', `/v1/cases/${ids.t3}`, as(tri))).body;
    expect(c.text).toContain('[ADDRESS]');
    expect(c.text).not.toContain('12 Oak Street');
    expect(c.piiKinds).toEqual(['address']);
    expect(c.severity).toMatch(/medium|high|critical/);
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(c.text.length);
    expect(c.evidence.some((e: Json) => c.text.slice(e.start, e.end).toLowerCase().includes('bullet'))).toBe(
      true,
    );
    expect(JSON.stringify(c)).not.toContain('third.author');
    expect(c.events[0].type).toBe('opened');
  });

  it('filters by severity, kind, protected entity and status, and sorts by severity', async () => {
    const all = (await h.req('GET', '/v1/cases', as(tri))).body.cases;
    const ranks = all.map((c: Json) => ['low', 'medium', 'high', 'critical'].indexOf(c.severity));
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
    const mayor = (await h.req('GET', '/v1/cases?protectedEntity=Mayor%20Lee', as(tri))).body;
    expect(mayor.cases.map((c: Json) => c.postId)).toEqual(['t1']);
    const direct = (await h.req('GET', '/v1/cases?kind=direct', as(tri))).body.cases;
    expect(direct.every((c: Json) => c.kind === 'direct')).toBe(true);
    const crit = (await h.req('GET', '/v1/cases?minSeverity=critical', as(tri))).body.cases;
    expect(crit.every((c: Json) => c.severity === 'critical')).toBe(true);
    expect((await h.req('GET', '/v1/cases?status=dismissed', as(tri))).body.total).toBe(0);
    expect((await h.req('GET', '/v1/cases?status=bogus', as(tri))).status).toBe(400);
  });

  it('records searches and views in the audit log', async () => {
    const r = (await h.req('GET', '/v1/audit?limit=1000', { role: 'auditor' })).body.records;
    expect(r.some((x: Json) => x.action === 'case.search' && x.actor === 'user:tri')).toBe(true);
    expect(r.some((x: Json) => x.action === 'case.view' && x.target === `case:${ids.t3}`)).toBe(true);
  });
});

describe('case workflow', () => {
  it('claim, note, dismiss with a reason; a dismissed case cannot be confirmed', async () => {
    const id = ids.t2!;
    expect((await act(tri, id, { action: 'claim' })).body.assignee).toBe('tri');
    await act(tri, id, { action: 'note', text: 'reads like hyperbole' });
    const bad = await act(tri, id, { action: 'dismiss', reason: 'because' });
    expect(bad.status).toBe(400);
    const d = await act(tri, id, { action: 'dismiss', reason: 'hyperbole', text: 'context is a video game' });
    expect(d.status).toBe(200);
    expect(d.body.status).toBe('dismissed');
    expect(d.body.events.map((e: Json) => e.type)).toEqual(['opened', 'claim', 'note', 'dismiss']);
    const again = await act(ana, id, { action: 'confirm' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/dismissed/);
  });

  it('a referral needs an analyst and then a different supervisor, each with their reasoning', async () => {
    const id = ids.t3!;
    expect((await act(tri, id, { action: 'escalate' })).body.status).toBe('escalated');
    expect((await act(ana, id, { action: 'confirm' })).body.status).toBe('confirmed');
    const missing = await act(ana, id, {
      action: 'refer',
      destination: 'state police',
      reasoning: { target: 'x' },
    });
    expect(missing.status).toBe(400);
    const req = await act(ana, id, { action: 'refer', destination: 'state police', reasoning });
    expect(req.body.status).toBe('referral_pending');
    expect((await act(ana2, id, { action: 'approve-referral', reasoning })).status).toBe(403);
    const ok = await act(sup, id, {
      action: 'approve-referral',
      reasoning: { ...reasoning, intent: 'explicit call' },
    });
    expect(ok.body.status).toBe('referred');
    expect(ok.body.legalHold).toBe(true);
    const steps = ok.body.events.filter((e: Json) => e.type === 'refer' || e.type === 'approve-referral');
    expect(steps.map((e: Json) => [e.actor, e.details.reasoning.intent])).toEqual([
      ['ana', 'calls for a bullet'],
      ['sup', 'explicit call'],
    ]);
  });

  it('a supervisor cannot approve their own referral', async () => {
    const id = ids.t1!;
    await act(sup, id, { action: 'confirm' });
    await act(sup, id, { action: 'refer', destination: 'police', reasoning });
    const r = await act(sup, id, { action: 'approve-referral', reasoning });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatch(/second person/);
    expect((await act(sup, id, { action: 'reject-referral', text: 'needs another look' })).body.status).toBe(
      'confirmed',
    );
  });
});

describe('reveal', () => {
  it('gives an analyst the handle for this case only, with a justification, and audits it', async () => {
    const r = await h.req('POST', `/v1/cases/${ids.t1}/reveal`, {
      ...as(ana),
      body: { justification: 'direct threat to the mayor with time and place; referral needs identity' },
    });
    expect(r.status).toBe(200);
    expect(r.body.author).toBe('angry.user');
    const audit = (await h.req('GET', '/v1/audit?action=case.reveal', { role: 'auditor' })).body.records;
    expect(audit[0].actor).toBe('user:ana');
    expect(audit[0].target).toBe(`case:${ids.t1}`);
    expect(audit[0].details.justification).toMatch(/referral needs identity/);
  });

  it('refuses without a justification, and refuses a triage user; both refusals are audited', async () => {
    const noReason = await h.req('POST', `/v1/cases/${ids.t1}/reveal`, {
      ...as(ana),
      body: { justification: 'because' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.author).toBeUndefined();
    const triage = await h.req('POST', `/v1/cases/${ids.t1}/reveal`, {
      ...as(tri),
      body: { justification: 'I would really like to know who this is, please' },
    });
    expect(triage.status).toBe(403);
    const refused = (await h.req('GET', '/v1/audit?action=case.reveal-refused', { role: 'auditor' })).body
      .records;
    expect(refused.map((x: Json) => x.actor).sort()).toEqual(['user:ana', 'user:tri']);
  });

  it('still reveals old cases after the author key is rotated; new cases use the new key', async () => {
    const before = (await h.req('GET', `/v1/cases/${ids.t2}`, as(ana))).body.authorPseudonym;
    const rot = await h.req('POST', '/v1/keys/rotate', { role: 'admin' });
    expect(rot.status).toBe(200);
    await h.ingest([
      { id: 'after-rotation', text: 'I am going to shoot you tomorrow, Dave', author: 'someone.else' },
    ]);
    const list = (await h.req('GET', '/v1/cases?sort=recent&limit=1', as(ana))).body.cases[0];
    expect(list.postId).toBe('after-rotation');
    expect(list.authorPseudonym).not.toBe(before); // same author, new key: not linkable across keys
    const body = { justification: 'checking reveal across the key rotation for the referral' };
    const old = await h.req('POST', `/v1/cases/${ids.t2}/reveal`, { ...as(ana), body });
    expect(old.body.author).toBe('someone.else');
    const fresh = await h.req('POST', `/v1/cases/${list.id}/reveal`, { ...as(ana), body });
    expect(fresh.body.author).toBe('someone.else');
    expect(fresh.body.keyId).toBe(rot.body.keyId);
  });
});

describe('evidence export', () => {
  it('JSON: the redacted post, its SHA-256, capture time, URL, assessment, reasoning and history; audited', async () => {
    const r = await h.req('GET', `/v1/cases/${ids.t3}/export?format=json`, as(ana));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="brightline-case-${ids.t3}.json"`,
    );
    expect(r.body.post.textRedacted).toContain('[ADDRESS]');
    expect(r.body.post.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body.reviewerReasoning).toHaveLength(2);
    expect(r.body.history.length).toBeGreaterThan(3);
    const audit = (await h.req('GET', '/v1/audit?action=case.export', { role: 'auditor' })).body.records;
    expect(audit[0].target).toBe(`case:${ids.t3}`);
  });

  it('HTML: a printable page with the evidence marked', async () => {
    const r = await h.req('GET', `/v1/cases/${ids.t3}/export?format=html`, as(ana));
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toContain('<mark');
    expect(r.text).toContain('[ADDRESS]');
    expect(r.text).toContain('Referral approved by sup');
  });
});
