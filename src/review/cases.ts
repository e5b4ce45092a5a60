import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { z } from 'zod';
import type { Database } from '../adapters/stores/schema.js';
import { alertFromRow, alertRow } from '../adapters/stores/sql-alert-store.js';
import type { StoredAlert } from '../ports/alert-store.js';
import type { Severity } from '../core/threat/assess.js';
import { severityRank } from '../core/threat/assess.js';
import type { Principal } from './accounts.js';
import { actorName } from './accounts.js';
import type { AuditAction, AuditLog } from './audit-log.js';
import type { EventBus } from './events.js';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.js';
import { CASE_STATUSES, DISMISS_REASONS, type CaseStatus } from './case-vocabulary.js';

export { CASE_STATUSES, DISMISS_REASONS } from './case-vocabulary.js';
export type { CaseStatus } from './case-vocabulary.js';

/** The reviewer's reasoning a referral needs, from each of its two approvers (safeguards.md §6). */
export const Reasoning = z.strictObject({
  target: z.string().trim().min(3, 'say who is threatened'),
  intent: z.string().trim().min(3, 'say what shows intent'),
  conditionality: z.string().trim().min(3, 'say whether the threat is conditional'),
  context: z.string().trim().min(3, 'say what the context shows'),
  specificity: z.string().trim().min(3, 'say how specific it is (time, place, means)'),
});
export type Reasoning = z.infer<typeof Reasoning>;

export const CaseAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('claim') }),
  z.strictObject({ action: z.literal('release') }),
  z.strictObject({ action: z.literal('assign'), username: z.string().min(1) }),
  z.strictObject({ action: z.literal('note'), text: z.string().trim().min(1).max(10_000) }),
  z.strictObject({
    action: z.literal('dismiss'),
    reason: z.enum(DISMISS_REASONS),
    text: z.string().max(2_000).optional(),
  }),
  z.strictObject({ action: z.literal('escalate'), text: z.string().max(2_000).optional() }),
  z.strictObject({ action: z.literal('confirm'), text: z.string().max(2_000).optional() }),
  z.strictObject({ action: z.literal('close'), text: z.string().max(2_000).optional() }),
  z.strictObject({ action: z.literal('hold'), on: z.boolean(), text: z.string().max(2_000).optional() }),
  z.strictObject({
    action: z.literal('refer'),
    destination: z.string().trim().min(2).max(200),
    reasoning: Reasoning,
  }),
  z.strictObject({ action: z.literal('approve-referral'), reasoning: Reasoning }),
  z.strictObject({ action: z.literal('reject-referral'), text: z.string().trim().min(3).max(2_000) }),
]);
export type CaseAction = z.infer<typeof CaseAction>;

/** The permission each action needs (checked by the HTTP layer). */
export const ACTION_PERMISSION = {
  claim: 'cases:claim',
  release: 'cases:claim',
  assign: 'cases:assign',
  note: 'cases:note',
  dismiss: 'cases:dismiss',
  escalate: 'cases:escalate',
  confirm: 'cases:confirm',
  close: 'cases:close',
  hold: 'cases:hold',
  refer: 'cases:refer',
  'approve-referral': 'cases:approve-referral',
  'reject-referral': 'cases:approve-referral',
} as const satisfies Record<CaseAction['action'], string>;

/** Where each status may go. Dismissed and closed are final. */
const TRANSITIONS: Partial<Record<CaseAction['action'], { from: CaseStatus[]; to: CaseStatus }>> = {
  dismiss: { from: ['open', 'escalated'], to: 'dismissed' },
  escalate: { from: ['open'], to: 'escalated' },
  confirm: { from: ['open', 'escalated'], to: 'confirmed' },
  close: { from: ['confirmed', 'referred'], to: 'closed' },
  refer: { from: ['confirmed'], to: 'referral_pending' },
  'approve-referral': { from: ['referral_pending'], to: 'referred' },
  'reject-referral': { from: ['referral_pending'], to: 'confirmed' },
};
const SETTLED: ReadonlySet<CaseStatus> = new Set(['dismissed', 'closed', 'referred']);
const FINAL: ReadonlySet<CaseStatus> = new Set(['dismissed', 'closed']);

