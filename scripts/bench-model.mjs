// (d) The real model (src/core/model): weights load + parse time, decode speed with and without the
// KV cache at contexts 16, 32 and the model's maximum, and the bytes the model's data adds.
// Called by scripts/bench.mjs; prints figures, asserts nothing. The core is bundled on the fly with
// Vite's library mode, so plain Node runs the very code the page runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bundles src/core/model into node_modules/.cache/kv-bench-model/model.mjs and imports it. */
async function loadModelCore(root) {
  const { build } = await import('vite');
  const outDir = join(root, 'node_modules/.cache/kv-bench-model');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      lib: { entry: join(root, 'src/core/model/index.ts'), formats: ['es'], fileName: () => 'model.mjs' },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
    },
  });
  return import(`${pathToFileURL(join(outDir, 'model.mjs')).href}?t=${Date.now()}`);
}

/** Times fn over `reps` runs after one warm-up; returns the median in ms. */
function time(fn, reps) {
  fn();
  const xs = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** Runs section (d); `root` is the repository, `dist` the production build (may lack a model chunk). */
export async function benchModel({ root, dist }) {
  const file = join(root, 'src/lesson/real-model/weights.json');
  console.log(`\n=== (d) the real model (src/core/model), Node ${process.version}`);
  const core = await loadModelCore(root);
  const bytes = readFileSync(file);

  // Load + parse: what the page does after the dynamic import (JSON.parse, then parseModel's checks and float32 reads).
  const parse = time(() => core.parseModel(JSON.parse(bytes.toString('utf8'))), 10);
  const model = core.parseModel(JSON.parse(bytes.toString('utf8')));
  const c = model.config;
  console.log(
    `  model: ${c.nLayers} layers, dim ${c.dim}, ${c.nHeads} query / ${c.nKvHeads} K/V heads of ${c.headDim}, ` +
      `vocabulary ${c.vocabSize}, max context ${c.maxSeqLen}, ${model.parameters} parameters`,
  );
  console.log(`  weights load + parse (JSON.parse + parseModel): median ${parse.toFixed(1)} ms of 10`);

  // Decode speed: one new token at context N, with the cache (one decode step over N − 1 cached rows)
  // and without (the whole N-token sequence again), and a whole generation of N tokens each way.
  for (const N of [...new Set([16, 32, c.maxSeqLen])]) {
    const ids = Array.from({ length: N }, (_, i) => (i * 7) % c.vocabSize);
    const cache = core.prefill(model, ids.slice(0, N - 1)).cache;
    const reps = N > 32 ? 15 : 30;
    const cached = time(() => core.decode(model, cache, ids[N - 1]), reps);
    const uncached = time(() => core.forward(model, ids), reps);
    const genCached = time(() => core.generate(model, [0], N - 1, { useCache: true }), 3);
    const genUncached = time(() => core.generate(model, [0], N - 1, { useCache: false }), 3);
    console.log(
      `  context ${String(N).padStart(2)}: one step with cache ${cached.toFixed(2)} ms (${(1000 / cached).toFixed(0)} tokens/s), ` +
        `without ${uncached.toFixed(2)} ms (${(1000 / uncached).toFixed(0)} tokens/s), ratio ${(uncached / cached).toFixed(1)}x; ` +
        `generating ${N} tokens: ${genCached.toFixed(1)} ms vs ${genUncached.toFixed(1)} ms, ratio ${(genUncached / genCached).toFixed(1)}x`,
    );
  }

  // Bytes: the weights file, and the chunk the build emits for it (once a chapter imports the loader).
  console.log(`  weights.json: ${bytes.length} bytes = ${kb(bytes.length)} KB raw, ${kb(gz(bytes))} KB gzip`);
  const assets = join(dist, 'assets');
  const chunks = existsSync(assets)
    ? readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('kv-step-by-step-model'))
    : [];
  for (const f of chunks) {
    const buf = readFileSync(join(assets, f));
    console.log(`  model chunk (code or weights) in dist: assets/${f} ${kb(buf.length)} KB raw, ${kb(gz(buf))} KB gzip (loaded only when a chapter asks)`);
  }
  if (chunks.length === 0) console.log('  no model chunk in dist yet: no chapter imports src/lesson/real-model/load.ts');
}
