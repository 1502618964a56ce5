import config from '../../playwright.config';

/** The Chromium the end-to-end tests use (playwright.config.ts), for the benchmarks that drive a browser. */
export const CHROMIUM_PATH = config.use?.launchOptions?.executablePath ?? '/usr/bin/chromium';

/** The same command-line flags as the end-to-end tests. */
export const CHROMIUM_ARGS: readonly string[] = config.use?.launchOptions?.args ?? [];
