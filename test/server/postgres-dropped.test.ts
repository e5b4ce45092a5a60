import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../../src/adapters/stores/sql-database.js';
import { freshDatabase } from './harness.js';

// In the `postgres` project only: what a server restart or failover does to a connection in use.
const server = inject('postgresUrl');

describe.skipIf(!server)('a PostgreSQL connection dropped while in use', () => {
  it('fails the query it was running, and the process and the pool go on', async () => {
    const url = await freshDatabase(server!);
    const db = await openPostgres(url, { poolSize: 2 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await db.connection().execute(async (c) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(c);
        // (its outcome taken at once, so the failure is never an unhandled rejection while we wait)
        const running = sql`select pg_sleep(10)`.execute(c).then(
          () => 'finished',
          (e: unknown) => e,
        );
        // (the server ends that backend as a restart would: "terminating connection due to administrator command")
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        expect(await running).toBeInstanceOf(Error);
      });
      // (an unhandled "error" event on the dropped client would have failed this test file by now)
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(rows[0]!.one).toBe(1);
    } finally {
      await admin.end();
      await db.destroy();
    }
  });
});
