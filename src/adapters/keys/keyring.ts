import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { AuthorPseudonymizer } from '../stores/author-key.js';

const KeyFile = z.object({
  active: z.string(),
  keys: z.array(z.object({ id: z.string(), hmac: z.string(), seal: z.string(), createdAt: z.string() })),
});
type KeyFile = z.infer<typeof KeyFile>;

export class KeyringError extends Error {
  override name = 'KeyringError';
}

/** Author keys: a keyed hash for pseudonyms and a sealing key for audited reveal, with rotation. */
export interface AuthorKeyring extends AuthorPseudonymizer {
  /** Encrypts a handle under the active key (AES-256-GCM); the result is opaque text. */
  seal(author: string): string;
  /** Opens a handle sealed under key `keyId`, which may be an older, rotated key. */
  unseal(keyId: string, sealed: string): string;
  /** Key ids, newest last. */
  keyIds(): string[];
}

function newKey(now: Date): KeyFile['keys'][number] {
  const hmac = randomBytes(32);
  return {
    id: createHash('sha256').update(hmac).digest('hex').slice(0, 12),
    hmac: hmac.toString('base64'),
    seal: randomBytes(32).toString('base64'),
    createdAt: now.toISOString(),
  };
}

function writeKeyFile(path: string, f: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(f, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, path);
}

function readKeyFile(path: string): KeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new KeyringError(`author keyring ${path} cannot be read: ${(e as Error).message}`, { cause: e });
  }
  const r = KeyFile.safeParse(raw);
  if (!r.success || !r.data.keys.some((k) => k.id === r.data.active))
    throw new KeyringError(`author keyring ${path} is damaged (no active key)`);
  return r.data;
}

/** Loads the keyring at `path` (mode 0600), creating one key on first use. */
export function loadKeyring(path: string, now = new Date()): AuthorKeyring {
  let file: KeyFile;
  if (existsSync(path)) file = readKeyFile(path);
  else {
    const k = newKey(now);
    file = { active: k.id, keys: [k] };
    writeKeyFile(path, file);
  }
  const byId = new Map(file.keys.map((k) => [k.id, k]));
  const active = byId.get(file.active)!;
  const hmacKey = Buffer.from(active.hmac, 'base64');
  const sealKey = Buffer.from(active.seal, 'base64');
  return {
    keyId: active.id,
    pseudonymize: (author) => createHmac('sha256', hmacKey).update(author).digest('hex'),
    seal(author) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([c.update(author, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    unseal(keyId, sealed) {
      const k = byId.get(keyId);
      if (!k) throw new KeyringError(`author key ${keyId} is not in the keyring`);
      const buf = Buffer.from(sealed, 'base64');
      const d = createDecipheriv('aes-256-gcm', Buffer.from(k.seal, 'base64'), buf.subarray(0, 12));
      d.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
    },
    keyIds: () => file.keys.map((k) => k.id),
  };
}

/** Adds a new active key; older keys stay so that old cases can still be revealed. Returns the new id. */
export function rotateKeyring(path: string, now = new Date()): string {
  const file = existsSync(path) ? readKeyFile(path) : { active: '', keys: [] };
  const k = newKey(now);
  writeKeyFile(path, { active: k.id, keys: [...file.keys, k] });
  return k.id;
}
