import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Keyed pseudonyms for authors: HMAC-SHA-256 under a secret kept beside the database. */
export interface AuthorPseudonymizer {
  keyId: string;
  pseudonymize(author: string): string;
}

/** Loads the key at `path`, creating a random 32-byte key (mode 0600) on first use. */
export function loadAuthorKey(path: string): AuthorPseudonymizer {
  let key: Buffer;
  if (existsSync(path)) {
    key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length < 16) throw new Error(`author key ${path} is too short or not base64`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    key = randomBytes(32);
    writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return { keyId, pseudonymize: (author) => createHmac('sha256', key).update(author).digest('hex') };
}
