import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ROLES, type Role } from '../../src/review/permissions.js';
import { harness, THREATS, type Harness } from './harness.js';

/**
 * safeguards.md §9, written out: what each role may do. The test drives every action through the
 * API as each role and checks that exactly these are allowed.
 */
const MAY: Record<string, Role[]> = {
  'see the queue': ['triage', 'analyst', 'supervisor'],
  'open a case': ['triage', 'analyst', 'supervisor'],
  'claim a case': ['triage', 'analyst', 'supervisor'],
  'add a note': ['triage', 'analyst', 'supervisor'],
  dismiss: ['triage', 'analyst', 'supervisor'],
  escalate: ['triage', 'analyst', 'supervisor'],
  confirm: ['analyst', 'supervisor'],
  'reveal the author': ['analyst', 'supervisor'],
  'export evidence': ['analyst', 'supervisor'],
  'request a referral': ['analyst', 'supervisor'],
  'approve a referral': ['supervisor'],
  'assign a case': ['supervisor'],
  'set a legal hold': ['supervisor'],
  'follow the live feed': ['triage', 'analyst', 'supervisor'],
  'see live source health': ['triage', 'analyst', 'supervisor', 'admin'],
  'read the audit log': ['auditor'],
  'verify the audit log': ['auditor'],
  'read the transparency report': ['triage', 'analyst', 'supervisor', 'auditor', 'admin'],
  'manage users': ['admin'],
  'manage API tokens': ['admin'],
  'manage webhooks': ['admin'],
  'rotate author keys': ['admin'],
  'run retention': ['admin'],
  'push posts': ['admin', 'ingest'],
};

let h: Harness;
let caseId: number;
beforeAll(async () => {
  h = await harness();
  await h.ingest(THREATS);
  caseId = (await h.req('GET', '/v1/cases', { role: 'supervisor' })).body.cases[0].id;
  await h.b.services.accounts.createUser('sam', 'supervisor password', 'supervisor');
});
afterAll(() => h.close());

const reasoning = {
  target: 'the mayor',
  intent: 'says he will',
  conditionality: 'none',
  context: 'no joke',
  specificity: 'time and place',
};

// Each request is shaped so that a permitted role gets past the permission check (a 2xx, or a 4xx
// about the request such as 409 for a status it cannot move from); only 401/403 mean "refused".
const ACTIONS: Record<string, () => [string, string, unknown?]> = {
  'see the queue': () => ['GET', '/v1/cases'],
  'open a case': () => ['GET', `/v1/cases/${caseId}`],
  'claim a case': () => ['POST', `/v1/cases/${caseId}/actions`, { action: 'release' }],
  'add a note': () => ['POST', `/v1/cases/${caseId}/actions`, { action: 'note', text: 'looked at it' }],
  dismiss: () => ['POST', '/v1/cases/999999/actions', { action: 'dismiss', reason: 'hyperbole' }],
  escalate: () => ['POST', '/v1/cases/999999/actions', { action: 'escalate' }],
  confirm: () => ['POST', '/v1/cases/999999/actions', { action: 'confirm' }],
  'reveal the author': () => [
    'POST',
    `/v1/cases/${caseId}/reveal`,
    { justification: 'credible threat against the mayor, need identity for referral' },
  ],
  'export evidence': () => ['GET', `/v1/cases/${caseId}/export`],
  'request a referral': () => [
    'POST',
    '/v1/cases/999999/actions',
    { action: 'refer', destination: 'police', reasoning },
  ],
  'approve a referral': () => ['POST', '/v1/cases/999999/actions', { action: 'approve-referral', reasoning }],
  'assign a case': () => ['POST', `/v1/cases/${caseId}/actions`, { action: 'assign', username: 'sam' }],
  'set a legal hold': () => ['POST', `/v1/cases/${caseId}/actions`, { action: 'hold', on: false }],
  'follow the live feed': () => ['GET', '/v1/stream'],
  'see live source health': () => ['GET', '/v1/sources'],
  'read the audit log': () => ['GET', '/v1/audit'],
  'verify the audit log': () => ['GET', '/v1/audit/verify'],
  'read the transparency report': () => ['GET', '/v1/transparency'],
  'manage users': () => ['GET', '/v1/users'],
  'manage API tokens': () => ['GET', '/v1/tokens'],
  'manage webhooks': () => ['GET', '/v1/webhooks'],
  'rotate author keys': () => ['POST', '/v1/keys/rotate'],
  'run retention': () => ['POST', '/v1/retention/run'],
  'push posts': () => ['POST', '/v1/posts', [{ id: 'perm-x', text: 'hello there' }]],
};

describe('permission matrix (safeguards.md §9)', () => {
  const roles: Role[] = [...USER_ROLES, 'ingest'];
  for (const [action, allowed] of Object.entries(MAY))
    it.each(roles)(`${action}: %s`, async (role) => {
      const [method, path, body] = ACTIONS[action]!();
      if (path === '/v1/stream') {
        const res = await h.app.request(path, { headers: { authorization: `Bearer ${h.tokens[role]}` } });
        await res.body?.cancel();
        expect(res.status === 403 ? 'refused' : 'allowed').toBe(
          allowed.includes(role) ? 'allowed' : 'refused',
        );
        return;
      }
      const r = await h.req(method, path, { role, body });
      expect(r.status, r.text).not.toBe(401);
      expect(r.status === 403 ? 'refused' : 'allowed', `${r.status} ${r.text}`).toBe(
        allowed.includes(role) ? 'allowed' : 'refused',
      );
    });

  it('the auditor reads the audit log without any post content', async () => {
    const r = await h.req('GET', '/v1/audit?limit=1000', { role: 'auditor' });
    const dump = JSON.stringify(r.body);
    for (const t of THREATS) {
      expect(dump).not.toContain(t.text.slice(0, 20));
      expect(dump).not.toContain(t.author);
    }
    expect(r.body.records.some((x: { action: string }) => x.action === 'case.view')).toBe(true);
  });

  it('the admin sees no case content', async () => {
    expect((await h.req('GET', '/v1/cases', { role: 'admin' })).status).toBe(403);
    expect((await h.req('GET', `/v1/cases/${caseId}`, { role: 'admin' })).status).toBe(403);
  });
});
