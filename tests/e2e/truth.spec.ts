/**
 * What is on screen is true, on every step of every chapter, in both languages (issue 9 §1, §5, §8):
 * every numeric input reads full-width digits, no number cut off or shown different from the one in use, compared bars on one axis with a zero
 * line, every heatmap with a legend, no unfilled `{placeholder}`, no empty table header, and a
 * focused sideways-scrolling region keeps the arrow keys.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers';
import { allSteps, openStep, reveal, settled } from './walk';

/** Every problem the page shows right now (runs in the page). */
function pageProblems(): string[] {
  const problems: string[] = [];
  const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
  const label = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-cell') ? `[data-cell=${el.getAttribute('data-cell')}]` : ''}${el.getAttribute('data-value') ? `[data-value=${el.getAttribute('data-value')}]` : ''} "${(el as HTMLInputElement).value ?? el.textContent}"`.slice(0, 120);

  // Unfilled placeholders in any text or accessible name (formula TeX sources excepted).
  const PLACEHOLDER = /\{[A-Za-z_]\w*\}/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('annotation, .katex-mathml, script, style')) continue;
    if (PLACEHOLDER.test(n.textContent ?? '')) problems.push(`raw placeholder in text: "${n.textContent?.trim().slice(0, 80)}"`);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && PLACEHOLDER.test(v)) problems.push(`raw placeholder in ${a}: "${v.slice(0, 80)}"`);
    }
  }

  // Table headers with no text (axe: empty-table-header).
  for (const th of document.querySelectorAll('th')) {
    if (!(th.textContent ?? '').trim() && !th.getAttribute('aria-label')) problems.push(`empty table header in "${th.closest('table')?.querySelector('caption')?.textContent?.slice(0, 40)}"`);
  }

  // Numbers cut off: an input always clips; other elements clip when they hide overflow.
  for (const el of document.querySelectorAll<HTMLElement>('input[type="text"], input:not([type])')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 1) problems.push(`cut input ${label(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('main *, .step-bar *')) {
    if (el.closest('.sr-only, .katex-mathml') || !visible(el) || !/\d/.test(el.textContent ?? '')) continue;
    const cs = getComputedStyle(el);
    const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`cut text ${label(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
    const svg = text.ownerSVGElement;
    if (!svg || !visible(svg)) continue;
    const a = text.getBoundingClientRect();
    const b = svg.getBoundingClientRect();
    if (a.width > 0 && (a.left < b.left - 1 || a.right > b.right + 1 || a.top < b.top - 1 || a.bottom > b.bottom + 1)) {
      problems.push(`SVG label "${text.textContent}" is clipped by its plot`);
    }
  }

  // An editable cell shows the value in use (its title holds the full value).
  const read = (s: string) => {
    const m = /^(.*?) × 10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(s.trim());
    const num = (x: string) => Number(x.replace(/\u2212/g, '-').replace(/,/g, ''));
    if (!m) return num(s);
    const exp = [...m[2]].map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))).join('');
    return num(m[1]) * 10 ** Number(exp);
  };
  for (const el of document.querySelectorAll<HTMLInputElement>('input[data-cell][title]')) {
    if (!visible(el) || el === document.activeElement || el.getAttribute('aria-invalid') === 'true') continue;
    const full = read((el.getAttribute('title') ?? '').split(' · ')[0]);
    const shown = read(el.value);
    if (!Number.isFinite(shown) || Math.abs(shown - full) > 5e-4 + 5e-4 * Math.abs(full)) problems.push(`cell ${label(el)} shows ${el.value} but uses ${full}`);
  }

  // Bars: length ∝ value on the chart's axis, from a drawn zero line; compared charts share the axis.
  const groups = new Map<string, string>();
  for (const table of document.querySelectorAll<HTMLElement>('table.bars')) {
    if (!visible(table)) continue;
    const min = Number(table.dataset.axisMin);
    const max = Number(table.dataset.axisMax);
    const group = table.dataset.barGroup ?? '?';
    const axis = `${min}…${max}`;
    if (groups.has(group) && groups.get(group) !== axis) problems.push(`bars "${group}" drawn on different axes: ${groups.get(group)} and ${axis}`);
    groups.set(group, axis);
    for (const row of table.querySelectorAll('tbody tr')) {
      const area = row.querySelector('.bar-area')?.getBoundingClientRect();
      const zero = row.querySelector('.bar-zero')?.getBoundingClientRect();
      const fill = row.querySelector<HTMLElement>('.bar-fill');
      if (!area || !zero || !fill) {
        problems.push(`bar row without a zero line or bar in "${table.querySelector('caption')?.textContent}"`);
        continue;
      }
      const v = Number(fill.dataset.barValue);
      const f = fill.getBoundingClientRect();
      const zeroX = zero.left + zero.width / 2;
      const expected = (Math.abs(v) / (max - min)) * area.width;
      if (Math.abs(f.width - Math.max(expected, v === 0 ? 0 : 2)) > 1.5) // a non-zero bar keeps its 2 px border problems.push(`bar ${v} is ${f.width.toFixed(1)} px long, expected ${expected.toFixed(1)} px`);
      if (v > 0 && Math.abs(f.left - zeroX) > 1.5) problems.push(`positive bar ${v} does not start at the zero line`);
      if (v < 0 && Math.abs(f.right - zeroX) > 1.5) problems.push(`negative bar ${v} does not end at the zero line`);
    }
  }

  // Axis labels under the bars never print on top of each other (a narrow axis lets its zero label give way).
  for (const axis of document.querySelectorAll<HTMLElement>('table.bars .bar-axis')) {
    if (!visible(axis)) continue;
    const shown = [...axis.querySelectorAll<HTMLElement>('.bar-tick')].filter((tk) => getComputedStyle(tk).visibility !== 'hidden').map((tk) => ({ text: tk.textContent, box: tk.getBoundingClientRect() }));
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        if (!apart) problems.push(`bar axis labels "${a.text}" and "${b.text}" overlap`);
      }
    }
  }

  // Heatmaps: a legend beside every one; masked cells read −∞ (scores) or "0 ✕" + a screen-reader "(masked)" (weights).
  for (const table of document.querySelectorAll<HTMLElement>('table.heatmap')) {
    if (!visible(table)) continue;
    const legend = table.parentElement?.querySelector('.heat-legend .heat-ramp');
    if (!legend) problems.push(`heatmap "${table.querySelector('caption')?.textContent}" has no legend`);
    for (const td of table.querySelectorAll('td.masked')) {
      const text = (td.textContent ?? '').trim();
      if (text !== '−∞' && !/^0\s✕[(（]/.test(text)) problems.push(`masked cell reads "${text}"`);
    }
  }
  return problems;
}

