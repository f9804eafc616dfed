import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// Each run builds into its own folder and serves on its own port, so parallel runs (several engineers
// in one working tree) never test each other's half-built output. Workers inherit PW_PORT from the runner.
process.env.PW_PORT ??= String(4200 + Math.floor(Math.random() * 700));
const PORT = Number(process.env.PW_PORT);
const OUT_DIR = `node_modules/.cache/e2e-dist-${PORT}`;
const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results/ itself: Playwright empties its outputDir on start, which would delete unit.json.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js build --outDir ${OUT_DIR} --emptyOutDir --logLevel warn && node node_modules/vite/bin/vite.js preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
