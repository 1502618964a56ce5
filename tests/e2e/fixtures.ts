import { test as base, type Page } from '@playwright/test';
import { freshDataDir, startHost, type RunningHost } from './host';
import { seedClient, type SeedClient } from './support/api';

/** What to do to the data folder between stopping and starting the host (e.g. damage a file). */
export interface RestartOptions {
  whileStopped?: (dataDir: string) => Promise<void>;
}

interface HostFixture {
  host: RunningHost;
  /** Stops the host and starts a new one on the same data folder, then reopens the app. */
  restartHost(options?: RestartOptions): Promise<RunningHost>;
  dataDir: string;
  /** The typed client of the host the test started with (see `seedClient` after a restart). */
  api: SeedClient;
}

/** Every test gets its own data folder and its own web host, opened in the page. */
export const test = base.extend<HostFixture>({
  dataDir: async ({}, use) => {
    const { dir, cleanup } = await freshDataDir();
    await use(dir);
    await cleanup();
  },
  // Automatic: every test starts on the opened app, whether or not it names `host`.
  host: [
    async ({ dataDir, page }, use) => {
      const state = { current: await startHost(dataDir) };
      await page.goto(state.current.launchUrl);
      await use(state.current);
      await state.current.stop();
    },
    { auto: true },
  ],
  api: async ({ host }, use) => {
    await use(seedClient(host));
  },
  restartHost: async ({ host, dataDir, page }, use) => {
    let current = host;
    await use(async (options?: RestartOptions) => {
      await current.stop();
      await options?.whileStopped?.(dataDir);
      current = await startHost(dataDir);
      await page.goto(current.launchUrl);
      return current;
    });
    await current.stop();
  },
});

export { expect } from '@playwright/test';
export type { Page };
