import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/hostile/**'],
    // The process-wide flags the entry points set (test/helpers/process-flags.ts).
    setupFiles: ['test/helpers/process-flags.ts', 'test/helpers/cleanup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test spawns git and node processes; two workers match this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
