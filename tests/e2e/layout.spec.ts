import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { allSteps, openMenuIfFolded, openStep, rawNames } from './walk';

/**
 * One step, one screen (issue 10 §2): every step of every chapter, in both languages, at 1280×720
 * (normal and projector mode) and 390×844. Chapters whose steps have a stage are held to all of it;
 * chapters still waiting for their stage are listed here, ONCE, and held to the chrome's rules only
 * (no page-wide horizontal scroll; the heading on screen, focused and at the top after a step change;
 * header and bars within a fifth of a phone's first screen; the active chapter named).
 * Each chapter's conversion removes its entry; a listed chapter that has a stage fails the test.
 * The same walk fails on any math name shown or said with a raw underscore (walk.ts rawNames), in every mode.
 */
/** Steps whose projector slide does not fit one screen yet (text under 24 px or taller than 720 px); every other check still runs for them. */
const PROJECTOR_PENDING = new Set<string>([]);
const PENDING = new Set<string>([]);
/**
 * Prediction steps of other engineers' chapters that do not pass yet once the answer is revealed, with
 * the modes in which they fail and what fails (each is still measured; its problems are not counted).
 */
const REVEAL_PENDING = new Map<string, Mode[]>([]);

type Mode = 'normal' | 'projector' | 'phone';
const VIEWPORT: Record<Mode, { width: number; height: number }> = {
  normal: { width: 1280, height: 720 },
  projector: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
};

/** Waits until the step's heading, its lazily loaded view and its formulas are on the page. */
async function settled(page: Page, step: string): Promise<void> {
  await page.locator(`main .step-title[data-step="${step}"]`).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]') && !document.querySelector('.loading'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Everything the test measures on the current step, in the page. */
