// End-to-end tests against the release build in dist/, in Debian's Chromium (never a downloaded
// browser: this machine cannot download one).
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

// E2E_PORT lets several checkouts on one machine run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  // Two files at once (the tests of one file in order): the machines have two cores. The
  // benchmarks run with --workers=1 (.ci/test), on a quiet machine. Each spec that starts its own
  // server takes its own port above E2E_PORT (offline: +1, first-visit: +3; Lighthouse's default
  // is the default E2E_PORT + 2).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  webServer: {
    command: `node serve.mjs ../../dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
