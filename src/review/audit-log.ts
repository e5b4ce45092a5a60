import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { lockForAppend } from '../adapters/stores/sql-database.js';
import type { Database } from '../adapters/stores/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Actions the log records. Details never hold post content, so auditors can read every record. */
export type AuditAction =
  | 'login.success'
  | 'login.failure'
  | 'logout'
  | 'case.view'
  | 'case.search'
  | 'case.claim'
  | 'case.assign'
  | 'case.note'
  | 'case.dismiss'
  | 'case.escalate'
  | 'case.confirm'
  | 'case.close'
  | 'case.hold'
  | 'case.export'
  | 'case.reveal'
  | 'case.reveal-refused'
  | 'referral.request'
  | 'referral.approve'
  | 'referral.reject'
  | 'user.create'
  | 'user.disable'
  | 'user.role-change'
  | 'user.password-change'
  | 'token.create'
  | 'token.revoke'
  | 'webhook.create'
  | 'webhook.delete'
  | 'webhook.replay'
  | 'config.change'
  | 'keys.rotate'
  | 'audit.read'
  | 'audit.verify'
  | 'purge'
  | 'service.start';

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type VerifyResult =
  | { ok: true; records: number; headSeq: number; headHash: string }
  | {
      ok: false;
      records: number;
      seq: number;
      problem: 'edited' | 'deleted' | 'reordered';
      message: string;
    };

/**
 * The hash of one record: its content and the hash of the record before it. The sequence number is
 * where the record is stored, not part of it, so a moved record shows as out of order.
 */
/** The advisory lock key that serialises audit appends on PostgreSQL ('BLAU' in ASCII). */
const AUDIT_CHAIN_LOCK = 0x424c4155;

export function recordHash(r: Omit<AuditRecord, 'hash' | 'seq'>): string {
  return createHash('sha256')
    .update(r.prevHash)
    .update('\n')
    .update(JSON.stringify([r.at, r.actor, r.action, r.target, r.details]))
    .digest('hex');
}

/**
 * Append-only, hash-chained audit log. Each record holds the hash of the one before, so editing,
 * deleting or reordering a record breaks the chain at that point; deleting the newest records is
 * caught by comparing with a published head (the transparency report carries it). Appends are
 * serialised in this process, and across processes by the database (see `append`).
 */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  append(e: {
    actor: string;
    action: AuditAction;
    target?: string | null;
    details?: Record<string, unknown>;
  }): Promise<AuditRecord> {
    const run = async (): Promise<AuditRecord> =>
      this.db.transaction().execute(async (trx) => {
        await lockForAppend(trx, AUDIT_CHAIN_LOCK);
        const last = await trx
          .selectFrom('audit_log')
          .select(['seq', 'hash'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const base = {
          seq: (last?.seq ?? 0) + 1,
          at: this.now().toISOString(),
          actor: e.actor,
          action: e.action,
          target: e.target ?? null,
          details: e.details ?? {},
          prevHash: last?.hash ?? GENESIS_HASH,
        };
        const rec = { ...base, hash: recordHash(base) };
        await trx
          .insertInto('audit_log')
          .values({
            seq: rec.seq,
            at: rec.at,
            actor: rec.actor,
            action: rec.action,
            target: rec.target,
            details: JSON.stringify(rec.details),
            prev_hash: rec.prevHash,
            hash: rec.hash,
          })
          .execute();
        return rec;
      });
    // On PostgreSQL the advisory lock serialises appends from every process. On SQLite another
    // process (a CLI command beside the server) may append between our read and our insert: the
    // insert of the same seq then fails and we read the new tail and try again, so the chain
    // stays one line.
    const withRetry = async (): Promise<AuditRecord> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await run();
        } catch (e) {
          if (attempt >= 8) throw e;
          await new Promise((r) => setTimeout(r, 5 * 2 ** attempt));
        }
      }
    };
    const p = this.tail.then(withRetry, withRetry);
    this.tail = p.catch(() => undefined);
    return p;
  }

  /** Records, newest first, filtered. */
  async list(
    opts: {
      action?: string;
      actor?: string;
      target?: string;
      from?: string;
      to?: string;
      beforeSeq?: number;
      limit?: number;
    } = {},
  ): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('audit_log').selectAll();
    if (opts.action) q = q.where('action', '=', opts.action);
    if (opts.actor) q = q.where('actor', '=', opts.actor);
    if (opts.target) q = q.where('target', '=', opts.target);
    if (opts.from) q = q.where('at', '>=', opts.from);
    if (opts.to) q = q.where('at', '<', opts.to);
    if (opts.beforeSeq) q = q.where('seq', '<', opts.beforeSeq);
    const rows = await q
      .orderBy('seq', 'desc')
      .limit(opts.limit ?? 100)
      .execute();
    return rows.map(fromRow);
  }

  async count(action?: string, from?: string, to?: string): Promise<number> {
    let q = this.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'));
    if (action) q = q.where('action', '=', action);
    if (from) q = q.where('at', '>=', from);
    if (to) q = q.where('at', '<', to);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /** Walks the whole chain in storage order and reports the first break. */
  async verify(): Promise<VerifyResult> {
    const rows = (await this.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()).map(fromRow);
    const hashes = new Set(rows.map((r) => r.hash));
    let prev = GENESIS_HASH;
    let expectSeq = 1;
    for (const r of rows) {
      if (recordHash(r) !== r.hash)
        return {
          ok: false,
          records: rows.length,
          seq: r.seq,
          problem: 'edited',
          message: `record ${r.seq} was edited: its content does not match its hash`,
        };
      if (r.prevHash !== prev) {
        const reordered = hashes.has(r.prevHash);
        return {
          ok: false,
          records: rows.length,
          seq: r.seq,
          problem: reordered ? 'reordered' : 'deleted',
          message: reordered
            ? `record ${r.seq} is out of order: it follows a record that is elsewhere in the log`
            : `record(s) before ${r.seq} were deleted: the chain from ${expectSeq - 1} to ${r.seq} is broken`,
        };
      }
      if (r.seq !== expectSeq)
        return {
          ok: false,
          records: rows.length,
          seq: r.seq,
          problem: 'deleted',
          message: `record ${expectSeq} is missing`,
        };
      prev = r.hash;
      expectSeq = r.seq + 1;
    }
    return { ok: true, records: rows.length, headSeq: expectSeq - 1, headHash: prev };
  }
}

function fromRow(r: Database['audit_log']): AuditRecord {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