/** Every numeric input of the step reads full-width text (a Chinese IME): typing its own value in full-width digits keeps it, with no error. */
async function fullWidthProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const cells = page.locator('main input[type="text"][data-cell]:visible');
  const n = await cells.count();
  for (let i = 0; i < n; i++) {
    const cell = cells.nth(i);
    if (await cell.isDisabled()) continue;
    const full = ((await cell.getAttribute('title')) ?? '').split(' · ')[0];
    const wide = [...full].map((c) => (/[0-9]/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c === '.' ? '．' : c === '−' || c === '-' ? '－' : c === 'e' ? 'ｅ' : c === '+' ? '＋' : c)).join('');
    await cell.fill(wide);
    await cell.blur();
    const invalid = await cell.getAttribute('aria-invalid');
    const after = ((await cell.getAttribute('title')) ?? '').split(' · ')[0];
    if (invalid !== 'false' || after !== full) problems.push(`${await cell.getAttribute('data-cell')}: "${wide}" was not read as ${full}`);
  }
  return problems;
}

/**
 * Every typeset formula on screen is drawn whole: its box is not collapsed (≥ 40 px wide; a formula once
 * measured while hidden kept a 0 px box) and it scrolls sideways only when scaling it down reached its floor
 * (--fit-min); read two frames after the step settled, as a reader sees it.
 */
