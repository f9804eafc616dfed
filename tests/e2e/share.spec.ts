import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers';
import { readQr } from './qrRead';
import { openMenuIfFolded } from './walk';

const shareButton = (page: import('@playwright/test').Page) => page.locator('[data-control="share"]');

test.describe('share: link and QR code', () => {
  test('opens by keyboard, shows the link of this exact view and a QR code that reads back to it; Escape closes and returns focus', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/#v1/worked/scores?l=en&worked=q:0.5,1.25,2');
    await shareButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('share-panel')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Share this view' })).toBeVisible();
    await expect(page.locator('[data-control="copy-link"]')).toBeFocused();
    await expect(shareButton(page)).toHaveAttribute('aria-expanded', 'true');
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toBe(page.url());
    expect(link).toContain('#v1/worked/scores?l=en&worked=q:0.5,1.25,2');
    expect(await readQr(page, 300)).toBe(link);

    // The larger QR code for a projector reads the same.
    await page.getByRole('button', { name: 'Larger QR code' }).click();
    await expect(page.getByRole('button', { name: 'Larger QR code' })).toHaveAttribute('aria-pressed', 'true');
    expect(await readQr(page, 300)).toBe(link);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-panel')).toHaveCount(0);
    await expect(shareButton(page)).toBeFocused();
    await expect(shareButton(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('follows the reader: stepping on while open updates the link; Close button closes', async ({ page }) => {
    await page.goto('/#v1/worked/scores?l=zh');
    await shareButton(page).click();
    await expect(page.getByRole('heading', { name: '分享当前视图' })).toBeVisible();
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
    await page.locator('body').press('ArrowRight');
    await expect(page.getByTestId('share-link')).toHaveValue(/#v1\/worked\/scale\?l=zh$/);
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByTestId('share-panel')).toHaveCount(0);
    await expect(shareButton(page)).toBeFocused();
  });

  test('Copy link puts the link on the clipboard and says so politely', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#v1/worked/weights?l=en&worked=d:2;q:1,2;K:1,0_0,1_1,1;V:1,2_3,4_5,6;kOn:1,1;vOn:0,0');
    await shareButton(page).click();
    await page.locator('[data-control="copy-link"]').click();
    await expect(page.getByTestId('share-status')).toHaveText('Link copied.');
    await expect(page.getByTestId('share-status')).toHaveAttribute('role', 'status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('without a clipboard (file://, old browsers) the link is selected for Ctrl+C, with a message', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.goto('/#v1/worked/scores?l=zh');
    await shareButton(page).click();
    await page.locator('[data-control="copy-link"]').click();
    await expect(page.getByTestId('share-status')).toContainText('无法自动复制');
    const field = page.getByTestId('share-link');
    await expect(field).toBeFocused();
    const sel = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(sel).toEqual([0, sel[2], sel[2]]);
  });
});

test('the open share panel passes axe (WCAG 2.1 AA) in both languages and both themes', async ({ page }) => {
  for (const [lang, theme] of [['en', 'light'], ['zh', 'dark']] as const) {
    await page.goto('about:blank');
    await page.goto(`/#v1/worked/scores?l=${lang}`);
    await openMenuIfFolded(page);
    await page.locator('[data-control="theme"]').selectOption(theme);
    await shareButton(page).click();
    await expect(page.getByTestId('share-qr')).toBeVisible();
    await page.locator('[data-control="copy-link"]').click(); // status message visible too
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="share-panel"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('share: broken links open with a message, never a blank page; a damaged part costs only itself', () => {
  // [name, link, message, the step it opens on (1-based): 2 = the link's own step, kept]
  const broken: [string, string, RegExp, number][] = [
    ['truncated', '/#v1/worked/scores?l=en&worked=q:0.5,1.2', /./, 2],
    ['huge number', '/#v1/worked/scores?l=en&worked=q:1e999,1,2', /damaged/, 2],
    ['wrong matrix shape', '/#v1/worked/scores?l=en&worked=K:1,0_0,1', /damaged/, 2],
    ['percent garbage', '/#v1/worked/scores?l=en&worked=q:%E0%A4%A', /damaged/, 2],
    ['old version', '/#v0/worked/scores?l=en', /different version/, 1],
    ['unknown chapter', '/#v1/no-such-chapter/x?l=en', /damaged/, 1],
    ['100 KB hash', `/#v1/worked/scores?l=en&worked=q:${'1,'.repeat(50_000)}`, /too long/, 1],
  ];
  for (const [name, url, message, step] of broken) {
    test(`${name}: a notice, step ${step}, and a page that still works`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId('notice')).toBeVisible();
      await expect(page.getByTestId('notice')).toContainText(message);
      await expect(page.getByTestId('step-count')).toContainText(`Step ${step} of`);
      await page.locator('body').press('ArrowRight');
      await expect(page.getByTestId('step-count')).toContainText(`Step ${step + 1} of`);
      await expect(page).toHaveURL(step === 1 ? /#v1\/worked\/scores\?l=en$/ : /#v1\/worked\/scale\?l=en$/);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByTestId('notice')).toHaveCount(0);
    });
  }

  test('a Chinese link with one bad value stays Chinese and on its step, and says so in Chinese (an English browser)', async ({ page }) => {
    await page.goto('/#v1/worked/scores?l=zh&worked=q:abc');
    await expect(page.getByTestId('notice')).toContainText('这个链接有一部分已损坏');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('main .step-title')).toHaveAttribute('data-step', 'scores');
    await expect(page.locator('[data-value="scores.0"]')).toHaveText('3.000'); // the defaults where the link was damaged
  });
});

test('an edited cell survives a reload, on the same step and in the same language', async ({ page }) => {
  await page.goto('/#v1/worked/scores?l=zh');
  const before = await page.locator('[data-value="scores.0"]').textContent();
  await page.locator('[data-cell="q.0"]').fill('2.5');
  await expect(page.locator('[data-value="scores.0"]')).not.toHaveText(before ?? '');
  await expect(page.locator('[data-value="scores.0"]')).toHaveText('4.500');
  await expect(page).toHaveURL(/q:2\.5,1,2/);
  await page.reload();
  await expect(page).toHaveURL(/#v1\/worked\/scores\?l=zh/);
  await expect(page.getByTestId('step-count')).toContainText('2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-cell="q.0"]')).toHaveValue(/^2\.50*$/);
  await expect(page.locator('[data-value="scores.0"]')).toHaveText('4.500');
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
