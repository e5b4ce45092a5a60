import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const severity = z.enum(['low', 'medium', 'high', 'critical']);

/** The configuration file: alert threshold, protected entities and topics. */
export const ConfigSchema = z
  .object({
    alertThreshold: severity.default('medium'),
    /** k-anonymity for trends: a cell with fewer distinct authors is suppressed (never below 10). */
    minAuthorsPerCell: z
      .number()
      .int()
      .min(10, 'must be at least 10: smaller cells can single people out')
      .default(50),
    protectedEntities: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)).default([]),
          kind: z.enum(['person', 'role', 'organisation']).default('person'),
        }),
      )
      .default([]),
    topics: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          keywords: z.array(z.string().min(1)).default([]),
          phrases: z.array(z.string().min(1)).default([]),
          hashtags: z.array(z.string().min(1)).default([]),
          handles: z.array(z.string().min(1)).default([]),
          aliases: z.array(z.string().min(1)).default([]),
        }),
      )
      .default([]),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_NAMES = ['brightline.yaml', 'brightline.yml', 'brightline.json'];

/** Finds the config: `--config PATH`, else brightline.{yaml,yml,json} in `cwd`, else defaults. */
export function loadConfig(
  explicit: string | undefined,
  cwd = process.cwd(),
): { config: Config; path?: string } {
  const path = explicit
    ? resolve(cwd, explicit)
    : DEFAULT_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (!path) return { config: ConfigSchema.parse({}) };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `${path}: cannot read config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(
      `${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`,
    );
  }
  const r = ConfigSchema.safeParse(raw ?? {});
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `${path}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`,
    );
    throw new ConfigError(lines.join('\n'));
  }
  return { config: r.data, path };
}
