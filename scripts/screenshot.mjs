// Regenerates the pictures in docs/ from the real built page: `npm run screenshot`.
//   docs/screenshot.png, docs/screenshot-phone-zh.png   (README)
//   docs/stage/<chapter>-<width>x<height>-<lang>.png       every chapter's stage at its last step
//                                                          (the stage fully progressed), 1280×720
//                                                          and 390×844, English and Chinese.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = [
  [1280, 720],
  [390, 844],
];

const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'node_modules/.cache/shot-dist', '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'node_modules/.cache/shot-dist', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });

/** Waits until the step's view, its formulas and the fonts are ready. */
async function settled(page) {
  await page.locator('main .step-title').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]') && !document.querySelector('.loading'));
  await page.evaluate(() => document.fonts.ready);
}

try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', reducedMotion: 'reduce' });
  mkdirSync('docs/stage', { recursive: true });

  // README pictures.
  await page.goto(`${ORIGIN}/#v1/worked/weights?l=en`);
  await settled(page);
  await page.getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Check my guess' }).click();
  await settled(page);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${ORIGIN}/#v1/worked/scores?l=zh`);
  await settled(page);
  await page.screenshot({ path: 'docs/screenshot-phone-zh.png' });

  // Every chapter's stage (chapters and steps read from the page: nothing hard-coded here).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${ORIGIN}/#v1/worked/setting?l=en`);
  await settled(page);
  const chapters = await page.locator('.chapter-nav [data-chapter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter')));
  let n = 0;
  for (const chapter of chapters) {
    await page.goto(`${ORIGIN}/#v1/${chapter}?l=en`);
    await settled(page);
    const steps = await page.locator('.step-dots [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
    const last = steps[steps.length - 1];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'zh']) {
        await page.goto(`${ORIGIN}/#v1/${chapter}/${last}?l=${lang}`);
        await settled(page);
        await page.screenshot({ path: `docs/stage/${chapter}-${width}x${height}-${lang}.png` });
        n++;
      }
    }
  }
  await browser.close();
  console.log(`wrote docs/screenshot.png, docs/screenshot-phone-zh.png and ${n} pictures in docs/stage/`);
} finally {
  process.kill(-server.pid);
}
