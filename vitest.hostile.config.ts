import { defineConfig } from 'vitest/config';

// npm run test:hostile: the hostile corpus, faults, security and property tests (test/hostile/).
export default defineConfig({
  test: {
    include: ['test/hostile/**/*.test.ts'],
    globalSetup: ['test/hostile/global-setup.ts'],
    // The process-wide flags the entry points set (test/helpers/process-flags.ts).
    setupFiles: ['test/helpers/process-flags.ts', 'test/helpers/cleanup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test spawns git and node processes; two workers match this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
