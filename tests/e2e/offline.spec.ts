/**
 * Offline and firewalled use (issue 6):
 * 1. the static build, served locally, walks every step of every chapter without a request to another host;
 * 2. the single-file build (npm run build:single) works opened from disk (file://) with the network off.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

/** Waits until the lesson has rendered: a step title, no lazy fallback, no formula waiting for KaTeX. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h2').first()).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/** The chapter ids, read from the chapter navigation (chapters are added all the time: never hard-coded). */
async function chapterIds(page: Page): Promise<string[]> {
  const ids = await page.locator('.chapter-nav [data-chapter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter') ?? ''));
  expect(ids.length, 'at least one chapter').toBeGreaterThan(0);
  return ids;
}

test('static build: every step of every chapter, fonts self-hosted, no request to another host', async ({ page, expectClean }) => {
  test.setTimeout(240_000);
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (/\.woff2($|\?)/.test(r.url())) fonts.push(r.url());
  });
  await page.goto('/');
  await settled(page);
  let walked = 0;
  let formulas = 0;
  for (const chapter of await chapterIds(page)) {
    await page.locator(`.chapter-nav [data-chapter="${chapter}"]`).click();
    // The page shows this chapter (its messages may still be loading; the step dots are the previous chapter's until then).
    await expect(page.locator(`.chapter-nav [data-chapter="${chapter}"]`)).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`#v1/${chapter}/`));
    await settled(page);
    const steps = page.locator('.step-dots button');
    const n = await steps.count();
    expect(n, `chapter ${chapter} has steps`).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await steps.nth(i).click();
      await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
      await expect(page).toHaveURL(new RegExp(`#v1/${chapter}/`));
      await settled(page);
      if (await page.locator('.katex').count()) formulas++;
      walked++;
    }
  }
  expect(walked).toBeGreaterThan(1);
  await page.waitForLoadState('networkidle');
  // KaTeX drew formulas with its own fonts, fetched from this server (not every step has one: some show it only after a guess).
  expect(formulas, 'steps with a typeset formula').toBeGreaterThan(walked / 2);
  expect(fonts.length, 'KaTeX woff2 fonts were loaded').toBeGreaterThan(0);
  for (const url of fonts) expect(new URL(url).hostname).toBe('127.0.0.1');
  expectClean();
});

test.describe('single file from disk, network off', () => {
  test.describe.configure({ mode: 'serial' });
  // The real script, into a folder of this run's own (engineers run the suite in parallel in one tree).
  const outDir = `node_modules/.cache/e2e-single-${process.env.PW_PORT ?? 'local'}`;
  const built = resolve(process.cwd(), outDir, 'index.html');
  // The teacher copies this one file to a USB stick: it is opened from a folder of its own.
  const file = resolve(process.cwd(), outDir, 'usb-stick', 'index.html');

  test.beforeAll(() => {
    execSync(`npm run build:single -- --outDir ${outDir} --emptyOutDir --logLevel warn`, { cwd: process.cwd(), stdio: 'pipe', timeout: 120_000 });
    expect(existsSync(built), 'npm run build:single wrote index.html').toBe(true);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(built, file);
  });

  test('is one self-contained file: no script, stylesheet or font to fetch', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+\ssrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).not.toMatch(/url\((?!["']?data:)[^)]*\.woff2/);
  });

  test('walks the first chapter, opens every lazy chapter, edits a cell, renders formulas', async ({ page, context, expectClean }) => {
    test.setTimeout(90_000);
    const network: string[] = [];
    await context.route('**/*', async (route, req) => {
      const url = req.url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      network.push(url);
      await route.abort('internetdisconnected');
    });
    // Storage can fail on file:// (and in private mode): the app must not depend on it.
    await page.addInitScript(() => {
      const deny = () => {
        throw new DOMException('storage disabled for this test', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
      Object.defineProperty(window, 'sessionStorage', { get: deny, configurable: true });
    });

    await page.goto(pathToFileURL(file).href);
    await settled(page);
    const [first, ...lazy] = await chapterIds(page);
    await expect(page).toHaveURL(new RegExp(`#v1/${first}/`));

    // Every step of the first chapter, by keyboard.
    const dots = page.locator('.step-dots button');
    const n = await dots.count();
    for (let i = 0; i < n; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(dots.nth(i)).toHaveAttribute('aria-current', 'step');
      await settled(page);
    }
    await expect(page.locator('.katex').first()).toBeAttached();

    // Edit a cell on the first step: a dependent number or formula changes.
    await page.keyboard.press('Home');
    await expect(dots.first()).toHaveAttribute('aria-current', 'step');
    await settled(page);
    const snapshot = () =>
      page.locator('main').evaluate((m) => `${m.textContent}|${[...m.querySelectorAll('[data-tex]')].map((e) => e.getAttribute('data-tex')).join('|')}`);
    const before = await snapshot();
    const cell = page.locator('main [data-cell]').first();
    await cell.fill('0.9');
    await cell.press('Tab');
    await expect.poll(snapshot).not.toBe(before);

    // One step of each lazily loaded chapter (their code is inlined in the file).
    for (const chapter of lazy) {
      await page.locator(`.chapter-nav [data-chapter="${chapter}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#v1/${chapter}/`));
      await settled(page);
    }
    // The real model's weights are inlined too: the chapter predicts "on" after "The cat sat" with the network off.
    if (lazy.includes('real-model')) {
      await page.evaluate(() => {
        window.location.hash = '#v1/real-model/next-token';
      });
      await expect(page.locator('[data-value="next.on"]')).toHaveText('1.000');
    }
    // The decode benchmark's Web Worker cannot start from file://: its main-thread fallback must finish instead.
    if (lazy.includes('generate')) {
      await page.evaluate(() => {
        window.location.hash = '#v1/generate/benchmark';
      });
      const run = page.locator('[data-action="bench-run"]');
      if ((await run.count()) > 0) {
        await page.locator('select[data-cell="benchN"]').selectOption({ index: 0 });
        await run.click();
        await expect(page.locator('[data-value="bench.status"]')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
      }
    }
    // KaTeX fonts are inlined: every @font-face of KaTeX uses a data: URL.
    const fontSources = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule).map((r) => (r as CSSFontFaceRule).style.getPropertyValue('src')),
    );
    expect(fontSources.length).toBeGreaterThan(0);
    for (const src of fontSources) expect(src).toMatch(/^url\("?data:/);
    expect(network, 'no network request at all').toEqual([]);
    expectClean();
  });
});