function measure(): {
  vw: number;
  vh: number;
  pageOverflowX: number;
  pageHeight: number;
  heading: { top: number; bottom: number; focused: boolean } | null;
  narrativeBottom: number;
  barTop: number;
  barHeight: number;
  headerHeight: number;
  stripHeight: number;
  hasStage: boolean;
  stagePartInView: boolean;
  stageControlInView: boolean;
  questionsCut: string[];
  chapterNamed: boolean;
  clipped: string[];
  smallText: { size: number; text: string }[];
  smallCells: number;
  editingChrome: number;
  emptyBoxes: string[];
  wordBreaks: string[];
  activeCut: boolean;
} {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 2 && r.height > 2 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  const bar = document.querySelector('.step-bar')?.getBoundingClientRect();
  const strip = document.querySelector('.stage-strip');
  const stripRect = strip?.getBoundingClientRect();
  const stripSticky = strip ? getComputedStyle(strip).position === 'sticky' : false;
  const top = stripSticky && stripRect ? stripRect.bottom : 0;
  const bottom = bar ? bar.top : vh;
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    const above = strip?.contains(el) ? 0 : top; // the sticky strip's own chips sit above its bottom edge
    return r.top >= above - 1 && r.bottom <= bottom + 1 && r.left >= -1 && r.right <= vw + 1;
  };
  const h = document.querySelector<HTMLElement>('main .step-title');
  const hr = h?.getBoundingClientRect();
  const narrative = [...document.querySelectorAll('main .narrative p')].map((p) => p.getBoundingClientRect().bottom);
  const emph = [...document.querySelectorAll('[data-stage-part].part-emph')].filter(visible);
  const controls = [...document.querySelectorAll('.stage input, .stage button, .stage select')].filter(visible);
  // A question still open: its options and its Check button together on the screen (the section's whole box).
  const questionsCut = [...document.querySelectorAll('.predict:has(.predict-actions)')]
    .filter((q) => visible(q) && !inView(q))
    .map((q) => `bottom ${Math.round(q.getBoundingClientRect().bottom)}px, screen ends at ${Math.round(bottom)}px`);
  // The active chapter is named on screen: in the chapter bar (scrolled into view) or the step bar.
  const active = document.querySelector('.chapter-nav [aria-current="page"]');
  const nav = document.querySelector('.chapter-nav');
  const activeShown =
    active && nav && visible(nav)
      ? active.getBoundingClientRect().left >= nav.getBoundingClientRect().left - 1 &&
        active.getBoundingClientRect().right <= nav.getBoundingClientRect().right + 1
      : false;
  // The active chapter's chip names it whole, never cut with "…" (a phone's chip shows the short name).
  const activeCut = active instanceof HTMLElement && visible(active) && active.scrollWidth > active.clientWidth + 1;
  // Named whole: the step bar and a slide's bottom line use the chapter's short name, never cut with "…".
  const named = [...document.querySelectorAll<HTMLElement>('.step-bar .chapter-name, .projector-chapter')].some(
    (e) => visible(e) && (e.textContent ?? '').trim().length > 0 && e.scrollWidth <= e.clientWidth + 1,
  );
  // Horizontal clipping: a region narrower than its content must scroll and show that it does.
  const clipped: string[] = [];
  const nameOf = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
  for (const el of document.querySelectorAll('body *')) {
    if (!(el instanceof HTMLElement) || !visible(el) || el.closest('.step-bar .step-count, .sr-only')) continue;
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    const cs = getComputedStyle(el);
    if (cs.textOverflow === 'ellipsis') continue; // cut on purpose, with "…" (full text in title / accessible name)
    if (cs.overflowX === 'visible') continue; // spills into its parent: measured there
    if (cs.overflowX === 'hidden' || cs.overflowX === 'clip') clipped.push(`${nameOf(el)} cuts ${el.scrollWidth - el.clientWidth}px`);
    else {
      // A scroll region: it must say so (edge shadows: .scroll-x, .formula; the bars' own scrollbars) and take the keyboard.
      const affordance = el.matches('.scroll-x, .formula, .chapter-nav, .stage-strip ol');
      const keyboard = el.tabIndex >= 0 || el.querySelector('button, input, select, [tabindex="0"]') !== null;
      if (!affordance || !keyboard) clipped.push(`${nameOf(el)} scrolls ${el.scrollWidth - el.clientWidth}px without showing it`);
    }
  }
  // Vertical clipping: a formula box scrolls sideways, so it also clips vertically; every glyph's box lies inside it.
  for (const f of document.querySelectorAll<HTMLElement>('main .formula')) {
    if (!visible(f)) continue;
    const box = f.getBoundingClientRect();
    const glyphs = document.createTreeWalker(f.querySelector('.katex-html') ?? f, NodeFilter.SHOW_TEXT);
    for (let n = glyphs.nextNode(); n; n = glyphs.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      const cut = Math.max(box.top + f.clientTop - r.top, r.bottom - (box.top + f.clientTop + f.clientHeight));
      if (r.width > 0 && (n.textContent ?? '').trim() && cut > 0.5) {
        clipped.push(`formula ${(f.dataset.tex ?? '').slice(0, 30)}… cuts "${(n.textContent ?? '').trim()}" by ${cut.toFixed(1)}px vertically`);
        break;
      }
    }
  }
  // A caption is read without scrolling: its text keeps inside the screen and inside every region that clips it (a table that scrolls sideways).
  for (const c of document.querySelectorAll('main :is(caption, figcaption)')) {
    if (!visible(c) || c.closest('.sr-only')) continue; // a screen reader's copy (a plot's data table) is not drawn
    const range = document.createRange();
    range.selectNodeContents(c);
    const textRight = range.getBoundingClientRect().right;
    let edge = vw;
    for (let p = c.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') edge = Math.min(edge, p.getBoundingClientRect().right);
    if (textRight > edge + 1) clipped.push(`caption "${(c.textContent ?? '').trim().slice(0, 30)}" runs ${Math.round(textRight - edge)}px past what is shown`);
  }
  // A superscript stacked over a subscript (K_{1:4}^⊤) keeps clear of it: on a slide both are enlarged past KaTeX's offsets.
  // Their text boxes (em boxes, not ink) overlap a little by design: up to 0.25 of the script's size as KaTeX draws it; 0.38 was touching.
  for (const pair of document.querySelectorAll<HTMLElement>('main .formula .msupsub > .vlist-t2 > .vlist-r > .vlist')) {
    const [sub, sup] = [...pair.children].map((c) => {
      let top = Number.POSITIVE_INFINITY;
      let bottom = Number.NEGATIVE_INFINITY;
      const texts = document.createTreeWalker(c, NodeFilter.SHOW_TEXT); // glyphs only: KaTeX's struts are empty boxes
      for (let n = texts.nextNode(); n; n = texts.nextNode()) {
        if (!(n.textContent ?? '').trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
      return { top, bottom, text: (c.textContent ?? '').trim(), px: Number.parseFloat(getComputedStyle(c.querySelector('.mtight') ?? c).fontSize) };
    });
    if (!sub || !sup || !Number.isFinite(sub.top) || !Number.isFinite(sup.top) || !visible(pair)) continue;
    const overlap = sup.bottom - sub.top;
    if (overlap > 0.3 * Math.min(sub.px, sup.px)) clipped.push(`formula ${sup.text} sits on ${sub.text} (${overlap.toFixed(1)}px overlap)`);
  }
  // An empty box on screen (a panel, detail or formula box with no text, control or picture): a frame around nothing.
  const shows = 'input, select, textarea, button, img, svg, canvas, video, [role="img"]';
  const emptyBoxes = [...document.querySelectorAll('main :is(.step-panel, .detail, .step-formula)')]
    .filter((e) => visible(e) && (e.textContent ?? '').trim() === '' && e.querySelector(shows) === null)
    .map((e) => `${nameOf(e)} ${Math.round(e.getBoundingClientRect().height)}px`);
  // The smallest text on screen, the glyphs of formulas included (sub- and superscripts too; not KaTeX's MathML copy for screen readers, nor its zero-width struts).
  const small: { size: number; text: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !(n.textContent ?? '').replace(/[\s\u200b]/g, '') || !visible(el) || el.closest('.sr-only, .katex-mathml, .blank-screen')) continue;
    if (el.getBoundingClientRect().bottom < 0 || el.getBoundingClientRect().top > vh) continue;
    // What the eye sees: the computed size times any CSS zoom (formulas zoomed to fit) and any SVG scaling.
    let size = Number.parseFloat(getComputedStyle(el).fontSize) * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    const svg = el.closest('svg');
    if (svg instanceof SVGSVGElement) size *= svg.getScreenCTM()?.a ?? 1;
    if (size < 23.5) small.push({ size: Math.round(size * 10) / 10, text: (n.textContent ?? '').trim().slice(0, 30) });
  }
  // Every drawn character of a heading or caption with its box (one range per character).
  const glyphsOf = (el: Element) => {
    const out: { c: string; r: DOMRect }[] = [];
    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode() as Text | null; n; n = texts.nextNode() as Text | null) {
      for (let i = 0; i < n.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0) out.push({ c: n.data[i], r });
      }
    }
    return out;
  };
  const headings = [...document.querySelectorAll('main :is(h2, h3, caption, figcaption)')].filter(visible);
  // A Chinese heading or caption breaks its lines at punctuation and spaces, never between two characters of a word (词|元).
  const wordBreaks: string[] = [];
  if (document.documentElement.lang.startsWith('zh')) {
    const han = /\p{Script=Han}/u;
    for (const hd of headings) {
      const chars = glyphsOf(hd);
      for (let i = 1; i < chars.length; i++) {
        if (chars[i].r.top > chars[i - 1].r.top + 4 && han.test(chars[i - 1].c) && han.test(chars[i].c))
          wordBreaks.push(`"${(hd.textContent ?? '').trim().slice(0, 30)}" breaks a line inside ${chars[i - 1].c}|${chars[i].c}`);
      }
    }
  }
  // No heading or caption ends with a lone letter or two on a line of its own ("…K 和 / V"): they wrap `pretty` (styles.css).
  for (const hd of headings) {
    // Lines by vertical overlap (a subscript is lowered, a superscript raised: still on their line).
    const lines: { top: number; bottom: number; text: string }[] = [];
    for (const { c, r } of glyphsOf(hd)) {
      const mid = (r.top + r.bottom) / 2;
      const line = lines.find((l) => mid > l.top && mid < l.bottom);
      if (line) line.text += c;
      else lines.push({ top: r.top, bottom: r.bottom, text: c });
    }
    const last = lines.sort((a, b) => a.top - b.top).at(-1)?.text.trim() ?? '';
    if (lines.length > 1 && [...last].length <= 2) wordBreaks.push(`"${(hd.textContent ?? '').trim().slice(0, 30)}" leaves "${last}" alone on its last line`);
  }
  return {
    vw,
    vh,
    pageOverflowX: document.documentElement.scrollWidth - vw,
    pageHeight: document.documentElement.scrollHeight,
    heading: hr && h ? { top: hr.top, bottom: hr.bottom, focused: document.activeElement === h } : null,
    narrativeBottom: Math.max(0, ...narrative),
    barTop: bar?.top ?? vh,
    barHeight: bar?.height ?? 0,
    headerHeight: document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0,
    stripHeight: stripSticky && stripRect ? stripRect.height : 0,
    hasStage: document.querySelector('.stage') !== null,
    stagePartInView: emph.some(inView),
    stageControlInView: controls.length === 0 || controls.some(inView),
    questionsCut,
    chapterNamed: activeShown || named,
    clipped: [...new Set(clipped)].slice(0, 4),
    smallText: small.slice(0, 4),
    // Tap targets: a cell (or the label of a radio or checkbox) at least 44 px tall.
    smallCells: [...document.querySelectorAll('[data-cell]')].filter((e) => visible(e) && (e.closest('label') ?? e).getBoundingClientRect().height < 43.5).length,
    editingChrome: [...document.querySelectorAll('.input-tools, .hint, .chapter-nav')].filter(visible).length,
    emptyBoxes,
    wordBreaks,
    activeCut,
  };
}

