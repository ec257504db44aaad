import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a page does after a fetch or a pause in typing; on a busy 2-core CI machine that can
    // take longer than the default second. It waits, it never measures: no test asserts on time.
    expect: { poll: { timeout: 10_000 } },
  },
});