async function formulaProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main .formula')) {
      if (el.getClientRects().length === 0 || !el.querySelector('.katex-html')) continue;
      const tex = (el.dataset.tex ?? '').slice(0, 40);
      if (el.clientWidth < 40) out.push(`formula ${tex}… collapsed to ${el.clientWidth} px`);
      const fit = Number.parseFloat(el.style.getPropertyValue('--fit')) || 1;
      const floor = Number.parseFloat(getComputedStyle(el).getPropertyValue('--fit-min')) || 0.7;
      if (el.scrollWidth > el.clientWidth + 1 && fit > floor + 0.001) out.push(`formula ${tex}… scrolls at zoom ${fit} (floor ${floor})`);
      // The box scrolls sideways, so it also clips vertically: every glyph's box lies inside it.
      const inner = el.getBoundingClientRect().top + el.clientTop;
      const walker = document.createTreeWalker(el.querySelector('.katex-html') ?? el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        const cut = Math.max(inner - r.top, r.bottom - (inner + el.clientHeight));
        if (cut > 0.5) {
          out.push(`formula ${tex}… cuts "${n.textContent.trim()}" by ${cut.toFixed(1)} px vertically`);
          break;
        }
      }
    }
    return out;
  });
}

/**
 * The step's panel and the box beside it (.step-under, normal view): no content runs past its box (a table under
 * the formula beside it), and a region that scrolls sideways there has the whole row (never squeezed to a sliver
 * while the formula beside it could go under).
 */
function underProblems(): string[] {
  const out: string[] = [];
  for (const under of document.querySelectorAll<HTMLElement>('main .step-under')) {
    const row = under.getBoundingClientRect();
    for (const box of under.children) {
      if (box.getClientRects().length === 0) continue;
      const r = box.getBoundingClientRect();
      let right = r.right;
      for (const e of box.querySelectorAll('*')) {
        const region = e.closest('.scroll-x, .formula');
        if (region && region !== e) continue; // inside a region that scrolls by itself
        const er = e.getBoundingClientRect();
        if (er.width > 0) right = Math.max(right, er.right);
      }
      if (right > r.right + 1) out.push(`${box.className}: content runs ${Math.round(right - r.right)} px past its box`);
      for (const region of box.querySelectorAll<HTMLElement>('.scroll-x')) {
        if (region.getClientRects().length === 0 || region.scrollWidth <= region.clientWidth + 1) continue;
        if (r.width < row.width - 2) out.push(`${box.className}: a scroll region is squeezed to ${region.clientWidth} px of ${region.scrollWidth} beside another box`);
      }
    }
  }
  return out;
}

/** On a phone the step's panel and formula box are as tall as what they hold (a flex basis once made a short panel 192 px tall, and cut a taller one). */
function emptyBandProblems(): string[] {
  const out: string[] = [];
  for (const box of document.querySelectorAll<HTMLElement>('main .step-under > *')) {
    if (box.getClientRects().length === 0) continue;
    const drawn = [...box.querySelectorAll('*')].map((k) => k.getBoundingClientRect()).filter((r) => r.height > 0);
    if (drawn.length === 0) continue;
    const bottom = Math.max(...drawn.map((r) => r.bottom));
    const band = box.getBoundingClientRect().bottom - Number.parseFloat(getComputedStyle(box).paddingBottom) - bottom;
    if (band > 24) out.push(`${box.className}: an empty band of ${Math.round(band)} px under its content`);
    if (box.scrollHeight > box.clientHeight + 2) out.push(`${box.className}: its content (${box.scrollHeight} px) is cut at ${box.clientHeight} px`);
  }
  return out;
}

/** Types a value into up to three editable cells of the step (bad values for a field are allowed: the field explains them). */
async function editExtremes(page: Page): Promise<void> {
  const cells = page.locator('main input[type="text"][data-cell]:visible');
  const n = Math.min(3, await cells.count());
  const values = ['−12.345', '1000000', '0.000001'];
  for (let i = 0; i < n; i++) {
    const cell = cells.nth(i);
    if (await cell.isDisabled()) continue;
    await cell.fill(values[i]);
    await cell.blur();
  }
}

