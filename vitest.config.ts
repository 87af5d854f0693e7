import { defineConfig } from 'vitest/config';
import BrowserFilesFirst from './test/sequencer.js';

// Three tiers (CONVENTIONS 3.8): pure units, HTTP against real databases, and the browser.
export default defineConfig({
  test: {
    // Once per run: the code child processes run, compiled, and the migrated databases every test
    // database is copied from (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default on this 2-core machine is one file at a time; most API and browser test time is
    // spent waiting on PostgreSQL, child processes and the browser, so three of those files share the
    // two cores. The browser files share the API files' group and start before them (test/sequencer.ts),
    // so that the many short API files, not a long browser file, end the run; the web app is built once
    // before any of them (test/e2e/global-setup.ts). The unit files run before them, on their own.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 3),
    sequence: { sequencer: BrowserFilesFirst },
    projects: [
      {
        test: {
          // The extractor's timed tests run first and alone, so that the machine's cores are theirs.
          name: 'timing',
          include: ['test/timing/**/*.test.ts'],
          environment: 'node',
          maxWorkers: 1,
          // gc() before a timed run, so that one run does not pay for the garbage the runs before it left.
          execArgv: ['--expose-gc'],
          // Vitest puts an isolated one-worker project of group 0 in a group of its own after every
          // other group, which ran these tests last; not isolated (one file), they keep group 0: first.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Pure modules with no global state: load the extractor and the scoring engine once per worker.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          // A worker keeps the modules it loaded from one API file to the next instead of loading the
          // server (and the password checker's dictionaries) again for each file: every file starts its
          // own servers and databases, and no module keeps per-test state outside them.
          isolate: false,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // As for the API files: every browser file starts its own server and browser, and no module
          // keeps state between files, so a worker loads playwright and the support code once.
          isolate: false,
          sequence: { groupOrder: 2 },
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A condition polled for gets as long as one a locator waits for (Playwright's 30 s), not
          // vitest's 1 s: a busy machine draws a page late, and the check stays the same.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
