import { defineConfig } from 'vitest/config';

const common = { testTimeout: 30_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    projects: [
      // Everything, on the embedded default (SQLite, in-process pipeline).
      { test: { ...common, name: 'embedded', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      // The review service's suites again with PostgreSQL as the store (every route, role, workflow,
      // audit and retention test), on a private server the setup starts.
      {
        test: {
          ...common,
          name: 'postgres',
          include: ['test/server/**/*.test.ts'],
          exclude: ['test/server/cli-serve.test.ts'],
          globalSetup: ['test/scale/postgres-setup.ts'],
        },
      },
    ],
  },
});