for (const lang of ['en', 'zh'] as const) {
  test(`every step (${lang}): numbers never cut or different from the value in use, bars on one axis, heatmap legends, no raw placeholders or empty headers`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const problems: string[] = [];
    for (const { chapter, steps } of await allSteps(page)) {
      for (const step of steps) {
        await openStep(page, chapter, step, lang);
        for (const p of await page.evaluate(pageProblems)) problems.push(`${chapter}/${step}: ${p}`);
        for (const p of await formulaProblems(page)) problems.push(`${chapter}/${step}: ${p}`);
        for (const p of await page.evaluate(underProblems)) problems.push(`${chapter}/${step}: ${p}`);
        if (lang === 'zh') for (const p of await fullWidthProblems(page)) problems.push(`${chapter}/${step} (full-width input): ${p}`);
        if (lang === 'en') {
          await editExtremes(page);
          await settled(page, { chapter, step });
          for (const p of await page.evaluate(pageProblems)) problems.push(`${chapter}/${step} (extreme inputs): ${p}`);
          for (const p of await formulaProblems(page)) problems.push(`${chapter}/${step} (extreme inputs): ${p}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`phone 390×844 (${lang}): no number cut off and no axis labels printed on each other, on any step, before and after the guess`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const problems: string[] = [];
    for (const { chapter, steps } of await allSteps(page)) {
      for (const step of steps) {
        await openStep(page, chapter, step, lang);
        for (const p of await page.evaluate(pageProblems)) if (/cut|clipped|overlap/.test(p)) problems.push(`${chapter}/${step}: ${p}`);
        for (const p of await page.evaluate(emptyBandProblems)) problems.push(`${chapter}/${step}: ${p}`);
        if (await reveal(page)) {
          await settled(page, { chapter, step });
          for (const p of await page.evaluate(pageProblems)) if (/cut|clipped|overlap/.test(p)) problems.push(`${chapter}/${step} (answer shown): ${p}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}

/**
 * Focuses a region that scrolls sideways (scrolled to its start), presses →, and says what went wrong:
 * the step changed, or the region did not scroll. It waits for the scroll itself (it may be smooth),
 * up to 5 s only when it never comes; a step change is drawn in the key's own task (React renders a
 * key press at once), so the heading read after the scroll tells whether the step stayed.
 */
async function arrowInRegion(page: Page, el: Locator): Promise<string[]> {
  const problems: string[] = [];
  const heading = page.locator('main .step-title').first();
  const step = await heading.getAttribute('data-step');
  const url = page.url();
  await el.focus();
  await page.keyboard.press('ArrowRight');
  const scrolled = await el.evaluate(
    (e) =>
      new Promise<boolean>((done) => {
        const start = performance.now();
        const tick = () => (e.scrollLeft > 0 ? done(true) : performance.now() - start > 5000 ? done(false) : requestAnimationFrame(tick));
        tick();
      }),
  );
  if (!scrolled) problems.push('→ did not scroll the focused region');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if ((await heading.getAttribute('data-step')) !== step || page.url() !== url) problems.push('→ in a focused scroll region changed the step');
  return problems;
}

test('a focused region that scrolls sideways keeps ← / →: the step stays, the region scrolls (projector mode, every step)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const chapters = await allSteps(page);
  await page.goto('/#v1/worked/setting?l=en');
  await settled(page, { chapter: 'worked', step: 'setting' }); // the keys work once the page has drawn
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', '');
  let checked = 0;
  const problems: string[] = [];
  for (const { chapter, steps } of chapters) {
    for (const step of steps) {
      await page.evaluate((h) => {
        window.location.hash = h;
      }, `#v1/${chapter}/${step}?l=en`);
      await settled(page, { chapter, step });
      const region = page.locator('main .scroll-x[tabindex="0"]:visible, main .formula:visible').filter({ has: page.locator('*') });
      const count = await region.count();
      for (let i = 0; i < count; i++) {
        const el = region.nth(i);
        const scrolls = await el.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
        if (!scrolls) continue;
        checked++;
        await el.evaluate((e) => {
          e.scrollLeft = 0;
        });
        for (const p of await arrowInRegion(page, el)) problems.push(`${chapter}/${step}: ${p}`);
        break;
      }
    }
  }
  if (checked === 0) {
    // Every step fits its projector slide, so no region scrolls by itself: narrow a formula until it
    // does (as a long edited value would make it) and check the keys there.
    await page.evaluate(() => {
      window.location.hash = '#v1/worked/scores?l=en';
    });
    await settled(page, { chapter: 'worked', step: 'scores' });
    const el = page.locator('main .formula:visible').first();
    await el.evaluate((e) => {
      (e as HTMLElement).style.maxWidth = '120px';
      e.scrollLeft = 0;
    });
    expect(await el.evaluate((e) => e.scrollWidth > e.clientWidth + 1), 'the narrowed formula scrolls').toBe(true);
    for (const p of await arrowInRegion(page, el)) problems.push(`worked/scores (narrowed formula): ${p}`);
    checked++;
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(0);
});
