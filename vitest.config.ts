import { defineConfig } from 'vitest/config'

// Two groups, run one after the other. Most test files are pure code and run two at a time (CI
// has 2 cores; vitest's default on 2 cores is one worker, which left one core idle for the whole
// run). The end-to-end files each drive a Chromium of several processes, so they run one at a
// time, after the rest, as they always did.
const e2e = 'tests/e2e/**/*.test.ts'

export default defineConfig({
  test: {
    environment: 'node',
    // A guard against a hung test, not a speed check (speed is measured in npm run bench): with
    // two files at a time on two cores, a property test's 2 s can stretch on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report is what .ci/run counts ("N passed, N failed").
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-report.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'code',
          include: ['tests/**/*.test.ts'],
          exclude: [e2e],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [e2e],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