/** What a step's measurement must satisfy; each fault is pushed onto `problems` as "chapter/step: what". */
function judge(m: ReturnType<typeof measure>, o: { mode: Mode; at: string; first: boolean; pending: boolean }, problems: string[]): void {
  const { mode, at } = o;
  const fail = (what: string) => problems.push(`${at}: ${what}`);
  if (o.pending && m.hasStage) fail('has a stage: remove it from PENDING in tests/e2e/layout.spec.ts');
  // The chrome, for every chapter.
  if (m.pageOverflowX > 0) fail(`page is ${m.pageOverflowX}px wider than the screen`);
  if (!m.heading) fail('no heading');
  else {
    if (!m.heading.focused) fail('heading not focused after the step change');
    if (m.heading.top < 0 || m.heading.bottom > m.barTop) fail(`heading not on screen (top ${Math.round(m.heading.top)})`);
    if (mode === 'phone' && m.heading.top > m.vh / 5) fail(`heading ${Math.round(m.heading.top)}px from the top, more than a fifth of the screen`);
  }
  if (!m.chapterNamed) fail('the active chapter is not named on screen');
  if (m.activeCut) fail("the active chapter's chip cuts its name");
  for (const b of m.emptyBoxes) fail(`an empty box on screen: ${b}`);
  for (const w of m.wordBreaks) fail(w);
  if (mode === 'phone' && m.smallCells > 0) fail(`${m.smallCells} cells shorter than 44 px`);
  if (mode === 'projector' && m.editingChrome > 0) fail('editing chrome visible in projector mode');
  if (mode === 'phone' && o.first && m.headerHeight + m.barHeight + m.stripHeight > m.vh / 5)
    fail(`header ${Math.round(m.headerHeight)} + bars ${Math.round(m.barHeight + m.stripHeight)} px exceed a fifth of the screen`);
  if (o.pending) return;
  // The stage and one screen, for converted chapters.
  const projectorPending = PROJECTOR_PENDING.has(at.replace(/ \(.*\)$/, ''));
  if (!m.hasStage) fail('no stage');
  if (!m.stagePartInView) fail("the step's highlighted stage part is not on screen");
  if (mode !== 'phone') {
    if (m.narrativeBottom > m.barTop + 1 && !(mode === 'projector' && projectorPending)) fail(`narrative runs ${Math.round(m.narrativeBottom - m.barTop)}px under the step bar`);
    if (!m.stageControlInView) fail('no control of the stage on screen');
  }
  // Before the guess the whole question is on the first screen: options and Check button (a slide fits whole anyway).
  if (mode === 'normal') for (const q of m.questionsCut) fail(`question not whole on screen before the guess (${q})`);
  if (mode === 'projector' && !projectorPending) {
    if (m.pageHeight > m.vh + 1) fail(`does not fit: page is ${m.pageHeight}px tall (screen ${m.vh}px)`);
    for (const s of m.smallText) fail(`text of ${s.size}px: "${s.text}"`);
  }
  for (const c of m.clipped) fail(c);
}

