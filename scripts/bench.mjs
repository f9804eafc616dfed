#!/usr/bin/env node
// Prints the figures GUIDE §4 holds us to. It asserts nothing: it exits 0 unless it cannot run
// (build fails, preview server or browser cannot start).
//   (a) first-screen JS+CSS gzip size of the production build: what index.html names, and (a′, the
//       budget of 200 KB) what the browser really loads until the first step's formula is typeset
//       (scripts/bench-screen.mjs);
//   (b) edit→screen latency in headless Chromium: every number, bar, colour and the stage repainted
//       (budget 16 ms at p95), and the typeset formula caught up (budget 50 ms at p95);
//   (c) decode benchmark: cached vs uncached generation of N = 256, 1024, 4096 tokens (d = 64) in Node;
//   (d) the real model: load + parse time, decode speed with and without the cache, bytes (scripts/bench-model.mjs).
// `npm run bench -- --only=edit` (or screen, decode, model; comma-separated) runs only those parts
// (edit and screen build the app first).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchModel } from './bench-model.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { benchFirstScreenLoaded } from './bench-screen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIRST_SCREEN_BUDGET_KB = 200;
const FRAME_BUDGET_MS = 16;
const FORMULA_BUDGET_MS = 50;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Fails the whole bench: something needed to measure could not run. */
class CannotRun extends Error {}

