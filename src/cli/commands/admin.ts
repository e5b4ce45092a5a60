import { join } from 'node:path';
import { openDatabase } from '../../adapters/stores/sql-database.js';
import { rotateKeyring } from '../../adapters/keys/keyring.js';
import { AccountService, newPassword } from '../../review/accounts.js';
import { AuditLog } from '../../review/audit-log.js';
import { TransparencyService } from '../../review/transparency.js';
import type { Role } from '../../review/permissions.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../../review/errors.js';
import { resolveDataDir } from '../data-dir.js';
import { EXIT } from '../exit-codes.js';
import { createAnalyzer } from '../../core/analyze.js';
import { loadResources } from '../../adapters/models/file-models.js';
import { MEASURED_SUITES, measureSuites } from '../../presets.js';

const SYSTEM = `cli:${process.env.USER ?? 'local'}`;

async function withDb<T>(
  where: { dataDir?: string; store?: string },
  fn: (d: {
    accounts: AccountService;
    audit: AuditLog;
    db: Awaited<ReturnType<typeof openDatabase>>;
    dir: string;
  }) => Promise<T>,
): Promise<T> {
  const dir = resolveDataDir(where.dataDir);
  // The same store the service uses: PostgreSQL when given (flag or BRIGHTLINE_STORE), else SQLite here.
  const store = where.store ?? process.env.BRIGHTLINE_STORE;
  const db = await openDatabase(store || join(dir, 'brightline.db'));
  try {
    return await fn({ db, dir, accounts: new AccountService(db), audit: new AuditLog(db) });
  } finally {
    await db.destroy();
  }
}

function userError(e: unknown): number {
  if (e instanceof InvalidRequestError || e instanceof ConflictError || e instanceof NotFoundError) {
    process.stderr.write(`brightline: ${e.message}\n`);
    return EXIT.usage;
  }
  throw e;
}

export async function usersAdd(
  username: string,
  o: { role: Role; dataDir?: string; store?: string; password?: string },
): Promise<number> {
  try {
    return await withDb(o, async ({ accounts, audit }) => {
      const password = o.password ?? newPassword();
      const u = await accounts.createUser(username, password, o.role);
      await audit.append({
        actor: SYSTEM,
        action: 'user.create',
        target: `user:${u.username}`,
        details: { role: u.role },
      });
      process.stdout.write(`added ${u.username} (${u.role})${o.password ? '' : `; password: ${password}`}\n`);
      return EXIT.ok;
    });
  } catch (e) {
    return userError(e);
  }
}

export async function usersList(o: { dataDir?: string; store?: string; json?: boolean }): Promise<number> {
  return withDb(o, async ({ accounts }) => {
    const users = await accounts.listUsers();
    if (o.json) process.stdout.write(JSON.stringify(users, null, 2) + '\n');
    else
      for (const u of users)
        process.stdout.write(
          `${u.username.padEnd(24)} ${u.role.padEnd(11)} ${u.disabled ? 'disabled' : 'active'}\n`,
        );
    return EXIT.ok;
  });
}

export async function usersDisable(
  username: string,
  o: { dataDir?: string; store?: string },
): Promise<number> {
  try {
    return await withDb(o, async ({ accounts, audit }) => {
      await accounts.disableUser(username);
      await audit.append({ actor: SYSTEM, action: 'user.disable', target: `user:${username}` });
      process.stdout.write(`disabled ${username}; their sessions are ended\n`);
      return EXIT.ok;
    });
  } catch (e) {
    return userError(e);
  }
}

export async function usersSetRole(
  username: string,
  role: Role,
  o: { dataDir?: string; store?: string },
): Promise<number> {
  try {
    return await withDb(o, async ({ accounts, audit }) => {
      const r = await accounts.setRole(username, role);
      await audit.append({
        actor: SYSTEM,
        action: 'user.role-change',
        target: `user:${username}`,
        details: { from: r.from, to: role },
      });
      process.stdout.write(`${username}: ${r.from} → ${role}\n`);
      return EXIT.ok;
    });
  } catch (e) {
    return userError(e);
  }
}

