import type { Kysely } from 'kysely';
import type { CursorStore } from '../../ports/live-source.js';
import type { Database } from './schema.js';

/** Source cursors in the service's database (one row per source). */
export class SqlCursorStore implements CursorStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(source: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('source_cursors')
      .select('cursor')
      .where('source', '=', source)
      .executeTakeFirst();
    return r?.cursor ?? null;
  }

  async set(source: string, cursor: string): Promise<void> {
    const updated_at = this.now().toISOString();
    await this.db
      .insertInto('source_cursors')
      .values({ source, cursor, updated_at })
      .onConflict((oc) => oc.column('source').doUpdateSet({ cursor, updated_at }))
      .execute();
  }
}

/** Cursors in memory, for `watch` without a data directory and for tests. */
export class MemoryCursorStore implements CursorStore {
  readonly cursors = new Map<string, string>();
  async get(source: string): Promise<string | null> {
    return this.cursors.get(source) ?? null;
  }
  async set(source: string, cursor: string): Promise<void> {
    this.cursors.set(source, cursor);
  }
}
