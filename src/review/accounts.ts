import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../adapters/stores/schema.js';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.js';
import type { Role } from './permissions.js';
import { USER_ROLES } from './permissions.js';

/** Who is making a request: a person with a session, or a machine with an API token. */
export type Principal =
  | { kind: 'user'; id: number; username: string; role: Role }
  | { kind: 'token'; id: number; name: string; role: Role };

/** How a principal is named in the audit log. */
export function actorName(p: Principal | null): string {
  if (!p) return 'anonymous';
  return p.kind === 'user' ? `user:${p.username}` : `token:${p.name}`;
}

export interface UserView {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 64 };
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD = 12;

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keylen, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  const want = Buffer.from(hash, 'base64');
  return want.length === key.length && timingSafeEqual(want, key);
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** A random secret, URL-safe, with a prefix that says what it is (so leaked ones can be spotted). */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(24).toString('base64url')}`;

/** A password people can type: 4 groups of 5 lowercase letters and digits (~103 bits). */
export function newPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]!);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Users, sessions and API tokens. Passwords are scrypt hashes; session and API tokens are stored as SHA-256. */
export class AccountService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly sessionHours = 12,
  ) {}

  async countUsers(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async createUser(username: string, password: string, role: Role): Promise<UserView> {
    if (!USERNAME.test(username))
      throw new InvalidRequestError(
        'username must be 2–64 characters: lowercase letters, digits, dot, dash or underscore',
      );
    if (!(USER_ROLES as readonly string[]).includes(role))
      throw new InvalidRequestError(`role must be one of ${USER_ROLES.join(', ')}`);
    if (password.length < MIN_PASSWORD)
      throw new InvalidRequestError(`password must be at least ${MIN_PASSWORD} characters`);
    const exists = await this.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (exists) throw new ConflictError(`user ${username} already exists`);
    const r = await this.db
      .insertInto('users')
      .values({
        username,
        password_hash: await hashPassword(password),
        role,
        disabled: 0,
        created_at: this.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.user(r.id))!;
  }

  async user(idOrName: number | string): Promise<UserView | undefined> {
    const r = await this.db
      .selectFrom('users')
      .selectAll()
      .where(typeof idOrName === 'number' ? 'id' : 'username', '=', idOrName)
      .executeTakeFirst();
    return r && toView(r);
  }

  async listUsers(): Promise<UserView[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('username').execute()).map(toView);
  }

  private async mustExist(username: string): Promise<UserView> {
    const u = await this.user(username);
    if (!u) throw new NotFoundError(`no user ${username}`);
    return u;
  }

  /** Disables a user and ends their sessions. */
  async disableUser(username: string): Promise<UserView> {
    const u = await this.mustExist(username);
    await this.db.updateTable('users').set({ disabled: 1 }).where('id', '=', u.id).execute();
    await this.db.deleteFrom('sessions').where('user_id', '=', u.id).execute();
    return { ...u, disabled: true };
  }

  async setRole(username: string, role: Role): Promise<{ user: UserView; from: Role }> {
    if (!(USER_ROLES as readonly string[]).includes(role))
      throw new InvalidRequestError(`role must be one of ${USER_ROLES.join(', ')}`);
    const u = await this.mustExist(username);
    await this.db.updateTable('users').set({ role }).where('id', '=', u.id).execute();
    return { user: { ...u, role }, from: u.role };
  }

  async setPassword(username: string, password: string): Promise<void> {
    if (password.length < MIN_PASSWORD)
      throw new InvalidRequestError(`password must be at least ${MIN_PASSWORD} characters`);
    const u = await this.mustExist(username);
    await this.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(password) })
      .where('id', '=', u.id)
      .execute();
    await this.db.deleteFrom('sessions').where('user_id', '=', u.id).execute();
  }

  /** The user for a username and password, or undefined (unknown, wrong password or disabled). */
  async checkLogin(username: string, password: string): Promise<UserView | undefined> {
    const r = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    // Hash anyway for unknown users, so timing does not tell which usernames exist.
    const ok = await verifyPassword(password, r?.password_hash ?? DUMMY_HASH);
    if (!r || !ok || r.disabled) return undefined;
    return toView(r);
  }

  async createSession(userId: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newSecret('bls');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3600_000);
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: sha256(token),
        user_id: userId,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** The principal and CSRF token for a session cookie, if the session is live and the user enabled. */
  async session(token: string): Promise<{ principal: Principal; csrfToken: string } | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.username',
        'users.role',
        'users.disabled',
        'sessions.csrf_token',
        'sessions.expires_at',
      ])
      .where('sessions.token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!r || r.disabled || r.expires_at <= this.now().toISOString()) return undefined;
    return {
      principal: { kind: 'user', id: r.id, username: r.username, role: r.role as Role },
      csrfToken: r.csrf_token,
    };
  }

  async endSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
  }

  async createToken(name: string, role: Role): Promise<{ id: number; token: string }> {
    if (!/^[\w.-]{1,64}$/.test(name))
      throw new InvalidRequestError('token name must be 1–64 letters, digits, dot, dash or underscore');
    const token = newSecret('blt');
    const r = await this.db
      .insertInto('api_tokens')
      .values({ name, token_hash: sha256(token), role, created_at: this.now().toISOString(), revoked: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: r.id, token };
  }

  /**
   * The principal of an API token. While the database is unreachable, a token seen valid in the
   * last 15 minutes still authenticates (so ingest machines can keep handing posts to the work bus
   * through a database outage); revocation takes effect as soon as the database answers again.
   */
  private readonly knownTokens = new Map<string, { principal: Principal; at: number }>();

  async tokenPrincipal(token: string): Promise<Principal | undefined> {
    const hash = sha256(token);
    let r;
    try {
      r = await this.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .where('revoked', '=', 0)
        .executeTakeFirst();
    } catch (e) {
      const known = this.knownTokens.get(hash);
      if (known && this.now().getTime() - known.at < 15 * 60_000) return known.principal;
      throw e;
    }
    if (!r) {
      this.knownTokens.delete(hash);
      return undefined;
    }
    const principal: Principal = { kind: 'token', id: r.id, name: r.name, role: r.role as Role };
    this.knownTokens.set(hash, { principal, at: this.now().getTime() });
    if (this.knownTokens.size > 1_000) this.knownTokens.delete(this.knownTokens.keys().next().value!);
    return principal;
  }

  async listTokens(): Promise<
    { id: number; name: string; role: Role; createdAt: string; revoked: boolean }[]
  > {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role as Role,
      createdAt: r.created_at,
      revoked: r.revoked === 1,
    }));
  }

  async revokeToken(id: number): Promise<void> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked: 1 })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFoundError(`no token ${id}`);
  }
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

function toView(r: Selectable<Database['users']>): UserView {
  return {
    id: r.id,
    username: r.username,
    role: r.role as Role,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  };
}
