import { Redis } from 'ioredis';
import type { Post } from '../../core/post.js';
import { redactUrl } from '../redact-url.js';
import type { BusEntry, BusHealth, DeadLetter, WorkBus } from '../../ports/work-bus.js';
import { BusError, compareIds } from '../../ports/work-bus.js';

export interface RedisBusOptions {
  /** Key prefix (default `brightline`): the stream is PREFIX:posts, dead letters PREFIX:dead. */
  prefix?: string;
  /** Consumer group (default `workers`). */
  group?: string;
  /** Dead letters older than this are trimmed (default 7 days): they hold raw posts. */
  deadLetterDays?: number;
  /**
   * Accept a Redis that writes its data to disk (RDB or AOF). Off by default: the bus carries raw
   * posts, and posts that raise nothing must never reach disk (safeguards.md §3).
   */
  allowDiskPersistence?: boolean;
  /** A consumer idle this long with nothing pending is removed from the group (default 1 h). */
  forgetConsumersAfterMs?: number;
  now?: () => number;
}

type Fields = string[];
type RawEntry = [id: string, fields: Fields | null];

const idMs = (id: string): number => Number(id.split('-')[0]);

/** The id just after `id` (stream ids are `ms-seq`). */
function nextId(id: string): string {
  const [ms, seq] = id.split('-');
  return `${ms}-${BigInt(seq ?? '0') + 1n}`;
}

