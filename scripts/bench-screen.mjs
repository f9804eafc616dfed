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
 * Opens `hash` in a fresh page and records every JS/CSS response until `ready` holds in the page,
 * then until the page has been idle for a while. Returns { atReady, atIdle } lists of { name, bytes }.
 */
async function recordLoads(browser, origin, dist, hash, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const seen = new Map();
  let readyAt = null;
  page.on('response', (r) => {
    const s = sizeOf(dist, r.url());
    if (s && !seen.has(s.name)) seen.set(s.name, { ...s, afterReady: readyAt !== null });
  });
  try {
    await page.goto(`${origin}/${hash}`, { waitUntil: 'load' });
    await page.waitForFunction(ready, null, { timeout: 30_000 });
    readyAt = Date.now();
    const atReady = [...seen.values()].filter((x) => !x.afterReady);
    await page.waitForTimeout(3000); // idle: deferred loads (cell parser, print warm-up) arrive
    return { atReady, atIdle: [...seen.values()] };
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
