import { resolve } from 'node:path';
import envPaths from 'env-paths';

/** The service's data directory: --data-dir, else BRIGHTLINE_DATA_DIR, else the user data directory. */
export function resolveDataDir(flag: string | undefined, env = process.env): string {
  return resolve(flag ?? env.BRIGHTLINE_DATA_DIR ?? envPaths('brightline', { suffix: '' }).data);
}