/**
 * Answers every prediction still open on the step (the first option, checked and submitted: a wrong
 * guess shows the most, a mark and "try again"), then brings the step back to how it opens: scrolled to
 * the top, heading focused. False when the step asks nothing.
 */
async function revealAnswers(page: Page, step: string): Promise<boolean> {
  const open = page.locator('.predict:has(.predict-actions)');
  if ((await open.count()) === 0) return false;
  for (let n = 0; n < 4 && (await open.count()) > 0; n++) {
    const ask = open.first();
    await ask.locator('.predict-option input').first().check();
    await ask.locator('.predict-actions button:not(.quiet)').click();
  }
  await settled(page, step);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main .step-title')?.focus({ preventScroll: true });
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return true;
}

for (const mode of ['normal', 'projector', 'phone'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`one step, one screen: ${mode} (${VIEWPORT[mode].width}×${VIEWPORT[mode].height}), ${lang}, every step of every chapter`, async ({ page }, info) => {
      test.setTimeout(600_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(VIEWPORT[mode]);
      const chapters = await allSteps(page);
      expect(chapters.length, 'the chapters read from the page (none would pass without measuring anything)').toBeGreaterThan(0);
      const problems: string[] = [];
      if (mode === 'projector') {
        await page.goto(`/#v1/worked/setting?l=${lang}`);
        await page.locator('main .step-title').first().waitFor(); // the keys work once the page has drawn
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveAttribute('data-projector', '');
      }
      for (const { chapter, steps } of chapters) {
        const pending = PENDING.has(chapter);
        // Arrive at the first step by a step change (Back from the second), as a reader does.
        await page.evaluate((h) => {
          window.location.hash = h;
        }, `#v1/${chapter}/${steps[Math.min(1, steps.length - 1)]}?l=${lang}`);
        await settled(page, steps[Math.min(1, steps.length - 1)]);
        if (steps.length > 1) await page.keyboard.press('ArrowLeft');
        for (const [i, step] of steps.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await settled(page, step);
          const at = `${chapter}/${step}`;
          judge(await page.evaluate(measure), { mode, at, first: i === 0, pending }, problems);
          // Math names are drawn with a real subscript, never "d_k" (every chapter, pending or not: a slide shows its own short captions).
          for (const p of await page.evaluate(rawNames)) problems.push(`${at}: ${p}`);
          // The same step once its answer is revealed (after a guess, or "Reveal answers directly").
          if (await revealAnswers(page, step)) {
            const known = REVEAL_PENDING.get(at)?.includes(mode) ?? false;
            judge(await page.evaluate(measure), { mode, at: `${at} (answer revealed)`, first: i === 0, pending }, known ? [] : problems);
            for (const p of await page.evaluate(rawNames)) problems.push(`${at} (answer revealed): ${p}`);
          }
        }
        await page.screenshot({ path: info.outputPath(`${mode}-${lang}-${chapter}.png`) });
      }
      expect(problems).toEqual([]);
    });
  }
}