function runInherit(cmd, args) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => fail(new CannotRun(`${cmd}: ${err.message}`)));
    child.on('close', (code) => (code === 0 ? done() : fail(new CannotRun(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

// ---------------------------------------------------------------------------------------------
// (a) First-screen size
// ---------------------------------------------------------------------------------------------

/** Attributes of one HTML start tag, lower-cased names. */
function attributes(tag) {
  const attrs = {};
  const re = /([^\s=<>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (const m of tag.replace(/^<\w+/, '').matchAll(re)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

/** The scripts, stylesheets and modulepreloads that dist/index.html loads before anything is shown. */
function firstScreenFiles(html) {
  const files = [];
  const inline = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attributes(tag);
    let url;
    let kind;
    if (name.toLowerCase() === 'script') {
      if (a.src === undefined) {
        inline.push('inline <script>');
        continue;
      }
      url = a.src;
      kind = 'script';
    } else {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) kind = 'stylesheet';
      else if (rel.includes('modulepreload')) kind = 'modulepreload';
      else continue;
      url = a.href;
    }
    if (!url) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      files.push({ kind, url, external: true });
      continue;
    }
    const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0].replace(/^\.?\//, '')));
    files.push({ kind, url, path });
  }
  return { files, inline };
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function benchFirstScreen() {
  console.log('\n=== (a) build: npm run build');
  await runInherit('npm', ['run', 'build']);
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new CannotRun('dist/index.html missing after the build');
  const html = readFileSync(indexPath);
  const { files, inline } = firstScreenFiles(html.toString('utf8'));

  console.log('\n=== (a) first screen (tags in dist/index.html; gzip level 9; 1 KB = 1024 bytes)');
  let total = 0;
  const seen = new Set();
  for (const f of files) {
    if (f.external) {
      console.log(`  ${f.kind.padEnd(13)} ${f.url}  ← ANOTHER HOST (not counted; GUIDE forbids this)`);
      continue;
    }
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    if (!existsSync(f.path)) {
      console.log(`  ${f.kind.padEnd(13)} ${f.url}  ← missing in dist`);
      continue;
    }
    const buf = readFileSync(f.path);
    const size = gz(buf);
    total += size;
    console.log(`  ${f.kind.padEnd(13)} ${relative(dist, f.path).padEnd(40)} ${kb(buf.length).padStart(8)} KB raw ${kb(size).padStart(7)} KB gzip`);
  }
  for (const what of inline) console.log(`  ${what} (inside index.html)`);
  console.log(`  index.html (not JS/CSS, for information): ${kb(html.length)} KB raw, ${kb(gz(html))} KB gzip`);
  console.log(`  named by index.html: ${kb(total)} KB gzip (for information: the first screen also loads chunks on demand, see (a′))`);

  const groups = new Map();
  for (const p of walk(join(dist, 'assets'))) {
    const ext = extname(p).slice(1).toLowerCase() || '(none)';
    const g = groups.get(ext) ?? { n: 0, raw: 0, gzip: 0 };
    const buf = readFileSync(p);
    g.n += 1;
    g.raw += buf.length;
    if (ext === 'js' || ext === 'css') g.gzip += gz(buf);
    groups.set(ext, g);
  }
  const js = groups.get('js') ?? { n: 0, raw: 0, gzip: 0 };
  const css = groups.get('css') ?? { n: 0, raw: 0, gzip: 0 };
  console.log('\n  for information, everything in dist/assets:');
  console.log(`  all JS  (${js.n} files): ${kb(js.raw)} KB raw, ${kb(js.gzip)} KB gzip`);
  console.log(`  all CSS (${css.n} files): ${kb(css.raw)} KB raw, ${kb(css.gzip)} KB gzip`);
  console.log(`  all JS+CSS gzip: ${kb(js.gzip + css.gzip)} KB (includes chunks loaded later)`);
  const others = [...groups].filter(([ext]) => ext !== 'js' && ext !== 'css');
  for (const [ext, g] of others) console.log(`  ${ext} (${g.n} files): ${kb(g.raw)} KB raw`);
}

// ---------------------------------------------------------------------------------------------
// Preview server and browser
// ---------------------------------------------------------------------------------------------

/** Starts `vite preview` on PORT in its own process group; resolves once it answers HTTP. */
async function startPreview() {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new CannotRun(`vite preview exited (${exited.code ?? exited.signal}):\n${output}`);
    try {
      const res = await fetch(`${ORIGIN}/`);
      if (res.ok) return { stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new CannotRun(`vite preview did not answer on ${ORIGIN} within 30 s:\n${output}`);
}

// ---------------------------------------------------------------------------------------------
// (b) Edit → screen latency
// ---------------------------------------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/**
 * Measures how long an edit takes to reach the screen: for each iteration, sets the value of
 * the input `cell` (native setter + bubbling 'input' event, as a person typing), waits until the
 * text of `value` changes, then forces style + layout, and records performance.now() deltas.
 * Prints p50/p95/max; prints "not measured: …" (and returns null) if the selectors are missing.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {{ label: string, url: string, cell: string, value: string, values?: string[], iterations?: number, warmup?: number }} opts
 */
async function measureEditLatency(browser, opts) {
  const { label, url, cell, value, follow = '.step-formula .formula', values = ['1', '2', '0.5', '3'], iterations = 200, warmup = 20 } = opts;
  console.log(`\n=== (b) edit→screen: ${label}`);
  console.log(`  ${url}  edit ${cell}, watch ${value}; ${iterations} edits after ${warmup} warm-up edits`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed (${r.failure()?.errorText}) ${r.url()}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The predict-then-reveal box hides the numbers until a guess: reveal them first.
    await page.waitForSelector(cell, { state: 'attached', timeout: 10_000 }).catch(() => {});
    const skipFirst = page.getByRole('button', { name: 'Just show me' });
    if (await skipFirst.count()) await skipFirst.first().click();
    for (const sel of [cell, value]) {
      try {
        await page.waitForSelector(sel, { state: 'attached', timeout: 10_000 });
      } catch {
        console.log(`  not measured: ${sel} not found on ${url}`);
        return null;
      }
    }
    // The predict-then-reveal box hides the numbers until a guess: reveal them first.
    const skip = page.getByRole('button', { name: 'Just show me' });
    if (await skip.count()) await skip.first().click();
    const result = await page.evaluate(
      async ({ cell, value, follow, values, iterations, warmup }) => {
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const text = () => document.querySelector(value)?.textContent ?? null;
        // The formula typesets one step later (deferred): data-tex changes when it has caught up.
        const texOf = () => document.querySelector(follow)?.getAttribute('data-tex') ?? null;
        const input0 = document.querySelector(cell);
        if (!(input0 instanceof HTMLInputElement)) return { error: `${cell} is not an <input>` };
        const original = input0.value;

        /** One edit: resolves with { dom, total } ms (text of `value` changed; then style + layout done), or null on timeout. */
        const edit = (v) =>
          new Promise((done) => {
            const input = document.querySelector(cell); // re-query: the app may re-create it
            const before = text();
            const texBefore = texOf();
            let dom = null;
            let total = null;
            let finished = false;
            const finish = (ms) => {
              if (finished) return;
              finished = true;
              observer.disconnect();
              clearTimeout(timer);
              done(ms);
            };
            const check = () => {
              if (dom === null) {
                if (text() === before) return;
                dom = performance.now() - t0;
                document.body.getBoundingClientRect(); // force style + layout of the new DOM
                total = performance.now() - t0;
              }
              if (texBefore !== null && texOf() === texBefore) return;
              document.body.getBoundingClientRect();
              finish({ dom, total, formula: texBefore === null ? null : performance.now() - t0 });
            };
            const observer = new MutationObserver(check);
            observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
            const timer = setTimeout(() => finish(dom === null ? null : { dom, total, formula: null }), 2000);
            const t0 = performance.now();
            setValue.call(input, v);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            check(); // a synchronous render has already changed it
          });

        const samples = [];
        let unchanged = 0;
        let last = input0.value;
        let i = 0;
        for (let n = 0; n < warmup + iterations; n++) {
          let v = values[i++ % values.length];
          if (v === last) v = values[i++ % values.length]; // an edit that changes nothing changes no number
          last = v;
          const ms = await edit(v);
          // Let the frame settle (effects, transitions) before the next edit.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          if (n < warmup) continue;
          if (ms === null) unchanged++;
          else samples.push(ms);
        }
        await edit(original);
        return { samples, unchanged };
      },
      { cell, value, follow, values, iterations, warmup },
    );
    if (result.error) {
      console.log(`  not measured: ${result.error}`);
      return null;
    }
    if (result.samples.length === 0) {
      console.log(`  not measured: the text of ${value} never changed within 2 s of an edit of ${cell}`);
      return null;
    }
    const stats = (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], mean };
    };
    const show = (s) => `p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms, mean ${s.mean.toFixed(2)} ms`;
    const dom = stats(result.samples.map((x) => x.dom));
    const total = stats(result.samples.map((x) => x.total));
    const skipped = result.unchanged ? `, ${result.unchanged} edits changed nothing within 2 s (left out)` : '';
    console.log(`  samples ${result.samples.length}${skipped}`);
    console.log(`  DOM updated:             ${show(dom)}`);
    console.log(`  + style/layout (screen): ${show(total)}`);
    const withFormula = result.samples.filter((x) => x.formula !== null);
    if (withFormula.length) {
      const f = stats(withFormula.map((x) => x.formula));
      console.log(`  formula typeset (deferred):  ${show(f)}`);
      console.log(`formula caught up p95: ${f.p95.toFixed(1)} ms (budget ${FORMULA_BUDGET_MS} ms)`);
    }
    console.log(`edit→screen p95: ${total.p95.toFixed(1)} ms (budget ${FRAME_BUDGET_MS} ms)`);
    return total;
  } finally {
    if (errors.length) console.log(`  console/page errors during measurement:\n    ${errors.slice(0, 8).join('\n    ')}`);
    await page.close();
  }
}

/** Edit-latency measurements: the worked example on its stage (d = 3 and d = 8), and the largest matrix chapter. */
async function benchEditLatency(browser) {
  // The stage's weight of "The": it changes in the same React commit as every other number, bar and colour.
  const stageWeight = '.stage [data-q="w.0"]';
  await measureEditLatency(browser, {
    label: 'worked example (stage, panel and formula)',
    url: `${ORIGIN}/#v1/worked/weights`,
    cell: '[data-cell="q.0"]',
    value: stageWeight,
  });
  // The largest setting the worked example offers: d = 8 (every vector 8 long).
  const v8 = (x) => Array.from({ length: 8 }, (_, j) => (x + j / 10).toFixed(1)).join(',');
  const m8 = (x) => [0, 1, 2].map((i) => v8(x + i)).join('_');
  await measureEditLatency(browser, {
    label: 'worked example at its largest setting (d = 8)',
    url: `${ORIGIN}/#v1/worked/weights?worked=d:8;q:${v8(0.1)};K:${m8(0.2)};V:${m8(0.3)};kOn:${v8(0.4)};vOn:${v8(0.5)}`,
    cell: '[data-cell="q.0"]',
    value: stageWeight,
  });
  // The largest matrix chapter: the causal mask's T×T heatmaps (scores, scaled, masked, weights) at its widest d.
  const row4 = (x) => [0, 1, 2, 3].map((j) => (x + j / 10).toFixed(1)).join(',');
  const mat4 = (x) => [0, 1, 2, 3].map((i) => row4(x + i)).join('_');
  await measureEditLatency(browser, {
    label: 'causal mask, 4 tokens × d = 4 (every heatmap)',
    url: `${ORIGIN}/#v1/mask/weights?mask=d:4;Q:${mat4(0.1)};K:${mat4(0.2)};V:${mat4(0.3)}`,
    cell: '[data-cell="Q.3.0"]',
    value: '[data-value="weights.3.0"]',
  });
}

// ---------------------------------------------------------------------------------------------
// (c) Decode benchmark: generating N tokens with and without a KV cache (d = 64), in Node.
//   The lesson's benchmark runner (src/lesson/generate/bench.ts, which drives the core's decode
//   loop in src/core/decodeBench.ts) is bundled on the fly with Vite's build API in library mode,
//   so plain Node runs the very code the page runs.
// ---------------------------------------------------------------------------------------------

const DECODE_NS = [256, 1024, 4096];
const DECODE_D = 64;

/** Bundles the benchmark runner into node_modules/.cache/kv-bench/decodeBench.mjs and imports it. */
async function loadDecodeBench() {
  const { build } = await import('vite');
  const outDir = join(root, 'node_modules/.cache/kv-bench');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      lib: { entry: join(root, 'src/lesson/generate/bench.ts'), formats: ['es'], fileName: () => 'decodeBench.mjs' },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
    },
  });
  return import(`${pathToFileURL(join(outDir, 'decodeBench.mjs')).href}?t=${Date.now()}`);
}

async function benchDecode() {
  console.log(`\n=== (c) decode benchmark: N tokens, d = ${DECODE_D}, one head, one layer, Node ${process.version}`);
  const { runBenchSync } = await loadDecodeBench();
  const now = () => performance.now();
  for (const N of DECODE_NS) {
    // Up to N = 256 the uncached path is run over every step; above, 16 sampled steps are timed and
    // scaled to all N steps by their multiply-add counts (running them all would take minutes).
    const r = runBenchSync(N, DECODE_D, now, { samples: 16, minMs: 20, fullLimit: 256 });
    const how = r.uncachedExtrapolated ? `EXTRAPOLATED from ${r.samples.length} sampled steps` : 'measured, every step';
    console.log(
      `  N = ${String(N).padStart(4)}: cached ${r.cachedTotalMs.toFixed(1).padStart(8)} ms (measured, every step), ` +
        `uncached ${r.uncachedTotalMs.toFixed(1).padStart(10)} ms (${how})`,
    );
    console.log(
      `  decode ratio uncached/cached at N = ${N}: ${r.speedup.toFixed(1)}x (total), ${r.speedupLast.toFixed(1)}x (one step at T = ${N})` +
        `${r.uncachedExtrapolated ? ' [extrapolated]' : ''}`,
    );
  }
}

const PARTS = ['screen', 'edit', 'decode', 'model'];
/** The parts asked for on the command line (`--only=edit,decode`), all by default. */
function partsAsked(argv) {
  const only = argv.find((a) => a.startsWith('--only='));
  if (!only) return new Set(PARTS);
  const asked = only.slice('--only='.length).split(',').filter(Boolean);
  const unknown = asked.filter((p) => !PARTS.includes(p));
  if (unknown.length) throw new CannotRun(`unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  return new Set(asked);
}

async function main() {
  const parts = partsAsked(process.argv.slice(2));
  if (parts.has('screen')) await benchFirstScreen();
  else if (parts.has('edit')) await runInherit('npm', ['run', 'build']);
  if (parts.has('screen') || parts.has('edit')) await benchBrowser(parts);
  if (parts.has('decode')) await benchDecode(); // (c) runs in Node, after the browser is closed
  if (parts.has('model')) await benchModel({ root, dist }); // (d) the real model, in Node
}

/** (a′) and (b): the parts measured in headless Chromium against the production build. */
async function benchBrowser(parts) {
  if (!existsSync(CHROMIUM)) throw new CannotRun(`${CHROMIUM} not found`);
  const server = await startPreview();
  const cleanup = () => server.stop();
  process.on('exit', cleanup);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const version = browser.version();
    const load = loadavg().map((x) => x.toFixed(2)).join(' ');
    console.log(`\n(timings: headless Chromium ${version}, ${cpus().length} CPUs, load average ${load}; a busy machine inflates them)`);
    if (parts.has('screen')) await benchFirstScreenLoaded({ browser, origin: ORIGIN, dist, budgetKb: FIRST_SCREEN_BUDGET_KB });
    if (parts.has('edit')) await benchEditLatency(browser);
  } finally {
    await browser?.close();
    cleanup();
  }
}

try {
  await main();
} catch (err) {
  console.error(`\nbench could not run: ${err instanceof CannotRun ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
}
