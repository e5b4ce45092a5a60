import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../adapters/stores/schema.js';
import type { AuditLog } from './audit-log.js';

export interface RetentionOptions {
  /** Days a dismissed case is kept after dismissal (safeguards.md §8: 30). */
  dismissedDays: number;
  /** Days a confirmed or closed case is kept after its last change. */
  closedDays: number;
  now?: () => Date;
}

export interface PurgeReport {
  purged: number;
  byStatus: Record<string, number>;
  caseIds: number[];
}

const DAY = 86_400_000;

/**
 * Purges what is no longer needed: dismissed cases after `dismissedDays`, confirmed and closed ones
 * after `closedDays`; a case on legal hold (every referred case) is kept. Open work is never
 * purged. Each run is audited, with the case ids and counts; the counts survive in the
 * transparency report.
 */
export class RetentionService {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly o: RetentionOptions,
  ) {}

  async purge(actor = 'system:retention'): Promise<PurgeReport> {
    const now = (this.o.now ?? (() => new Date()))().getTime();
    const dismissedBefore = new Date(now - this.o.dismissedDays * DAY).toISOString();
    const closedBefore = new Date(now - this.o.closedDays * DAY).toISOString();
    const report = await this.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('cases')
        .innerJoin('alerts', 'alerts.id', 'cases.alert_id')
        .select(['cases.id', 'cases.alert_id', 'cases.status', 'alerts.kind', 'alerts.severity'])
        .where('cases.legal_hold', '=', 0)
        .where((eb) =>
          eb.or([
            eb.and([eb('cases.status', '=', 'dismissed'), eb('cases.settled_at', '<', dismissedBefore)]),
            eb.and([
              eb('cases.status', 'in', ['confirmed', 'closed']),
              eb('cases.updated_at', '<', closedBefore),
            ]),
          ]),
        )
        .execute();
      const byStatus: Record<string, number> = {};
      for (const c of due) {
        byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
        await trx
          .insertInto('purged_tally')
          .values({ kind: c.kind ?? 'none', severity: c.severity, status: c.status, count: 1 })
          .onConflict((oc) =>
            oc.columns(['kind', 'severity', 'status']).doUpdateSet({ count: sql`purged_tally.count + 1` }),
          )
          .execute();
      }
      const ids = due.map((c) => c.id);
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500);
        const alertIds = due.slice(i, i + 500).map((c) => c.alert_id);
        await trx.deleteFrom('case_events').where('case_id', 'in', part).execute();
        await trx.deleteFrom('webhook_deliveries').where('case_id', 'in', part).execute();
        await trx.deleteFrom('cases').where('id', 'in', part).execute();
        await trx.deleteFrom('alerts').where('id', 'in', alertIds).execute();
      }
      return { purged: ids.length, byStatus, caseIds: ids };
    });
    await this.audit.append({
      actor,
      action: 'purge',
      details: {
        purged: report.purged,
        byStatus: report.byStatus,
        caseIds: report.caseIds,
        dismissedBefore,
        closedBefore,
      },
    });
    return report;
  }

  /** Runs the purge every `intervalMs` (hourly by default). */
  start(intervalMs = 3_600_000, onError?: (e: unknown) => void): void {
    this.timer = setInterval(() => {
      this.purge().catch((e: unknown) => onError?.(e));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
