import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['node_modules/**', 'web/**', 'test/browser/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on the CI machine: more workers only fight over them (and over PostgreSQL).
    maxWorkers: 2,
  },
});
