// (a′) What the first screen REALLY loads (issue 10 §5): every script and stylesheet the browser
// fetches until the first step is complete — its formula typeset (drawn from prerendered data, or by
// KaTeX for a formula that has none) with KaTeX's stylesheet applied — counted at gzip level 9
// from dist/. Then, for information, what arrives by the time the page is idle (the cell parser,
// loaded on first focus of a cell or when the browser is idle). Called by scripts/bench.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** gzip size of a fetched URL's file in dist/ (null when it is not a local JS/CSS file). */
function sizeOf(dist, url) {
  const u = new URL(url);
  const path = join(dist, decodeURIComponent(u.pathname.replace(/^\//, '')));
  if (!/\.(m?js|css)$/.test(path) || !existsSync(path)) return null;
  return { name: u.pathname.replace(/^\//, ''), bytes: gz(readFileSync(path)) };
}

/**
 * Opens `hash` in a fresh page and records every JS/CSS file it fetches. The page itself notes the
 * moment `ready` first holds (checked every frame), and a file counts for the first screen when its
 * fetch STARTED before that moment — read from the page's own resource timings, so a file the page
 * asks for only once it is idle never counts, however quickly the test harness looks.
 * Returns { atReady, atIdle } lists of { name, bytes }.
 */
async function recordLoads(browser, origin, dist, hash, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(`(() => {
    const ready = ${ready.toString()};
    const tick = () => {
      try { if (ready()) { window.__screenReadyAt = performance.now(); return; } } catch {}
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  try {
    await page.goto(`${origin}/${hash}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__screenReadyAt === 'number', null, { timeout: 30_000 });
    await page.waitForTimeout(3000); // idle: deferred loads (KaTeX's script, the cell parser, messages) arrive
    const { readyAt, entries } = await page.evaluate(() => ({
      readyAt: window.__screenReadyAt,
      entries: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
    }));
    const seen = new Map();
    for (const e of entries) {
      const s = sizeOf(dist, e.url);
      if (s && !seen.has(s.name)) seen.set(s.name, { ...s, atReady: e.start < readyAt });
    }
    return { atReady: [...seen.values()].filter((x) => x.atReady), atIdle: [...seen.values()] };
  } finally {
    await page.close();
  }
}

/** Prints the first complete screen's real JS + CSS, in both languages, against the budget. */
export async function benchFirstScreenLoaded({ browser, origin, dist, budgetKb = 200 }) {
  console.log('\n=== (a′) first complete screen, as the browser loads it (worked/setting, formula typeset; gzip level 9)');
  // Complete = the heading, and the formula typeset with KaTeX's stylesheet applied (it hides the MathML copy).
  const ready = () => {
    const mathml = document.querySelector('.step-formula .formula .katex .katex-mathml');
    return !!document.querySelector('main .step-title') && !!mathml && getComputedStyle(mathml).position === 'absolute';
  };
  let worst = 0;
  for (const lang of ['en', 'zh']) {
    const { atReady, atIdle } = await recordLoads(browser, origin, dist, `#v1/worked/setting?l=${lang}`, ready);
    const total = atReady.reduce((n, x) => n + x.bytes, 0);
    worst = Math.max(worst, total);
    console.log(`  ${lang}: ${atReady.length} files`);
    for (const x of [...atReady].sort((a, b) => b.bytes - a.bytes)) console.log(`    ${x.name.padEnd(44)} ${kb(x.bytes).padStart(7)} KB`);
    const later = atIdle.filter((x) => !atReady.includes(x));
    for (const x of later) console.log(`    (after the first screen, when idle) ${x.name.padEnd(24)} ${kb(x.bytes).padStart(7)} KB`);
    console.log(`  first complete screen JS+CSS (${lang}): ${kb(total)} KB gzip (budget ${budgetKb} KB)`);
  }
  console.log(`first complete screen JS+CSS gzip: ${kb(worst)} KB, the larger language (budget ${budgetKb} KB)`);
  return worst;
}
