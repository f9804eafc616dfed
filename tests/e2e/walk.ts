import type { Page } from '@playwright/test';

/**
 * Every chapter id and its step ids, read from the page itself (chapters are data; none hard-coded here).
 * E2E_CHAPTERS=shrink,serve limits the walk to those chapters (while working on one; `npm test` walks all).
 * Throws when the page lists no chapter, or when E2E_CHAPTERS names a chapter the page does not have
 * (a typo would otherwise walk nothing and pass).
 */
export async function allSteps(page: Page): Promise<{ chapter: string; steps: string[] }[]> {
  await page.goto('/#v1/worked/setting?l=en');
  // The chapter bar is drawn once the first screen's messages have loaded: read it only then.
  await page.locator('.chapter-nav [data-chapter]').first().waitFor({ state: 'attached' });
  const listed = await page.locator('.chapter-nav [data-chapter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter') ?? ''));
  const only = process.env.E2E_CHAPTERS?.split(',').filter(Boolean);
  const unknown = (only ?? []).filter((c) => !listed.includes(c));
  if (unknown.length > 0) throw new Error(`E2E_CHAPTERS names chapters the page does not have: ${unknown.join(', ')} (it has ${listed.join(', ')})`);
  const chapters = listed.filter((c) => !only || only.includes(c));
  if (chapters.length === 0) throw new Error('the chapter bar lists no chapter');
  const out: { chapter: string; steps: string[] }[] = [];
  for (const chapter of chapters) {
    await page.goto(`/#v1/${chapter}?l=en`);
    // The chapter's messages may still be loading: wait until the page shows this chapter.
    await page.locator(`.chapter-nav [data-chapter="${chapter}"][aria-current="page"]`).waitFor({ state: 'attached' });
    await page.locator('.step-dots [data-step]').first().waitFor({ state: 'attached' });
    const steps = await page.locator('.step-dots [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
    out.push({ chapter, steps });
  }
  return out;
}

/**
 * Waits until the current step is ready to be read, measured or acted on: the page shows `chapter`
 * and `step` (when given; several chapters share step ids, and a screen whose messages are loading
 * keeps the previous one a moment), so its messages and its lazily loaded view are here; nothing
 * is still loading (the real model: `.loading`; KaTeX: a formula with aria-busy); and every font
 * the page uses has loaded (KaTeX's web fonts change a formula's size when they arrive). No fixed wait.
 */
export async function settled(page: Page, where: { chapter?: string; step?: string } = {}): Promise<void> {
  if (where.chapter) await page.locator(`.chapter-nav [data-chapter="${where.chapter}"][aria-current="page"]`).waitFor({ state: 'attached' });
  await page.locator(where.step ? `main .step-title[data-step="${where.step}"]` : 'main .step-title').first().waitFor();
  await page.waitForFunction(() => {
    // Lay out first: a font the new content needs is requested by layout, so status then says "loading".
    void document.body.offsetHeight;
    return !document.querySelector('.loading, [aria-busy="true"]') && document.fonts.status === 'loaded';
  });
}

/** Opens one step in `lang` and waits until it is ready (settled): view, messages, model, formulas and fonts. */
export async function openStep(page: Page, chapter: string, step: string, lang: 'en' | 'zh'): Promise<void> {
  await page.goto(`/#v1/${chapter}/${step}?l=${lang}`);
  await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), lang);
  await settled(page, { chapter, step });
}

/** Opens the header's menu when the display tools are folded into it (narrow screens, projector mode). */
export async function openMenuIfFolded(page: Page): Promise<void> {
  await page.locator('main .step-title').first().waitFor(); // the header is drawn with the step: a check before it would find no toggle
  const toggle = page.locator('.menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Answers every prediction open on the step with its first option (a wrong guess shows the most); false when it asks nothing. */
export async function reveal(page: Page): Promise<boolean> {
  const open = page.locator('main .predict:has(.predict-actions)');
  if ((await open.count()) === 0) return false;
  for (let n = 0; n < 4 && (await open.count()) > 0; n++) {
    const ask = open.first();
    await ask.locator('.predict-option input').first().check();
    await ask.locator('.predict-actions button:not(.quiet)').click();
  }
  return true;
}

/**
 * Every math name written with a raw underscore (d_k, W_O, d_model) that the page shows or says (runs in
 * the page; pass it to page.evaluate): visible text nodes outside <code>, formulas (.katex) and form fields,
 * a screen reader's hidden text, <option>s, and aria-label / title / placeholder / alt attributes. Catalogs
 * write math names so and richText draws them as a variable with a real subscript; readers take "d_k" for code.
 */
export function rawNames(): string[] {
  // A math name with its underscore (d_k), a caret power (e^11.3, 2^30) or a code backtick left as typed in the catalog.
  const RAW = /(?<![A-Za-z0-9_])[A-Za-z]_[A-Za-z0-9{]|(?<![A-Za-z0-9_^])(?:[A-Za-z]|[0-9]+)\^[−\-(0-9A-Za-z]|`/;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent ?? '';
    if (!el || !RAW.test(text) || el.closest('code, .katex, input, textarea, select, script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    // Not drawn (display: none above it, a closed <details>); a screen reader's visually hidden text is laid out, so it counts.
    if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
    const where = el.closest('[class]')?.getAttribute('class')?.split(' ')[0] ?? el.tagName.toLowerCase();
    found.push(`raw notation in text (.${where}): "${text.trim().slice(0, 60)}"`);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (el.closest('.katex')) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v && RAW.test(v)) found.push(`raw math name in ${a}: "${v.slice(0, 60)}"`);
    }
  }
  for (const o of document.querySelectorAll('option')) if (RAW.test(o.textContent ?? '')) found.push(`raw math name in <option>: "${o.textContent}"`);
  return found;
}
