import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test of the packaged Windows app (tests/electron), run by
 * .github/workflows/windows.yml after `npm run dist:win`. Kept apart from playwright.config.ts, whose
 * end-to-end tests drive the web host in Chromium (testDir tests/e2e) and never see this folder.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
