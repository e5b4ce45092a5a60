import { ConfigError } from '../config/config.js';
import { SourceReadError } from '../ports/post-source.js';
import { StoreError } from '../ports/alert-store.js';
import { BusError } from '../ports/work-bus.js';
import { KeyringError } from '../adapters/keys/keyring.js';

/** Prints a fatal error once, without a stack for known errors, and returns the exit code. */
export function reportFatal(e: unknown): number {
  if (e instanceof ConfigError) {
    process.stderr.write(`brightline: config error\n${e.message}\n`);
    return 2;
  }
  if (
    e instanceof SourceReadError ||
    e instanceof StoreError ||
    e instanceof BusError ||
    e instanceof KeyringError
  ) {
    process.stderr.write(`brightline: ${e.message}\n`);
    return 1;
  }
  process.stderr.write(
    `brightline: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  return 1;
}