/**
 * The walk above arrives at each step from the one before (the model loaded, the messages there). A
 * reader may also open a step's link directly (its view, messages and model arrive after the first
 * screen) or switch the language on it (a longer narrative): the question is still whole on screen.
 */
test('one step, one screen: normal, every question opened directly and after a language switch, whole on screen before the guess', async ({ page }) => {
  test.setTimeout(600_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize(VIEWPORT.normal);
  const problems: string[] = [];
  let asked = 0;
  for (const { chapter, steps } of await allSteps(page)) {
    for (const step of steps) {
      for (const [lang, other, otherName] of [
        ['zh', 'en', 'English'],
        ['en', 'zh', '中文'],
      ] as const) {
        await page.goto('about:blank'); // a new document: nothing of the chapter loaded yet
        await openStep(page, chapter, step, lang);
        if ((await page.locator('main .predict:has(.predict-actions)').count()) === 0) break;
        asked++;
        for (const q of (await page.evaluate(measure)).questionsCut) problems.push(`${chapter}/${step} (${lang}, opened directly): ${q}`);
        await page.getByRole('button', { name: otherName, exact: true }).click();
        await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), other);
        await settled(page, step);
        for (const q of (await page.evaluate(measure)).questionsCut) problems.push(`${chapter}/${step} (${lang} → ${other}): ${q}`);
      }
    }
  }
  expect(asked, 'questions found (none would pass without measuring anything)').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

/** States a teacher shows that the chapters' defaults do not reach (four heads, each K/V choice), held to the projector checks too. */
const STATES = ['heads/per-head?heads=h:4', 'heads/per-head?heads=h:4;kvHeads:4', 'heads/share-kv?heads=h:4', 'heads/share-kv?heads=h:4;kvHeads:1', 'heads/share-kv?heads=h:4;kvHeads:4', 'heads/concat?heads=h:4'];
for (const lang of ['en', 'zh'] as const) {
  test(`one step, one screen: projector, ${lang}, chosen states (heads at h = 4)`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(VIEWPORT.projector);
    await page.goto(`/#v1/worked/setting?l=${lang}`);
    await page.locator('main .step-title').first().waitFor();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    const problems: string[] = [];
    for (const state of STATES) {
      const [path, query] = state.split('?');
      const step = path.split('/')[1];
      await page.evaluate((h) => {
        window.location.hash = h;
      }, `#v1/${path}?l=${lang}&${query}`);
      await settled(page, step);
      await expect(page.locator('[data-cell="h.4"]')).toBeChecked(); // the link's h = 4 is in use
      await page.evaluate(() => document.querySelector<HTMLElement>('main .step-title')?.focus({ preventScroll: true }));
      judge(await page.evaluate(measure), { mode: 'projector', at: state, first: false, pending: false }, problems);
      if (await revealAnswers(page, step)) judge(await page.evaluate(measure), { mode: 'projector', at: `${state} (answer revealed)`, first: false, pending: false }, problems);
    }
    expect(problems).toEqual([]);
  });
}

