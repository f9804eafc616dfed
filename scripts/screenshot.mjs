// Regenerates docs/screenshot.png (README) from the real built page: `npm run screenshot`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4190;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'node_modules/.cache/shot-dist', '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'node_modules/.cache/shot-dist', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${PORT}/#v1/worked/weights?l=en`);
  await page.getByRole('radio', { name: '15 % to 27 %' }).check();
  await page.getByRole('button', { name: 'Check my guess' }).click();
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]'));
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  await page.goto(`http://127.0.0.1:${PORT}/#v1/worked/scores?l=zh`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]'));
  await page.screenshot({ path: 'docs/screenshot-phone-zh.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png and docs/screenshot-phone-zh.png');
} finally {
  process.kill(-server.pid);
}
