import type { TestProject } from 'vitest/node';
import { startPostgres } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for this run: each service harness gets a database of its own on it. */
    postgresUrl: string;
  }
}

/**
 * The PostgreSQL for the `postgres` test project: the server named by BRIGHTLINE_TEST_POSTGRES (CI
 * starts Debian's on loopback; the role needs CREATEDB), else a private one started here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.BRIGHTLINE_TEST_POSTGRES;
  if (given) {
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  const pg = await startPostgres();
  project.provide('postgresUrl', pg.url);
  return () => pg.destroy();
}
