import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { MigrationProvider } from 'kysely';
import pg from 'pg';
import { StoreError } from '../../ports/alert-store.js';
import { redactUrl } from '../redact-url.js';
import type { Database } from './schema.js';
import { migrations } from './schema.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** True for a PostgreSQL connection string (`postgres://…` or `postgresql://…`). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Whether this database is PostgreSQL (else SQLite): the few places that differ ask this. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function migrate(db: Kysely<Database>, where: string): Promise<Kysely<Database>> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`database ${where}: migration ${failed} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return db;
}

/** Opens (creating if needed) the SQLite database at `path` (WAL) and brings its schema up to date. */
export async function openSqlite(path: string): Promise<Kysely<Database>> {
  let raw: SqliteDatabase.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new StoreError(`cannot open database ${path}: ${(e as Error).message}`, { cause: e });
  }
  return migrate(new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }), path);
}

// Counts and sums come back from PostgreSQL as strings (int8, numeric); every count here fits a
// double, so they are read as numbers, as SQLite gives them.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How long to wait for the server on first connect before giving up, in ms (default 10 s). */
  connectTimeoutMs?: number;
}

/**
 * Connects a pool to PostgreSQL at `url` and brings the schema up to date (the same Kysely
 * migrations as SQLite; concurrent starts are serialised by an advisory lock).
 */
export async function openPostgres(url: string, o: PostgresOptions = {}): Promise<Kysely<Database>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: o.poolSize ?? 10,
    connectionTimeoutMillis: o.connectTimeoutMs ?? 10_000,
    types,
  });
  // An idle connection that the server drops (restart, failover) is reported here, not thrown;
  // one dropped while checked out reports on its own client (without a listener there, a restart
  // would crash the process): its query fails and the caller retries, and on release the pool is
  // told it broke, so it drops it instead of handing the dead connection out again.
  pool.on('error', () => undefined);
  const broken = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => client.on('error', () => broken.add(client)));
  // (a server that ends a backend first fails its running query with a FATAL message, then closes
  // the socket: the client is marked broken at the message, before the pool could lend it again)
  const kyselyPool = {
    connect: async () => {
      const client = await pool.connect();
      const release = client.release.bind(client);
      const query = client.query.bind(client) as (text: string, values: unknown[]) => Promise<pg.QueryResult>;
      return Object.assign(client, {
        query: (text: string, values: unknown[]) =>
          query(text, values).catch((e: unknown) => {
            if ((e as { severity?: string }).severity === 'FATAL' || /terminated/i.test(String(e)))
              broken.add(client);
            throw e;
          }),
        release: (err?: Error | boolean) =>
          release(err || (broken.has(client) ? new Error('connection lost while in use') : undefined)),
      });
    },
    end: () => pool.end(),
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: kyselyPool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy();
    throw new StoreError(`cannot connect to ${redactUrl(url)}: ${(e as Error).message}`, { cause: e });
  }
  return migrate(db, redactUrl(url));
}

/** Opens the store named by `target`: a PostgreSQL URL, or a SQLite file path. */
export function openDatabase(target: string, o: PostgresOptions = {}): Promise<Kysely<Database>> {
  return isPostgresUrl(target) ? openPostgres(target, o) : openSqlite(target);
}

/**
 * Serialises writers that must see each other's rows (the audit chain's tail) across processes:
 * PostgreSQL takes a transaction-scoped advisory lock; SQLite's single writer already serialises.
 */
export async function lockForAppend(trx: Kysely<Database>, key: number): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

/**
 * Whether a store error will likely pass by itself (the server is down or restarting, a lock or
 * serialisation conflict) rather than come back for the same data (a constraint, a bad value).
 */
export function isTransientStoreError(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? '');
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)$/.test(code)) return true;
  // PostgreSQL SQLSTATE: 08 connection, 53 resources, 57P0x shutdown, 40001/40P01 conflicts.
  if (/^(08|53|57P0|40001|40P01)/.test(code)) return true;
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  return /connect|terminat|timeout|closed|not queryable/i.test((e as Error)?.message ?? '');
}
