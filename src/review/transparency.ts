import type { Kysely } from 'kysely';
import type { Database } from '../adapters/stores/schema.js';
import type { CategoryFigures } from '../pipeline/evaluate.js';
import type { AuditLog } from './audit-log.js';
import { CASE_STATUSES } from './cases.js';

export interface TransparencyReport {
  generatedAt: string;
  /** Alerts and outcomes are counted over cases opened in [from, to); purged cases are counted all-time. */
  period: { from: string | null; to: string | null };
  modelVersion: string;
  alerts: { total: number; bySeverity: Record<string, number>; byKind: Record<string, number> };
  outcomes: Record<string, number>;
  dismissReasons: Record<string, number>;
  reveals: number;
  revealsRefused: number;
  referralRequests: number;
  referrals: number;
  purgeRuns: number;
  purgedCases: number;
  /** Measured on the project's labelled suites: how often each category raises an alert. */
  measuredOn: string;
  measuredAlertRates: { category: string; expect: string; n: number; alertRate: number }[];
  /** The audit log's head, so readers can check later that no newer record was removed. */
  audit: { records: number; headSeq: number; headHash: string } | { error: string };
}

/** Counts only, never content: what Brightline flagged, what people decided, what was revealed and purged. */
export class TransparencyService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly o: {
      modelVersion: string;
      measuredRates: () => CategoryFigures[];
      now?: () => Date;
    },
  ) {}

  async report(period: { from?: string; to?: string } = {}): Promise<TransparencyReport> {
    let q = this.db
      .selectFrom('cases')
      .innerJoin('alerts', 'alerts.id', 'cases.alert_id')
      .select(['alerts.severity', 'alerts.kind', 'cases.status', 'cases.dismiss_reason'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['alerts.severity', 'alerts.kind', 'cases.status', 'cases.dismiss_reason']);
    if (period.from) q = q.where('cases.created_at', '>=', period.from);
    if (period.to) q = q.where('cases.created_at', '<', period.to);
    const rows = await q.execute();
    const purged = await this.db.selectFrom('purged_tally').selectAll().execute();
    const bySeverity: Record<string, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    const byKind: Record<string, number> = {};
    const outcomes: Record<string, number> = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0]));
    const dismissReasons: Record<string, number> = {};
    let total = 0;
    let purgedCases = 0;
    const add = (sev: string, kind: string | null, status: string, n: number): void => {
      total += n;
      bySeverity[sev] = (bySeverity[sev] ?? 0) + n;
      byKind[kind ?? 'none'] = (byKind[kind ?? 'none'] ?? 0) + n;
      outcomes[status] = (outcomes[status] ?? 0) + n;
    };
    for (const r of rows) {
      add(r.severity, r.kind, r.status, Number(r.n));
      if (r.dismiss_reason)
        dismissReasons[r.dismiss_reason] = (dismissReasons[r.dismiss_reason] ?? 0) + Number(r.n);
    }
    for (const p of purged) {
      add(p.severity, p.kind, p.status, p.count);
      purgedCases += p.count;
    }
    const count = (action: string): Promise<number> => this.audit.count(action, period.from, period.to);
    const v = await this.audit.verify();
    return {
      generatedAt: (this.o.now ?? (() => new Date()))().toISOString(),
      period: { from: period.from ?? null, to: period.to ?? null },
      modelVersion: this.o.modelVersion,
      alerts: { total, bySeverity, byKind },
      outcomes,
      dismissReasons,
      reveals: await count('case.reveal'),
      revealsRefused: await count('case.reveal-refused'),
      referralRequests: await count('referral.request'),
      referrals: await count('referral.approve'),
      purgeRuns: await count('purge'),
      purgedCases,
      measuredOn:
        'the development suite (data/dev/threat-dev.tsv), which the rules were built against; first-run figures on unseen sets are lower and are published in the README',
      measuredAlertRates: this.o.measuredRates().map((c) => ({
        category: c.category,
        expect: c.expect,
        n: c.n,
        alertRate: Math.round(c.alertRate * 1000) / 1000,
      })),
      audit: v.ok
        ? { records: v.records, headSeq: v.headSeq, headHash: v.headHash }
        : { error: `audit log fails verification: ${v.message}` },
    };
  }
}
