import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', '.data/**'],
    // One embedded PostgreSQL for the whole run; each test file clones its own database from a template.
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // A worker runs its files one after another in one module graph: the platform's modules are loaded once per
    // worker, not once per file, and files without stack overrides share the worker's stack
    // (test/support/shared-stack.ts). No test may leave module state behind (no vi.mock, stubbed env or timers).
    isolate: false,
    // One worker more than cores: a file spends much of its time waiting on PostgreSQL, child processes and
    // Chromium, and the extra worker fills those waits (2 cores: 265 s with 2 workers, 222 s with 3, 234 s with 4).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
  },
})
