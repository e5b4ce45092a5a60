import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/adapters/stores/sql-database.js';
import { AuditLog } from '../../src/review/audit-log.js';

describe('audit log with two writers on one database (a CLI command beside the server)', () => {
  it('keeps one unbroken chain', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bl-audit-')), 'brightline.db');
    const a = await openSqlite(path);
    const b = await openSqlite(path);
    const logA = new AuditLog(a);
    const logB = new AuditLog(b);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? logA : logB).append({
          actor: `writer:${i % 2 ? 'a' : 'b'}`,
          action: 'case.view',
          target: `case:${i}`,
        }),
      ),
    );
    const r = await logA.verify();
    expect(r).toMatchObject({ ok: true, records: 40 });
    await a.destroy();
    await b.destroy();
  });
});