function field(fields: Fields | null, name: string): string | undefined {
  if (!fields) return undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

function decode(raw: RawEntry, deliveries: number): BusEntry {
  const [id, fields] = raw;
  const payload = field(fields, 'posts');
  if (payload === undefined) return { id, posts: null, error: 'entry has no posts field', deliveries };
  try {
    const posts = JSON.parse(payload) as unknown;
    if (!Array.isArray(posts))
      return { id, posts: null, error: 'posts field is not a JSON array', deliveries };
    return { id, posts: posts as Post[], deliveries };
  } catch (e) {
    return { id, posts: null, error: `posts field is not valid JSON: ${(e as Error).message}`, deliveries };
  }
}

/**
 * The work bus on Redis Streams: one stream of post batches read by a consumer group, a
 * dead-letter stream, a backlog counter kept exact by updating it in the same MULTI as each
 * append and acknowledgement, and a hash of the last error per entry. Commands fail fast while
 * Redis is unreachable (no offline queue), so ingest can answer 503 and workers can back off;
 * the client reconnects by itself.
 */
export class RedisStreamBus implements WorkBus {
  readonly stream: string;
  readonly dead: string;
  private readonly backlogKey: string;
  private readonly errorsKey: string;
  private readonly group: string;
  private claimCursor = '0-0';
  private failure: string | null = null;

  private constructor(
    private readonly redis: Redis,
    /** A second connection for blocking reads, which hold their connection while they wait. */
    private readonly reader: Redis,
    private readonly o: RedisBusOptions,
  ) {
    const p = o.prefix ?? 'brightline';
    this.stream = `${p}:posts`;
    this.dead = `${p}:dead`;
    this.backlogKey = `${p}:backlog`;
    this.errorsKey = `${p}:errors`;
    this.group = o.group ?? 'workers';
  }

  /** Connects, checks that Redis keeps nothing on disk, and creates the stream and group if needed. */
  static async connect(url: string, o: RedisBusOptions = {}): Promise<RedisStreamBus> {
    const make = (): Redis =>
      new Redis(url, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 5_000,
        retryStrategy: (times) => Math.min(2_000, 100 * 2 ** Math.min(times, 5)),
      });
    const redis = make();
    const reader = make();
    for (const c of [redis, reader]) c.on('error', () => undefined);
    try {
      await redis.connect();
      await reader.connect();
    } catch (e) {
      redis.disconnect();
      reader.disconnect();
      throw new BusError(`cannot connect to Redis at ${redactUrl(url)}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    const bus = new RedisStreamBus(redis, reader, o);
    if (!o.allowDiskPersistence) await bus.checkNoDiskPersistence();
    await bus.ensureGroup();
    return bus;
  }

  private async checkNoDiskPersistence(): Promise<void> {
    let config: string[];
    try {
      config = [
        ...((await this.redis.config('GET', 'save')) as string[]),
        ...((await this.redis.config('GET', 'appendonly')) as string[]),
      ];
    } catch {
      // CONFIG may be renamed away on managed servers; then the operator's settings stand.
      return;
    }
    const save = field(config, 'save') ?? '';
    const aof = field(config, 'appendonly') ?? 'no';
    if (save.trim() !== '' || aof === 'yes')
      throw new BusError(
        `Redis writes its data to disk (save "${save}", appendonly ${aof}), and the bus carries raw posts, ` +
          'which must never reach disk (safeguards.md §3). Run the bus Redis with --save "" --appendonly no ' +
          '(replicas give it high availability), or set bus.allowDiskPersistence if its disk is held to the same rule.',
      );
  }

  async ensureGroup(): Promise<void> {
    try {
      await this.redis.xgroup('CREATE', this.stream, this.group, '0', 'MKSTREAM');
    } catch (e) {
      if (!String((e as Error).message).includes('BUSYGROUP')) throw e;
    }
  }

  /** Runs a command; when Redis has lost the group (restarted empty), recreates it and runs it again. */
  private async withGroup<T>(run: () => Promise<T>): Promise<T> {
    try {
      const r = await run();
      this.failure = null;
      return r;
    } catch (e) {
      this.failure = (e as Error).message;
      if (!String((e as Error).message).includes('NOGROUP')) throw e;
      await this.ensureGroup();
      return run();
    }
  }

  async append(batches: readonly Post[][]): Promise<string[]> {
    const m = this.redis.multi();
    let n = 0;
    for (const posts of batches) {
      m.xadd(this.stream, '*', 'n', String(posts.length), 'posts', JSON.stringify(posts));
      n += posts.length;
    }
    m.incrby(this.backlogKey, n);
    const res = await this.exec(m);
    return res.slice(0, batches.length).map((r) => String(r));
  }

  async backlog(): Promise<number> {
    return Math.max(0, Number((await this.redis.get(this.backlogKey)) ?? 0));
  }

  private async exec(m: ReturnType<Redis['multi']>): Promise<unknown[]> {
    let res: [Error | null, unknown][] | null;
    try {
      res = await m.exec();
      this.failure = null;
    } catch (e) {
      this.failure = (e as Error).message;
      throw e;
    }
    if (!res) throw new BusError('Redis transaction was aborted');
    const failed = res.find(([err]) => err);
    if (failed) throw failed[0]!;
    return res.map(([, v]) => v);
  }

  async read(consumer: string, count: number, blockMs: number): Promise<BusEntry[]> {
    const r = (await this.withGroup(() =>
      this.reader.xreadgroup(
        'GROUP',
        this.group,
        consumer,
        'COUNT',
        count,
        'BLOCK',
        blockMs,
        'STREAMS',
        this.stream,
        '>',
      ),
    )) as [string, RawEntry[]][] | null;
    if (!r) return [];
    return r.flatMap(([, entries]) => entries.map((e) => decode(e, 1)));
  }

  async claimStale(consumer: string, minIdleMs: number, count: number): Promise<BusEntry[]> {
    const [next, entries, deleted] = (await this.withGroup(() =>
      this.redis.xautoclaim(this.stream, this.group, consumer, minIdleMs, this.claimCursor, 'COUNT', count),
    )) as [string, RawEntry[], string[]];
    this.claimCursor = next;
    // Entries trimmed away while pending cannot be processed; they leave the pending list.
    if (deleted?.length) await this.redis.xack(this.stream, this.group, ...deleted);
    const live = entries.filter((e) => e[1] !== null);
    if (live.length === 0) return [];
    const first = live[0]![0];
    const last = live[live.length - 1]![0];
    const pending = (await this.redis.xpending(
      this.stream,
      this.group,
      first,
      last,
      live.length * 2,
      consumer,
    )) as [string, string, number, number][];
    const deliveries = new Map(pending.map(([id, , , n]) => [id, Number(n)]));
    return live.map((e) => decode(e, deliveries.get(e[0]) ?? 2));
  }

  async touch(consumer: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // XCLAIM with JUSTID resets the idle time without counting a delivery.
    await this.redis.xclaim(this.stream, this.group, consumer, 0, ...ids, 'JUSTID');
  }

  async ack(entries: readonly BusEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const ids = entries.map((e) => e.id);
    const n = entries.reduce((s, e) => s + (e.posts?.length ?? 0), 0);
    await this.exec(
      this.redis
        .multi()
        .xack(this.stream, this.group, ...ids)
        .decrby(this.backlogKey, n)
        .hdel(this.errorsKey, ...ids),
    );
  }

  async deadLetter(entry: BusEntry, error: string): Promise<void> {
    const raw = (await this.redis.xrange(this.stream, entry.id, entry.id)) as RawEntry[];
    const payload = field(raw[0]?.[1] ?? null, 'posts') ?? '[]';
    const n = Number(field(raw[0]?.[1] ?? null, 'n') ?? entry.posts?.length ?? 0);
    await this.exec(
      this.redis
        .multi()
        .xadd(
          this.dead,
          '*',
          'entry',
          entry.id,
          'n',
          String(n),
          'posts',
          payload,
          'error',
          error.slice(0, 2_000),
          'deliveries',
          String(entry.deliveries),
          'at',
          new Date(this.now()).toISOString(),
        )
        .xack(this.stream, this.group, entry.id)
        .decrby(this.backlogKey, n)
        .hdel(this.errorsKey, entry.id),
    );
  }

  async split(entry: BusEntry): Promise<void> {
    if (!entry.posts) throw new BusError(`entry ${entry.id} has no posts to split`);
    const m = this.redis.multi();
    for (const p of entry.posts) m.xadd(this.stream, '*', 'n', '1', 'posts', JSON.stringify([p]));
    m.xack(this.stream, this.group, entry.id).hdel(this.errorsKey, entry.id);
    await this.exec(m);
  }

  async recordError(id: string, error: string): Promise<void> {
    await this.redis.hset(this.errorsKey, id, error.slice(0, 2_000));
  }

  async lastError(id: string): Promise<string | null> {
    return this.redis.hget(this.errorsKey, id);
  }

  private now(): number {
    return this.o.now ? this.o.now() : Date.now();
  }

  /** The group's last delivered id and lag, and the pending summary (count, oldest id). */
  private async groupState(): Promise<{
    delivered: string;
    lag: number | null;
    pending: number;
    oldest: string | null;
  }> {
    const [groups, summary] = await Promise.all([
      this.withGroup(() => this.redis.xinfo('GROUPS', this.stream)) as Promise<string[][]>,
      this.withGroup(() => this.redis.xpending(this.stream, this.group)) as Promise<[number, string | null]>,
    ]);
    const g = groups.find((x) => field(x, 'name') === this.group);
    const lag = field(g ?? null, 'lag');
    return {
      delivered: field(g ?? null, 'last-delivered-id') ?? '0-0',
      lag: lag === undefined || lag === null ? null : Number(lag),
      pending: Number(summary[0]),
      oldest: summary[1],
    };
  }

  async doneThrough(): Promise<{ before: string; epoch: string }> {
    const [g, info] = await Promise.all([this.groupState(), this.redis.info('server')]);
    const next = nextId(g.delivered);
    const before = g.oldest && compareIds(g.oldest, next) < 0 ? g.oldest : next;
    return { before, epoch: /run_id:(\w+)/.exec(info)?.[1] ?? '' };
  }

  async trim(): Promise<number> {
    const { before } = await this.doneThrough();
    const keepDeadFrom = this.now() - (this.o.deadLetterDays ?? 7) * 86_400_000;
    const [a, b] = await Promise.all([
      this.redis.xtrim(this.stream, 'MINID', before),
      this.redis.xtrim(this.dead, 'MINID', `${keepDeadFrom}-0`),
    ]);
    // Workers that stopped long ago (an hour) with nothing pending leave the group's list.
    const forget = this.o.forgetConsumersAfterMs ?? 3_600_000;
    const consumers = (await this.redis.xinfo('CONSUMERS', this.stream, this.group)) as string[][];
    for (const c of consumers)
      if (Number(field(c, 'pending') ?? 1) === 0 && Number(field(c, 'idle') ?? 0) >= forget)
        await this.redis.xgroup('DELCONSUMER', this.stream, this.group, String(field(c, 'name')));
    return Number(a) + Number(b);
  }

  async health(): Promise<BusHealth> {
    const base: BusHealth = {
      type: 'redis-streams',
      connected: this.redis.status === 'ready',
      backlog: 0,
      pending: 0,
      undelivered: null,
      oldestPendingSeconds: null,
      consumers: [],
      deadLetters: 0,
      lastError: this.failure,
    };
    if (!base.connected) return base;
    try {
      const [g, consumers, dead, backlog] = await Promise.all([
        this.groupState(),
        this.withGroup(() => this.redis.xinfo('CONSUMERS', this.stream, this.group)) as Promise<unknown[][]>,
        this.redis.xlen(this.dead),
        this.redis.get(this.backlogKey),
      ]);
      return {
        ...base,
        backlog: Math.max(0, Number(backlog ?? 0)),
        pending: g.pending,
        undelivered: g.lag,
        oldestPendingSeconds: g.oldest ? Math.max(0, (this.now() - idMs(g.oldest)) / 1000) : null,
        consumers: consumers.map((c) => ({
          name: String(field(c as string[], 'name')),
          pending: Number(field(c as string[], 'pending') ?? 0),
          idleSeconds: Number(field(c as string[], 'idle') ?? 0) / 1000,
        })),
        deadLetters: Number(dead),
      };
    } catch (e) {
      return { ...base, lastError: (e as Error).message };
    }
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const raw = (await this.redis.xrevrange(this.dead, '+', '-', 'COUNT', limit)) as RawEntry[];
    return raw.map(([id, f]) => ({
      id,
      entryId: field(f, 'entry') ?? '',
      posts: Number(field(f, 'n') ?? 0),
      error: field(f, 'error') ?? '',
      deliveries: Number(field(f, 'deliveries') ?? 0),
      at: field(f, 'at') ?? '',
    }));
  }

  private async deadEntries(ids: readonly string[] | 'all'): Promise<RawEntry[]> {
    if (ids === 'all') return (await this.redis.xrange(this.dead, '-', '+')) as RawEntry[];
    const out: RawEntry[] = [];
    for (const id of ids) out.push(...((await this.redis.xrange(this.dead, id, id)) as RawEntry[]));
    return out;
  }

  async replay(ids: readonly string[] | 'all'): Promise<number> {
    let n = 0;
    for (const [id, f] of await this.deadEntries(ids)) {
      const posts = field(f, 'posts') ?? '[]';
      const count = Number(field(f, 'n') ?? 0);
      await this.exec(
        this.redis
          .multi()
          .xadd(this.stream, '*', 'n', String(count), 'posts', posts)
          .incrby(this.backlogKey, count)
          .xdel(this.dead, id),
      );
      n++;
    }
    return n;
  }

  async discard(ids: readonly string[] | 'all'): Promise<number> {
    const entries = await this.deadEntries(ids);
    if (entries.length === 0) return 0;
    return Number(await this.redis.xdel(this.dead, ...entries.map((e) => e[0])));
  }

  /** Publishes a message on a channel (the live feed across processes). */
  publish(channel: string, message: string): Promise<number> {
    return this.redis.publish(this.key(channel), message);
  }

  /** Subscribes on a connection of its own; returns the unsubscribe. */
  async subscribe(channel: string, fn: (message: string) => void): Promise<() => Promise<void>> {
    const sub = this.redis.duplicate({ enableOfflineQueue: true });
    sub.on('error', () => undefined);
    const name = this.key(channel);
    sub.on('message', (ch: string, msg: string) => {
      if (ch === name) fn(msg);
    });
    // ioredis re-subscribes by itself after a reconnect.
    await sub.subscribe(name);
    return async () => {
      sub.disconnect();
    };
  }

  key(name: string): string {
    return `${this.o.prefix ?? 'brightline'}:${name}`;
  }

  async close(): Promise<void> {
    this.reader.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
