import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { harness, PASSWORD, THREATS, type Harness, type Json } from './harness.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brightline');
const DAY = 86_400_000;
let h: Harness;
afterEach(() => h?.close());

function verifyCli(h: Harness): { status: number | null; stdout: string } {
  const store = h.b.services.config.store.url;
  const r = spawnSync(
    process.execPath,
    [BIN, 'audit', 'verify', '--data-dir', h.dir, ...(store ? ['--store', store] : [])],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  return { status: r.status, stdout: r.stdout };
}

async function withRecords(): Promise<Harness> {
  h = await harness();
  await h.ingest(THREATS);
  for (let i = 0; i < 4; i++) await h.req('GET', '/v1/cases', { role: 'triage' });
  await h.b.services.pipeline.drain();
  return h;
}

describe('audit log: tamper evidence', () => {
  it('verifies an untouched log, through the API and the command', async () => {
    await withRecords();
    const r = await h.req('GET', '/v1/audit/verify', { role: 'auditor' });
    expect(r.body.ok).toBe(true);
    expect(r.body.records).toBeGreaterThan(4);
    const cli = verifyCli(h);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/intact/);
  });

  it.each([
    ['edited', ["UPDATE audit_log SET actor = 'user:nobody' WHERE seq = 3"], 3],
    ['deleted', ['DELETE FROM audit_log WHERE seq = 3'], 4],
    [
      'reordered',
      // swap records 3 and 4, each keeping its own content and hash
      [
        'UPDATE audit_log SET seq = -1 WHERE seq = 3',
        'UPDATE audit_log SET seq = 3 WHERE seq = 4',
        'UPDATE audit_log SET seq = 4 WHERE seq = -1',
      ],
      3,
    ],
  ] as const)('finds a record that was %s', async (problem, tamper, at) => {
    await withRecords();
    // Straight at the database, behind the service's back (SQLite file or PostgreSQL alike).
    for (const statement of tamper) await sql.raw(statement).execute(h.b.services.db);
    const r = await h.b.services.audit.verify();
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ problem, seq: at });
    const cli = verifyCli(h);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`TAMPERED at record ${at} \\(${problem}\\)`));
  });
});

describe('retention (fake clock)', () => {
  it('purges dismissed cases after 30 days, confirmed after the configured period, never a held case; audited', async () => {
    h = await harness({ retention: { dismissedDays: 30, closedDays: 90 } });
    await h.b.services.accounts.createUser('sup', PASSWORD, 'supervisor');
    const sup = await h.login('sup', PASSWORD);
    const opts = { token: null, headers: { cookie: sup.cookie, 'x-csrf-token': sup.csrf } };
    await h.ingest(THREATS);
    const ids: Record<string, number> = {};
    for (const c of (await h.req('GET', '/v1/cases', { role: 'triage' })).body.cases) ids[c.postId] = c.id;
    const act = (id: number, body: object) => h.req('POST', `/v1/cases/${id}/actions`, { ...opts, body });
    await act(ids.t1!, { action: 'dismiss', reason: 'hyperbole' });
    await act(ids.t2!, { action: 'confirm' });
    await act(ids.t3!, { action: 'confirm' });
    await act(ids.t3!, { action: 'hold', on: true });

    h.advance(29 * DAY);
    expect((await h.b.services.retention.purge()).purged).toBe(0);
    h.advance(2 * DAY);
    const first = await h.b.services.retention.purge();
    expect(first.caseIds).toEqual([ids.t1]);
    expect((await h.req('GET', `/v1/cases/${ids.t1}`, { role: 'triage' })).status).toBe(404);

    h.advance(60 * DAY);
    const second = await h.b.services.retention.purge();
    expect(second.caseIds).toEqual([ids.t2]); // t3 is on legal hold
    expect((await h.req('GET', `/v1/cases/${ids.t3}`, { role: 'triage' })).status).toBe(200);

    const purges = (await h.req('GET', '/v1/audit?action=purge', { role: 'auditor' })).body.records;
    expect(purges.map((p: Json) => p.details.purged)).toEqual([1, 1, 0]);
    const report = (await h.req('GET', '/v1/transparency', { role: 'auditor' })).body;
    expect(report.purgedCases).toBe(2);
    expect(report.alerts.total).toBe(3); // purged cases still counted, without content
    expect(report.outcomes.dismissed).toBe(1);
    expect(report.purgeRuns).toBe(3);
    expect(JSON.stringify(report)).not.toContain('mayor');
  });
});
