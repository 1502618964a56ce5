import { test as base, type Page } from '@playwright/test';
import { freshDataDir, startHost, type RunningHost } from './host';

interface HostFixture {
  host: RunningHost;
  /** Stops the host and starts a new one on the same data folder, then reopens the app. */
  restartHost(): Promise<RunningHost>;
  dataDir: string;
}

/** Every test gets its own data folder and its own web host, opened in the page. */
export const test = base.extend<HostFixture>({
  dataDir: async ({}, use) => {
    const { dir, cleanup } = await freshDataDir();
    await use(dir);
    await cleanup();
  },
  host: async ({ dataDir, page }, use) => {
    const state = { current: await startHost(dataDir) };
    await page.goto(state.current.launchUrl);
    await use(state.current);
    await state.current.stop();
  },
  restartHost: async ({ host, dataDir, page }, use) => {
    let current = host;
    await use(async () => {
      await current.stop();
      current = await startHost(dataDir);
      await page.goto(current.launchUrl);
      return current;
    });
    await current.stop();
  },
});

export { expect } from '@playwright/test';
export type { Page };