export async function tokensAdd(
  name: string,
  o: { role: Role; dataDir?: string; store?: string },
): Promise<number> {
  try {
    return await withDb(o, async ({ accounts, audit }) => {
      const t = await accounts.createToken(name, o.role);
      await audit.append({
        actor: SYSTEM,
        action: 'token.create',
        target: `token:${t.id}`,
        details: { name, role: o.role },
      });
      process.stdout.write(`${t.token}\n`);
      process.stderr.write(`token ${name} (${o.role}) created; it is shown once\n`);
      return EXIT.ok;
    });
  } catch (e) {
    return userError(e);
  }
}

/** Exit 0 when the chain holds, 1 when it does not (with where it breaks). */
export async function auditVerify(o: { dataDir?: string; store?: string; json?: boolean }): Promise<number> {
  return withDb(o, async ({ audit }) => {
    const r = await audit.verify();
    if (o.json) process.stdout.write(JSON.stringify(r) + '\n');
    else if (r.ok)
      process.stdout.write(`audit log intact: ${r.records} records, head ${r.headSeq} ${r.headHash}\n`);
    else process.stdout.write(`audit log TAMPERED at record ${r.seq} (${r.problem}): ${r.message}\n`);
    await audit.append({ actor: SYSTEM, action: 'audit.verify', details: { ok: r.ok } });
    return r.ok ? EXIT.ok : EXIT.io;
  });
}

export async function keysRotate(o: { dataDir?: string; store?: string }): Promise<number> {
  return withDb(o, async ({ audit, dir }) => {
    const id = rotateKeyring(join(dir, 'author-keys.json'));
    await audit.append({ actor: SYSTEM, action: 'keys.rotate', details: { keyId: id } });
    process.stdout.write(
      `new author key ${id}; restart the service to use it (old keys are kept for reveal)\n`,
    );
    return EXIT.ok;
  });
}

export async function report(o: {
  dataDir?: string;
  store?: string;
  from?: string;
  to?: string;
  json?: boolean;
}): Promise<number> {
  return withDb(o, async ({ db, audit }) => {
    const analyze = createAnalyzer(loadResources());
    const t = new TransparencyService(db, audit, {
      modelVersion: analyze({ id: 'probe', text: 'hello' }).threat.modelVersion,
      measuredRates: measureSuites(MEASURED_SUITES, analyze),
    });
    const r = await t.report({
      from: o.from && new Date(o.from).toISOString(),
      to: o.to && new Date(o.to).toISOString(),
    });
    if (o.json) {
      process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      return EXIT.ok;
    }
    const line = (k: string, v: unknown): boolean => process.stdout.write(`${k.padEnd(28)} ${String(v)}\n`);
    process.stdout.write(
      `Brightline transparency report (${r.period.from ?? 'start'} – ${r.period.to ?? 'now'})\n\n`,
    );
    line('model version', r.modelVersion);
    line('alerts', r.alerts.total);
    for (const [k, v] of Object.entries(r.alerts.bySeverity)) line(`  severity ${k}`, v);
    for (const [k, v] of Object.entries(r.alerts.byKind)) line(`  kind ${k}`, v);
    for (const [k, v] of Object.entries(r.outcomes)) line(`outcome ${k}`, v);
    line('reveals', r.reveals);
    line('reveals refused', r.revealsRefused);
    line('referrals requested', r.referralRequests);
    line('referrals approved', r.referrals);
    line('purge runs', r.purgeRuns);
    line('cases purged', r.purgedCases);
    for (const c of r.measuredAlertRates)
      line(
        `alert rate ${c.category}`,
        `${(c.alertRate * 100).toFixed(0)}% of ${c.n} (${c.expect === 'alert' ? 'threats' : 'protected speech'})`,
      );
    if ('headHash' in r.audit) line('audit head', `${r.audit.headSeq} ${r.audit.headHash}`);
    else line('audit', r.audit.error);
    return EXIT.ok;
  });
}
