import type { TestProject } from 'vitest/node';
import { startPostgres } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for this run: each service harness gets a database of its own on it. */
    postgresUrl: string;
  }
}

/** Starts a private PostgreSQL for the `postgres` test project and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const pg = await startPostgres();
  project.provide('postgresUrl', pg.url);
  return () => pg.destroy();
}
