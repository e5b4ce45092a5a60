import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isPostgres } from '../adapters/stores/sql-database.js';
import { z } from 'zod';
import type { Database } from '../adapters/stores/schema.js';
import type { Severity } from '../core/threat/assess.js';
import { severityRank } from '../core/threat/assess.js';
import type { Principal } from './accounts.js';
import { actorName } from './accounts.js';
import type { AuditLog } from './audit-log.js';
import type { CaseSummary } from './cases.js';
import { NotFoundError } from './errors.js';

export const WebhookInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2_000),
  minSeverity: z.enum(['low', 'medium', 'high', 'critical']).default('high'),
});
export type WebhookInput = z.infer<typeof WebhookInput>;

export interface WebhookView {
  id: number;
  name: string;
  url: string;
  minSeverity: Severity;
  enabled: boolean;
  createdAt: string;
  deliveries: { pending: number; delivered: number; dead: number };
  lastError: string | null;
}

export interface DeliveryView {
  id: number;
  webhookId: number;
  caseId: number;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookOptions {
  now?: () => Date;
  /** Attempts before a delivery goes to the dead-letter list. */
  maxAttempts?: number;
  /** First retry delay; each retry doubles it. */
  baseDelayMs?: number;
  timeoutMs?: number;
  /** Base URL for case links in notifications. */
  publicUrl: string;
  fetch?: typeof fetch;
  onError?: (e: unknown) => void;
}

/** The signature header value: `t=<unix seconds>,v1=<hex HMAC-SHA-256 of "t.body">`. */
export function signBody(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * A Slack-compatible notification (`text` is what Slack shows). It carries the severity, kind,
 * reasons and a link to the case — never the author, and not the post text (it leaves the system).
 */
export function notification(c: CaseSummary, publicUrl: string): Record<string, unknown> {
  const link = `${publicUrl.replace(/\/$/, '')}/cases/${c.id}`;
  const kind = c.kind ? `${c.kind} threat` : 'threat';
  return {
    text: `Possible ${kind} — needs review. Severity ${c.severity.toUpperCase()}, score ${c.score.toFixed(2)}. ${c.reasons.slice(0, 3).join('; ')}. <${link}|Open case ${c.id}>`,
    brightline: {
      caseId: c.id,
      severity: c.severity,
      kind: c.kind,
      score: c.score,
      targetType: c.target?.type ?? null,
      reasons: c.reasons,
      selfHarm: c.selfHarm,
      modelVersion: c.modelVersion,
      link,
    },
  };
}

/**
 * Outbound alert notifications with retries (exponential backoff) and a dead-letter list that
 * admins can inspect and replay. Deliveries live in the database, so none are lost on restart.
 */
export class WebhookService {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly o: WebhookOptions,
  ) {}

  private get now(): Date {
    return this.o.now ? this.o.now() : new Date();
  }

  /** Sets the base of case links once the real address is known (e.g. after listening on port 0). */
  setPublicUrl(url: string): void {
    this.o.publicUrl = url;
  }

  async create(principal: Principal, input: WebhookInput): Promise<{ webhook: WebhookView; secret: string }> {
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const r = await this.db
      .insertInto('webhooks')
      .values({
        name: input.name,
        url: input.url,
        min_severity: input.minSeverity,
        secret,
        enabled: 1,
        created_at: this.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.audit.append({
      actor: actorName(principal),
      action: 'webhook.create',
      target: `webhook:${r.id}`,
      details: { name: input.name, minSeverity: input.minSeverity },
    });
    return { webhook: (await this.list()).find((w) => w.id === r.id)!, secret };
  }

  async remove(principal: Principal, id: number): Promise<void> {
    const r = await this.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new NotFoundError(`no webhook ${id}`);
    await this.db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
    await this.audit.append({
      actor: actorName(principal),
      action: 'webhook.delete',
      target: `webhook:${id}`,
    });
  }

  async list(): Promise<WebhookView[]> {
    const hooks = await this.db.selectFrom('webhooks').selectAll().orderBy('id').execute();
    const counts = await this.db
      .selectFrom('webhook_deliveries')
      .select(['webhook_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['webhook_id', 'status'])
      .execute();
    const out: WebhookView[] = [];
    for (const h of hooks) {
      const last = await this.db
        .selectFrom('webhook_deliveries')
        .select('last_error')
        .where('webhook_id', '=', h.id)
        .where('last_error', 'is not', null)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const n = (s: string): number =>
        Number(counts.find((c) => c.webhook_id === h.id && c.status === s)?.n ?? 0);
      out.push({
        id: h.id,
        name: h.name,
        url: h.url,
        minSeverity: h.min_severity as Severity,
        enabled: h.enabled === 1,
        createdAt: h.created_at,
        deliveries: { pending: n('pending'), delivered: n('delivered'), dead: n('dead') },
        lastError: last?.last_error ?? null,
      });
    }
    return out;
  }

  /** Queues a notification of each new case for every hook whose threshold it meets. */
  async enqueue(cases: readonly CaseSummary[], db: Kysely<Database> = this.db): Promise<number> {
    if (cases.length === 0) return 0;
    const hooks = await db.selectFrom('webhooks').selectAll().where('enabled', '=', 1).execute();
    const at = this.now.toISOString();
    const rows = [];
    for (const c of cases)
      for (const h of hooks)
        if (severityRank(c.severity) >= severityRank(h.min_severity as Severity))
          rows.push({
            webhook_id: h.id,
            case_id: c.id,
            payload: JSON.stringify(notification(c, this.o.publicUrl)),
            status: 'pending',
            attempts: 0,
            next_attempt_at: at,
            last_error: null,
            created_at: at,
            delivered_at: null,
          });
    if (rows.length) {
      await db.insertInto('webhook_deliveries').values(rows).execute();
      this.kick();
    }
    return rows.length;
  }

  /** One delivery pass over everything due; returns how many were attempted. */
  deliverDue(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    // Claim the due deliveries with a lease (their next attempt moved past the request's timeout)
    // so that several service processes on one PostgreSQL never send the same one twice; a
    // process that dies mid-delivery leaves it to be retried when the lease runs out.
    const now = this.now;
    const lease = new Date(now.getTime() + (this.o.timeoutMs ?? 5_000) + 30_000).toISOString();
    const due = await this.db.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom('webhook_deliveries')
        .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
        .select([
          'webhook_deliveries.id',
          'webhook_deliveries.payload',
          'webhook_deliveries.attempts',
          'webhooks.url',
          'webhooks.secret',
        ])
        .where('webhook_deliveries.status', '=', 'pending')
        .where('webhook_deliveries.next_attempt_at', '<=', now.toISOString())
        .orderBy('webhook_deliveries.id')
        .limit(100);
      if (isPostgres(trx)) q = q.forUpdate('webhook_deliveries').skipLocked();
      const rows = await q.execute();
      if (rows.length)
        await trx
          .updateTable('webhook_deliveries')
          .set({ next_attempt_at: lease })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      return rows;
    });
    await Promise.all(due.map((d) => this.attempt(d)));
    return due.length;
  }

  private async attempt(d: {
    id: number;
    payload: string;
    attempts: number;
    url: string;
    secret: string;
  }): Promise<void> {
    const now = this.now;
    let error: string | null = null;
    try {
      const res = await (this.o.fetch ?? fetch)(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Brightline-Webhook/1',
          'x-brightline-delivery': String(d.id),
          'x-brightline-signature': signBody(d.secret, d.payload, Math.floor(now.getTime() / 1000)),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 5_000),
      });
      await res.body?.cancel();
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).name === 'TimeoutError' ? 'timed out' : `${(e as Error).message}`;
    }
    const attempts = d.attempts + 1;
    if (!error) {
      await this.db
        .updateTable('webhook_deliveries')
        .set({ status: 'delivered', attempts, delivered_at: now.toISOString(), last_error: null })
        .where('id', '=', d.id)
        .execute();
      return;
    }
    const dead = attempts >= (this.o.maxAttempts ?? 6);
    const delay = (this.o.baseDelayMs ?? 1_000) * 2 ** (attempts - 1);
    await this.db
      .updateTable('webhook_deliveries')
      .set({
        status: dead ? 'dead' : 'pending',
        attempts,
        last_error: error,
        next_attempt_at: new Date(now.getTime() + delay).toISOString(),
      })
      .where('id', '=', d.id)
      .execute();
  }

  async deliveries(
    opts: { webhookId?: number; status?: string; limit?: number } = {},
  ): Promise<DeliveryView[]> {
    let q = this.db.selectFrom('webhook_deliveries').selectAll();
    if (opts.webhookId) q = q.where('webhook_id', '=', opts.webhookId);
    if (opts.status) q = q.where('status', '=', opts.status);
    const rows = await q
      .orderBy('id', 'desc')
      .limit(opts.limit ?? 100)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      webhookId: r.webhook_id,
      caseId: r.case_id,
      status: r.status as DeliveryView['status'],
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
    }));
  }

  /** Puts a dead delivery back in the queue with fresh attempts. */
  async replay(principal: Principal, id: number): Promise<void> {
    const r = await this.db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: this.now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'dead')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFoundError(`no dead delivery ${id}`);
    await this.audit.append({
      actor: actorName(principal),
      action: 'webhook.replay',
      target: `delivery:${id}`,
    });
    this.kick();
  }

  private kick(): void {
    if (this.timer) this.deliverDue().catch((e: unknown) => this.o.onError?.(e));
  }

  /** Delivers in the background every `intervalMs` (and at once when something is queued). */
  start(intervalMs = 1_000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