test('one step, one screen: projector, generate/benchmark after a run (result, plot and legend on the slide, text ≥ 24 px)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize(VIEWPORT.projector);
  const problems: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/#v1/generate/cost?l=${lang}`);
    await settled(page, 'cost');
    if ((await page.locator('html').getAttribute('data-projector')) === null) await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await revealAnswers(page, 'cost'); // a guess: the run sets it beside the measurement
    await page.keyboard.press('PageDown');
    await settled(page, 'benchmark');
    const n = page.locator('[data-cell="benchN"]');
    await n.selectOption((await n.locator('option').first().getAttribute('value')) ?? '');
    await page.locator('[data-action="bench-run"]').click();
    await expect(page.locator('[data-value="bench.status"]')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(page.locator('.bench-plot')).toBeVisible();
    await page.evaluate(() => document.querySelector<HTMLElement>('main .step-title')?.focus({ preventScroll: true }));
    judge(await page.evaluate(measure), { mode: 'projector', at: `generate/benchmark (${lang}, after a run)`, first: false, pending: false }, problems);
  }
  expect(problems).toEqual([]);
});

/**
 * What a narrative asks the reader to look at, press, edit or read, which a slide must therefore keep (projector mode may
 * fold other detail), by chapter/step and selector: visible before and after the guess; an entry marked 'after' names
 * what appears only once the answer is revealed.
 */