/** A case as the queue shows it: the alert's redacted post and assessment, and the case state. */
export interface CaseSummary {
  id: number;
  status: CaseStatus;
  assignee: string | null;
  legalHold: boolean;
  severity: Severity;
  score: number;
  kind: string | null;
  target: { text: string; type: string } | null;
  protectedEntity: string | null;
  topics: string[];
  selfHarm: boolean;
  /** The post with personal data replaced by marks such as [PHONE]. Text, never HTML. */
  text: string;
  /** Evidence spans on `text`, each with its reason label. */
  evidence: { start: number; end: number; label: string }[];
  reasons: string[];
  piiKinds: string[];
  authorPseudonym: string | null;
  source: string;
  postId: string;
  url: string | null;
  postedAt: string | null;
  capturedAt: string;
  modelVersion: string;
  createdAt: string;
  updatedAt: string;
}

export interface CaseEvent {
  id: number;
  at: string;
  actor: string | null;
  type: string;
  details: Record<string, unknown>;
}

export interface CaseDetail extends CaseSummary {
  textSha256: string;
  dismissReason: string | null;
  events: CaseEvent[];
}

export const CaseFilter = z.strictObject({
  status: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum([...CASE_STATUSES, 'active'])))
    .optional(),
  minSeverity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  severity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  kind: z.enum(['direct', 'conditional', 'incitement', 'wish', 'doxxing']).optional(),
  topic: z.string().max(200).optional(),
  targetType: z.string().max(40).optional(),
  protectedEntity: z.string().max(200).optional(),
  assignee: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  sort: z.enum(['severity', 'recent']).default('severity'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CaseFilter = z.infer<typeof CaseFilter>;

type Db = Kysely<Database> | Transaction<Database>;

const CASE_COLUMNS = [
  'cases.id as case_id',
  'cases.status',
  'cases.legal_hold',
  'cases.dismiss_reason',
  'cases.created_at as case_created_at',
  'cases.updated_at as case_updated_at',
  'users.username as assignee',
] as const;

/**
 * Alerts become cases; analysts work them. Every change is an event on the case and a record in
 * the audit log; every view and search is audited. Built for whatever database handle it gets.
 */
export class CaseService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly bus: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores new alerts and opens a case for each; alerts already stored are skipped (idempotent). */
  async openCases(alerts: readonly StoredAlert[]): Promise<CaseSummary[]> {
    if (alerts.length === 0) return [];
    const ids = await this.db.transaction().execute((trx) => this.openCasesIn(trx, alerts));
    return this.announce(await this.summaries(this.db, ids));
  }

  /**
   * The stores of `openCases` inside the caller's transaction (a worker commits cases, counts and
   * webhook deliveries together); returns the new cases' ids. Announce them after the commit.
   */
  async openCasesIn(trx: Transaction<Database>, alerts: readonly StoredAlert[]): Promise<number[]> {
    const created: number[] = [];
    const at = this.now().toISOString();
    for (const a of alerts) {
      const r = await trx
        .insertInto('alerts')
        .values(alertRow(a))
        .onConflict((oc) => oc.columns(['source', 'post_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!r) continue;
      const c = await trx
        .insertInto('cases')
        .values({
          alert_id: r.id,
          status: 'open',
          assignee_id: null,
          legal_hold: 0,
          dismiss_reason: null,
          created_at: at,
          updated_at: at,
          settled_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('case_events')
        .values({ case_id: c.id, at, actor_id: null, type: 'opened', details: '{}' })
        .execute();
      created.push(c.id);
    }
    return created;
  }

  /** Puts new cases on the live feed; returns them. */
  announce(cases: CaseSummary[]): CaseSummary[] {
    for (const s of cases) this.bus.publish({ type: 'alert', case: s });
    return cases;
  }

  private base(db: Db) {
    return db
      .selectFrom('cases')
      .innerJoin('alerts', 'alerts.id', 'cases.alert_id')
      .leftJoin('users', 'users.id', 'cases.assignee_id')
      .selectAll('alerts')
      .select(CASE_COLUMNS);
  }

  /** The cases with these ids, as the queue shows them (inside a transaction when given one). */
  async summaries(db: Db, ids: number[]): Promise<CaseSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.base(db).where('cases.id', 'in', ids).orderBy('cases.id').execute();
    return rows.map(toSummary);
  }

  /** The queue, filtered and sorted. The search itself is audited (its filters, not its results). */
  async list(principal: Principal, filter: CaseFilter): Promise<{ cases: CaseSummary[]; total: number }> {
    let q = this.base(this.db);
    let count = this.db
      .selectFrom('cases')
      .innerJoin('alerts', 'alerts.id', 'cases.alert_id')
      .leftJoin('users', 'users.id', 'cases.assignee_id')
      .select((eb) => eb.fn.countAll<number>().as('n'));
    type Q = typeof q;
    type C = typeof count;
    const apply = <T extends Q | C>(x: T): T => {
      let y = x as Q;
      if (filter.status?.length) {
        const statuses = filter.status.flatMap((s) =>
          s === 'active' ? ['open', 'escalated', 'confirmed', 'referral_pending'] : [s],
        );
        y = y.where('cases.status', 'in', statuses);
      }
      if (filter.minSeverity) y = y.where('alerts.severity_rank', '>=', severityRank(filter.minSeverity));
      if (filter.severity) y = y.where('alerts.severity', '=', filter.severity);
      if (filter.kind) y = y.where('alerts.kind', '=', filter.kind);
      if (filter.targetType) y = y.where('alerts.target_type', '=', filter.targetType);
      if (filter.protectedEntity) y = y.where('alerts.protected_entity', '=', filter.protectedEntity);
      // Topics are stored as a JSON array of names; match the quoted name exactly.
      if (filter.topic)
        y = y.where('alerts.topics', 'like', `%${JSON.stringify(filter.topic).replace(/[%_\\]/g, '\\$&')}%`);
      if (filter.assignee)
        y =
          filter.assignee === 'me' && principal.kind === 'user'
            ? y.where('cases.assignee_id', '=', principal.id)
            : filter.assignee === 'none'
              ? y.where('cases.assignee_id', 'is', null)
              : y.where('users.username', '=', filter.assignee);
      if (filter.from) y = y.where('alerts.captured_at', '>=', new Date(filter.from).toISOString());
      if (filter.to) y = y.where('alerts.captured_at', '<', new Date(filter.to).toISOString());
      return y as T;
    };
    q = apply(q);
    count = apply(count);
    q =
      filter.sort === 'severity'
        ? q.orderBy('alerts.severity_rank', 'desc').orderBy('cases.id', 'desc')
        : q.orderBy('cases.id', 'desc');
    const rows = await q.limit(filter.limit).offset(filter.offset).execute();
    const total = Number((await count.executeTakeFirstOrThrow()).n);
    const shown: Record<string, unknown> = { ...filter };
    delete shown.limit;
    delete shown.offset;
    await this.audit.append({
      actor: actorName(principal),
      action: 'case.search',
      details: { filter: shown, results: rows.length },
    });
    return { cases: rows.map(toSummary), total };
  }

  private async row(db: Db, id: number) {
    const r = await this.base(db).where('cases.id', '=', id).executeTakeFirst();
    if (!r) throw new NotFoundError(`no case ${id}`);
    return r;
  }

  private async events(db: Db, id: number): Promise<CaseEvent[]> {
    const rows = await db
      .selectFrom('case_events')
      .leftJoin('users', 'users.id', 'case_events.actor_id')
      .select([
        'case_events.id',
        'case_events.at',
        'case_events.type',
        'case_events.details',
        'users.username',
      ])
      .where('case_events.case_id', '=', id)
      .orderBy('case_events.id')
      .execute();
    return rows.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.username ?? null,
      type: e.type,
      details: JSON.parse(e.details) as Record<string, unknown>,
    }));
  }

  /** One case with its history. Audited as a view unless `audit` is false (internal use). */
  async get(principal: Principal | null, id: number, audit = true): Promise<CaseDetail> {
    const r = await this.row(this.db, id);
    if (audit && principal)
      await this.audit.append({ actor: actorName(principal), action: 'case.view', target: `case:${id}` });
    return {
      ...toSummary(r),
      textSha256: r.text_sha256,
      dismissReason: r.dismiss_reason,
      events: await this.events(this.db, id),
    };
  }

  /** Applies one action; returns the case after it. */
  async act(principal: Principal, id: number, input: CaseAction): Promise<CaseDetail> {
    const at = this.now().toISOString();
    const actorId = principal.kind === 'user' ? principal.id : null;
    const auditEntry = await this.db.transaction().execute(async (trx) => {
      const r = await this.row(trx, id);
      const status = r.status as CaseStatus;
      const move = TRANSITIONS[input.action];
      if (move && !move.from.includes(status))
        throw new ConflictError(`cannot ${input.action} a case that is ${status.replace('_', ' ')}`);
      if (!move && FINAL.has(status) && input.action !== 'note' && input.action !== 'hold')
        throw new ConflictError(`case ${id} is ${status}`);
      const set: Updateable<Database['cases']> = { updated_at: at };
      const details: Record<string, unknown> = {};
      let auditAction: AuditAction;
      const auditDetails: Record<string, unknown> = {};
      switch (input.action) {
        case 'claim':
          if (actorId === null) throw new InvalidRequestError('only a person can claim a case');
          set.assignee_id = actorId;
          auditAction = 'case.claim';
          break;
        case 'release':
          set.assignee_id = null;
          auditAction = 'case.claim';
          auditDetails.released = true;
          break;
        case 'assign': {
          const u = await trx
            .selectFrom('users')
            .select(['id', 'role', 'disabled'])
            .where('username', '=', input.username)
            .executeTakeFirst();
          if (!u || u.disabled) throw new InvalidRequestError(`no active user ${input.username}`);
          if (!['triage', 'analyst', 'supervisor'].includes(u.role))
            throw new InvalidRequestError(`${input.username} (${u.role}) does not work cases`);
          set.assignee_id = u.id;
          details.assignee = input.username;
          auditAction = 'case.assign';
          auditDetails.assignee = input.username;
          break;
        }
        case 'note':
          details.text = input.text;
          auditAction = 'case.note';
          break;
        case 'dismiss':
          set.dismiss_reason = input.reason;
          details.reason = input.reason;
          if (input.text) details.text = input.text;
          auditAction = 'case.dismiss';
          auditDetails.reason = input.reason;
          break;
        case 'escalate':
        case 'confirm':
        case 'close':
          if (input.text) details.text = input.text;
          auditAction = `case.${input.action}`;
          break;
        case 'hold':
          set.legal_hold = input.on ? 1 : 0;
          details.on = input.on;
          if (input.text) details.text = input.text;
          auditAction = 'case.hold';
          auditDetails.on = input.on;
          break;
        case 'refer':
          details.destination = input.destination;
          details.reasoning = input.reasoning;
          auditAction = 'referral.request';
          auditDetails.destination = input.destination;
          break;
        case 'approve-referral': {
          const request = (await this.events(trx, id)).filter((e) => e.type === 'refer').at(-1);
          if (request && principal.kind === 'user' && request.actor === principal.username)
            throw new ConflictError('a referral needs a second person: the requester cannot approve it');
          details.reasoning = input.reasoning;
          details.destination = request?.details.destination;
          // Referred cases are evidence: they are kept until a supervisor lifts the hold.
          set.legal_hold = 1;
          auditAction = 'referral.approve';
          auditDetails.destination = request?.details.destination;
          break;
        }
        case 'reject-referral':
          details.text = input.text;
          auditAction = 'referral.reject';
          break;
      }
      if (move) {
        set.status = move.to;
        if (SETTLED.has(move.to)) set.settled_at = at;
      }
      await trx.updateTable('cases').set(set).where('id', '=', id).execute();
      await trx
        .insertInto('case_events')
        .values({ case_id: id, at, actor_id: actorId, type: input.action, details: JSON.stringify(details) })
        .execute();
      if (move) auditDetails.status = { from: status, to: move.to };
      return { action: auditAction, details: auditDetails };
    });
    await this.audit.append({
      actor: actorName(principal),
      action: auditEntry.action,
      target: `case:${id}`,
      details: auditEntry.details,
    });
    const after = await this.get(principal, id, false);
    this.bus.publish({
      type: 'case',
      caseId: id,
      status: after.status,
      assignee: after.assignee,
      legalHold: after.legalHold,
      at,
    });
    return after;
  }

  /** The sealed author handle and its key id, for reveal. */
  async sealedAuthor(id: number): Promise<{ keyId: string | null; sealed: string | null }> {
    const r = await this.row(this.db, id);
    return { keyId: r.author_key_id, sealed: r.author_sealed };
  }
}

type Row = Selectable<Database['alerts']> & {
  case_id: number;
  status: string;
  legal_hold: number;
  dismiss_reason: string | null;
  case_created_at: string;
  case_updated_at: string;
  assignee: string | null;
};

function toSummary(r: Row): CaseSummary {
  const a = alertFromRow(r);
  return {
    id: r.case_id,
    status: r.status as CaseStatus,
    assignee: r.assignee,
    legalHold: r.legal_hold === 1,
    severity: a.severity,
    score: a.score,
    kind: a.assessment.kind,
    target: a.assessment.target,
    protectedEntity: a.assessment.protectedEntity ?? null,
    topics: a.topics ?? [],
    selfHarm: a.selfHarm,
    text: a.redactedText,
    evidence: a.assessment.spans,
    reasons: a.assessment.reasons,
    piiKinds: a.piiKinds,
    authorPseudonym: a.authorHash ? a.authorHash.slice(0, 16) : null,
    source: a.source,
    postId: a.postId,
    url: a.url,
    postedAt: a.postedAt,
    capturedAt: a.capturedAt,
    modelVersion: a.modelVersion,
    createdAt: r.case_created_at,
    updatedAt: r.case_updated_at,
  };
}