const NAMED: [at: string, selector: string, when?: 'after'][] = [
  ['heads/concat', '[data-cell="WO.0.0"]'], // "edit a row of W_O"
  ['heads/concat', 'table.head-parts'], // "the table of shares"
  ['cost/sparsity', '[data-control="peak"]'], // "raise the peakiness"
  ['scaling/saturation', '[data-control="dk-slider"]'], // "then move d_k and watch"
  ['worked/setting', '.stage table'], // "the “KV cache” table"
  ['no-q-cache/row-column', '[data-action="pick-row"]'], // "pick a row and a column"
  ['no-q-cache/row-column', '[data-action="pick-col"]'],
  ['no-q-cache/mask-off', 'table.noq-changes'], // "the table shows by how much"
  ['cross/decode-steps', '[data-control="play"]'], // "Press ▶ Play or Step ▸"
  ['cross/decode-steps', '[data-control="step-once"]'],
  ['mask/encoder-decoder', 'table.mask-modes'], // "the table shows the outputs of The, cat and sat"
  ['mask/weights', 'td.masked .heat-masked'], // "every hidden cell (✕)"
  ['real-model/next-token', '[data-composer="sentence"] [aria-expanded]'], // "pick words from the vocabulary"
  ['real-model/attention', '.rm-attention [data-picker="layer"]'], // "choose a layer and a head"
  ['real-model/attention', '.rm-attention .heat-legend-masked'], // "the causal mask hides the later ones": the cells' "0 ✕" and its legend
  ['real-model/to-worked', '[data-control="load-worked"]'], // "Load them into the worked example"
  ['generate/prefill', '.gen-formula-right table.heatmap'], // "the causal matrix below"
  ['generate/decode', '[data-control="play"]'], // "▶ Play or Step ▸: the cache grows a row per step and the counters tick"
  ['generate/decode', '[data-control="step-once"]'],
  ['generate/decode', '[data-value="counter.macs.cached"]'],
  ['generate/no-cache', 'table.gen-compare'], // "the table compares them and prints the largest difference"
  ['generate/no-cache', '[data-value="maxDiff"]'],
  ['generate/cost', '.gen-cost-predict'], // "Guess below"
  ['generate/benchmark', '.bench-controls select'], // "Pick N"
  ['generate/benchmark', '[data-action="bench-stop"]'], // "Stop ends it at once"
  ['serve/weights', '[data-cell="preset"]'], // "Pick a model and a format"
  ['serve/weights', '[data-cell="wDtype"]'],
  ['serve/weights', '.serve-tensor-list button'], // "the full list of tensors is one click away"
  ['serve/fit', '.serve-card .card-track'], // "The card is one bar"
  ['serve/fit', '.serve-fit-inputs input'], // "Edit any input"
  ['serve/fit', '[data-action="use-context"]'], // "“Use it” fills the card exactly"
  ['serve/fit', '[data-action="use-batch"]'],
  ['serve/contiguous', '[data-action="sim-next"]'], // "Step through the requests"
  ['serve/contiguous', '.serve-legend'], // "filled slots hold tokens, outlined slots are reserved…"
  ['serve/paged', '[data-run="contiguous"] .map-label'], // "count the requests in each map"
  ['serve/paged', '[data-run="paged"] .map-label'],
  ['serve/waste', '.waste-table tr.source-paper'], // "Beside each run: what the vLLM paper measured"
  ['serve/prefix', '[data-cell="cache"]'], // "Switch the cache off to compare"
  ['serve/copy-on-write', '[data-action="sim-prev"]'], // "Step back to the moment a request is admitted"
  ['serve/static', '.serve-timeline'], // "watch the idle slots"
  ['serve/continuous', '.serve-batch .predict'], // "Guess how long it takes"
  ['serve/continuous', '.serve-busy.metric-busy', 'after'], // "then compare … the slots doing work at each step"
  ['shrink/text', '.strip-tokens .tok'], // "Choose a token on the stage"
  ['shrink/window', '.shrink-budget input'], // "the default budget B"
  ['shrink/sinks', '.shrink-switch input'], // "Untick the switch"
  ['shrink/h2o', '.tok .kept-dots'], // "The dots show that heads keep different tokens"
  ['shrink/budget', '[data-choice="shrink-policy"] input[value="sinks"]'], // "Pick a policy to draw its cache on the stage"
  ['shrink/budget', '[data-choice="shrink-policy"] input[value="h2o"]'],
  ['shrink/budget', '.shrink-plot'], // "the mean KL and the share of positions whose top word is unchanged"
  ['shrink/kivi', '.shrink-fold summary', 'after'], // "After your guess, a table counts the bits"
];
test('projector: what a narrative names stays on the slide, before and after the guess', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(VIEWPORT.projector);
  await page.goto('/#v1/worked/setting?l=en');
  await page.locator('main .step-title').first().waitFor();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', '');
  for (const [at, selector, when] of NAMED) {
    const step = at.split('/')[1];
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#v1/${at}?l=en`);
    await settled(page, step);
    if (when !== 'after') await expect(page.locator(selector).first(), `${at}: ${selector}`).toBeVisible();
    if ((await revealAnswers(page, step)) || when === 'after') await expect(page.locator(selector).first(), `${at} (answer revealed): ${selector}`).toBeVisible();
  }
});

test('projector keys: clicker PageDown/PageUp, Space, blank screen with b, predictions revealed directly', async ({ page }) => {
  await page.goto('/#v1/worked/scale?l=en');
  await page.locator('.step-title').waitFor();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', '');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/worked\/weights/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/worked\/scale/);
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/worked\/weights/);
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await expect(page).toHaveURL(/worked\/weights/);
  await expect(page.locator('[data-value="weights.0"]')).toBeHidden();
  await openMenuIfFolded(page);
  await page.getByRole('button', { name: 'Reveal answers directly' }).click();
  await expect(page.locator('[data-value="weights.0"]')).toHaveText('0.390');
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveAttribute('data-projector', '');
});

test('theme switch: dark colours apply and are remembered', async ({ page }) => {
  await page.goto('/#v1/worked/setting?l=en');
  await openMenuIfFolded(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
