import { related } from '../../src/lesson/links';
import { memoryChapter } from '../../src/lesson/memory/chapter';
import { memoryLinks, mq } from '../../src/lesson/memory/links';
import { partConcealed } from '../../src/lesson/stage/emphasis';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { describe, expect, it } from 'vitest';
import { binaryParts, fmtBinary, fmtExactBytes, fmtGB, groupDigits } from '../../src/lesson/memory/bytes';
import { applyPreset, deriveMemory, llama3Question, matchingPreset, stageIsQuestion } from '../../src/lesson/memory/derive';
import { MEMORY_DEFAULTS, type MemoryState, memoryModel } from '../../src/lesson/memory/model';
import { LABEL_PX, labelWidth, type MarkerInput, plotGeometry } from '../../src/lesson/memory/plot';
import { PRESET_WEIGHTS } from '../../src/lesson/memory/weightsConfig';
import { PRESETS } from '../../src/lesson/memory/presets';
import { memoryRule } from '../../src/lesson/memory/validate';
import { parseCell } from '../../src/state/cellParser';
import { checkRule, parserLimit } from '../../src/state/numberRule';

const perToken = (id: string, dtype: MemoryState['dtype'] = 'fp16') => {
  const r = deriveMemory({ ...applyPreset(MEMORY_DEFAULTS, id), dtype });
  if (!r.ok) throw new Error(r.detail);
  return r.n.perToken.bytes;
};

describe('presets: bytes per token, hand-checked', () => {
  it.each([
    ['gpt2', 36_864], // 2·12·12·64·2
    ['llama2-7b', 524_288], // 2·32·32·128·2 = 512 KiB
    ['llama3-8b', 131_072], // 2·32·8·128·2
    ['mistral-7b', 131_072],
    ['qwen2.5-7b', 57_344], // 2·28·4·128·2
    ['falcon-7b', 8_192], // 2·32·1·64·2
  ])('%s fp16 = %i B', (id, bytes) => expect(perToken(id)).toBe(bytes));

  it('DeepSeek-V3 bf16 = 61·576·2 = 70,272 B (MLA: no factor 2)', () => {
    expect(perToken('deepseek-v3', 'bf16')).toBe(70_272);
  });

  it('every preset names its source and matches itself', () => {
    for (const p of PRESETS) {
      expect(p.repo).toMatch(p.own ? /^src\/lesson\/real-model\/weights\.json$/ : /^[\w.-]+\/[\w.-]+$/); // a Hugging Face repository, or our own weights file
      expect(matchingPreset(applyPreset(MEMORY_DEFAULTS, p.id))).toBe(p.id);
      expect(memoryModel.check(applyPreset(MEMORY_DEFAULTS, p.id))).toBeNull();
    }
    expect(matchingPreset({ ...MEMORY_DEFAULTS, layers: 33 })).toBeNull();
  });

  it('int4 halves fp8, fp32 doubles fp16', () => {
    expect(perToken('llama3-8b', 'int4')).toBe(32_768);
    expect(perToken('llama3-8b', 'fp32')).toBe(262_144);
  });
});

describe('totals and the predict question', () => {
  it('Llama-3-8B at 8,192 tokens fp16 is exactly 1 GiB', () => {
    const r = deriveMemory(MEMORY_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.total.bytes).toBe(1_073_741_824);
    expect(fmtExactBytes(r.n.total.bits)).toBe('1,073,741,824 B');
    expect(fmtBinary(r.n.total.bytes)).toBe('1 GiB');
    const q = llama3Question();
    expect(q.answer.bytes).toBe(2 ** 30);
    expect(q.options.map((o) => fmtBinary(o.bytes))).toEqual(['512 MiB', '1 GiB', '4 GiB', '8 GiB']);
  });

  it('knows when the calculator shows the question’s case, so its total is the answer (linked in the explanation)', () => {
    expect(stageIsQuestion(MEMORY_DEFAULTS)).toBe(true);
    const r = deriveMemory(MEMORY_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.total.bits).toBe(llama3Question().answer.bits);
    expect(stageIsQuestion({ ...MEMORY_DEFAULTS, window: 16384 })).toBe(true); // a window longer than the context keeps every token
    for (const edit of [{ tokens: 4096 }, { batch: 2 }, { dtype: 'fp32' }, { kvHeads: 32 }, { window: 4096 }, { layout: 'mla' }] as Partial<MemoryState>[]) {
      expect(stageIsQuestion({ ...MEMORY_DEFAULTS, ...edit }), JSON.stringify(edit)).toBe(false);
    }
  });

  it('plots MHA, GQA and MQA variants beside the model', () => {
    const r = deriveMemory(applyPreset(MEMORY_DEFAULTS, 'llama2-7b'));
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.curves.map((c) => [c.id, c.kvHeads])).toEqual([['current', 32], ['gqa', 8], ['mqa', 1]]);
    expect(r.n.curves[0].bytes[3]).toBe(2 * r.n.curves[0].bytes[2]); // doubling the tokens doubles the cache
    const g = plotGeometry(r.n.curves, [], [], 'log', BOX);
    expect(g.curves[0].points[10].y).toBeLessThan(g.curves[2].points[10].y); // larger cache is higher up
  });
});

const BOX = { width: 700, plotHeight: 230, left: 56, right: 196, bottom: 40 };
const numbersOf = (s: MemoryState) => {
  const r = deriveMemory(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};
/** The plot as the page lays it out, with labels as long as the longest the page prints (both languages). */
const layout = (s: MemoryState, scale: 'log' | 'linear' = 'log') => {
  const n = numbersOf(s);
  const markers: MarkerInput[] = [{ id: 'T', tokens: s.tokens, label: `你的 T = ${s.tokens.toLocaleString('en-US')}` }];
  if (n.context !== null) markers.push({ id: 'context', tokens: n.context, label: `context limit ${n.context.toLocaleString('en-US')}` });
  if (s.window > 0) markers.push({ id: 'window', tokens: s.window, label: `window ${s.window.toLocaleString('en-US')}: the cache stops growing` });
  const gpus = n.gpus.map((g) => ({ id: g.id, gib: g.gib, label: `${g.name}（标称 ${g.vendorGB} GB）≈ ${g.gib.toFixed(1)} GiB` }));
  return { n, g: plotGeometry(n.curves, gpus, markers, scale, BOX, n.total.bytes) };
};
const overlap = (a: { x: number; w: number; y: number }, b: { x: number; w: number; y: number }, h: number) =>
  a.x < b.x + b.w && b.x < a.x + a.w && Math.abs(a.y - b.y) < h;

describe('memory plot: marks and labels', () => {
  const states: [string, MemoryState][] = PRESETS.flatMap((p) =>
    [1024, 4096, 8192, 100_000, 5_000_000].map((T) => [`${p.id} @ ${T}`, { ...applyPreset(MEMORY_DEFAULTS, p.id), tokens: T }] as [string, MemoryState]),
  );

  it.each(states)('%s: GPU labels and marker labels never overlap each other or the curves', (_, s) => {
    for (const scale of ['log', 'linear'] as const) {
      const { g } = layout(s, scale);
      const curveMaxX = Math.max(...g.curves.flatMap((c) => c.points.map((p) => p.x)));
      const gpu = g.gpus.map((l) => ({ x: l.labelX, w: labelWidth(l.label), y: l.labelY }));
      for (const l of gpu) {
        expect(l.x).toBeGreaterThan(curveMaxX); // right of every curve and line end
        expect(l.x + l.w).toBeLessThanOrEqual(g.width); // never cut at the right edge
      }
      for (let i = 0; i < gpu.length; i++) for (let j = i + 1; j < gpu.length; j++) expect(overlap(gpu[i], gpu[j], LABEL_PX)).toBe(false);
      const marks = g.markers.map((m) => ({ x: m.labelX, w: m.width, y: m.labelY }));
      for (const m of marks) {
        expect(m.y).toBeLessThan(g.area.top); // above the plot area, clear of the curves
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x + m.w).toBeLessThanOrEqual(g.width);
      }
      for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(overlap(marks[i], marks[j], LABEL_PX)).toBe(false);
    }
  });

  it('marks the chosen T: a vertical line at T and a dot on the model\'s curve at its cache size', () => {
    const { n, g } = layout({ ...MEMORY_DEFAULTS, tokens: 8192 });
    const T = g.markers.find((m) => m.id === 'T');
    expect(T?.x).toBeCloseTo(g.xTicks[3].x, 9); // 8K is the fourth tick
    expect(g.dot?.x).toBeCloseTo(g.xTicks[3].x, 9);
    expect(g.dot?.y).toBeCloseTo(g.curves[0].points[3].y, 9);
    expect(n.total.bytes).toBe(numbersOf(MEMORY_DEFAULTS).curves[0].bytes[3]);
    // Off the axis: clamped to the edge and said so.
    expect(layout({ ...MEMORY_DEFAULTS, tokens: 100 }).g.markers[0].clamped).toBe('left');
    expect(layout({ ...MEMORY_DEFAULTS, tokens: 5_000_000 }).g.markers[0].clamped).toBe('right');
  });

  it('marks every preset\'s context limit from its config.json (the same number the weights config holds)', () => {
    const expected: Record<string, number> = { gpt2: 1024, 'llama2-7b': 4096, 'llama3-8b': 8192, 'mistral-7b': 32768, 'qwen2.5-7b': 131072, 'falcon-7b': 2048, 'deepseek-v3': 163840, ours: 64 };
    for (const p of PRESETS) {
      expect(p.context).toBe(expected[p.id]);
      expect(p.context).toBe(PRESET_WEIGHTS[p.id].maxContext);
      expect(p.fields).toMatch(new RegExp(`(max_position_embeddings|n_positions|max_seq_len) ${p.context}\\b`));
      const { g } = layout(applyPreset(MEMORY_DEFAULTS, p.id));
      expect(g.markers.find((m) => m.id === 'context')?.tokens).toBe(p.context);
    }
    // Edited sizes are no longer that model: no context mark.
    expect(layout({ ...MEMORY_DEFAULTS, layers: 31 }).g.markers.map((m) => m.id)).toEqual(['T']);
  });

  it('Mistral-7B\'s 4,096-token sliding window: its cache stops growing there, and the window is marked', () => {
    const s = applyPreset(MEMORY_DEFAULTS, 'mistral-7b');
    expect(s.window).toBe(4096);
    const n = numbersOf({ ...s, tokens: 32768 });
    expect(n.keptTokens).toBe(4096);
    expect(n.total.bytes).toBe(numbersOf({ ...s, tokens: 4096 }).total.bytes);
    const c = n.curves[0].bytes; // 1K, 2K, 4K, 8K …
    expect(c[1]).toBe(2 * c[0]);
    expect(c[3]).toBe(c[2]);
    expect(c[10]).toBe(c[2]);
    expect(layout(s).g.markers.map((m) => m.id)).toEqual(['T', 'context', 'window']);
    // Llama-3-8B has the same sizes but no window: it keeps growing.
    const l = numbersOf({ ...applyPreset(MEMORY_DEFAULTS, 'llama3-8b'), tokens: 32768 });
    expect(l.total.bytes).toBe(8 * numbersOf({ ...s, tokens: 32768 }).total.bytes);
  });

  it('GPU lines are drawn at the GiB nvidia-smi reports: 80 GB ≈ 80 GiB, H200 "141 GB" ≈ 140.4 GiB', () => {
    const n = numbersOf(MEMORY_DEFAULTS);
    const gib = Object.fromEntries(n.gpus.map((g) => [g.id, g.gib]));
    expect(gib['a100-80']).toBe(80);
    expect(gib.h200).toBeCloseTo(140.4, 1);
    expect(gib.rtx4090).toBeCloseTo(24, 1);
    for (const g of n.gpus) expect(g.bytes).toBe(g.mib * 2 ** 20);
  });
});

describe('byte formatting', () => {
  it('picks the largest binary unit ≥ 1', () => {
    expect(binaryParts(1023)).toEqual({ value: 1023, unit: 'B' });
    expect(fmtBinary(36_864)).toBe('36 KiB');
    expect(fmtBinary(524_288)).toBe('512 KiB');
    expect(fmtBinary(1536 * 1024 ** 3)).toBe('1.500 TiB');
  });
  it('groups digits and keeps int4 half bytes exact', () => {
    expect(groupDigits(1234567n)).toBe('1,234,567');
    expect(fmtExactBytes(12n)).toBe('1.5 B');
    expect(fmtGB(1_073_741_824)).toBe('1.074 GB');
  });
});

/** What the calculator's input does with typed text: the one cell parser, then the field's rule. */
function parseIntInput(text: string, field: Parameters<typeof memoryRule>[0], state: MemoryState) {
  const rule = memoryRule(field, state);
  const r = parseCell(text, parserLimit(rule));
  if (!r.ok) return { ok: false, key: r.error };
  const bad = checkRule(r.value, rule);
  return bad ? { ok: false, key: bad.error } : { ok: true, value: r.value };
}

describe('validation', () => {
  it('accepts whole numbers with or without thousands commas, full-width digits too', () => {
    expect(parseIntInput('8,192', 'tokens', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 8192 });
    expect(parseIntInput(' 64 ', 'headDim', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 64 });
    expect(parseIntInput('１０,０００,０００', 'tokens', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 10_000_000 });
  });
  it('rejects empty, fractional, negative, out-of-range and non-dividing values with a message key', () => {
    expect(parseIntInput('', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.empty' });
    expect(parseIntInput('1.5', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('-3', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('1001', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('10000001', 'tokens', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('0', 'batch', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('3', 'kvHeads', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'memory.error.kvDivides' });
    expect(parseIntInput('30', 'qHeads', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'memory.error.qDivisible' });
  });
});

/** TeX without its link wrappers: \htmlData{q=id}{body} → body (bodies here hold no braces' worth of nesting beyond one level). */
function plain(tex: string): string {
  let out = tex;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\\htmlData\{q=[^}]*\}\{((?:[^{}]|\{[^{}]*\})*)\}/g, '$1');
  }
  return out;
}

describe('memory TeX', () => {
  it('fills the formula with the same numbers (strict TeX)', async () => {
    const katex = (await import('katex')).default;
    const { perTokenTex, totalTex } = await import('../../src/lesson/memory/tex');
    const r = deriveMemory(MEMORY_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    const t = totalTex(MEMORY_DEFAULTS, r.n);
    // Every factor is linked to its input on the stage (\htmlData{q=mem.L}{32}, …).
    expect(t).toContain('\\htmlData{q=mem.L}{32}');
    expect(t).toContain('\\htmlData{q=mem.kv}{8}');
    expect(plain(t)).toContain('2 \\times 32 \\times 8 \\times 128 \\times 8{,}192 \\times 1 \\times 2');
    expect(plain(t)).toContain('1{,}073{,}741{,}824');
    for (const x of [t, perTokenTex(MEMORY_DEFAULTS, r.n, '每个词元')]) {
      expect(x).not.toContain('per token');
      expect(() => katex.renderToString(x, KATEX_STRICT_OPTIONS)).not.toThrow();
    }
    const mistral = { ...applyPreset(MEMORY_DEFAULTS, 'mistral-7b'), tokens: 32768 };
    const m = deriveMemory(mistral);
    if (!m.ok) throw new Error(m.detail);
    expect(plain(totalTex(mistral, m.n))).toContain('\\min(32{,}768, 4{,}096)');
    for (const x of [totalTex(mistral, m.n)]) {
      expect(() => katex.renderToString(x, KATEX_STRICT_OPTIONS)).not.toThrow();
    }
  });
});

describe('memory stage and links', () => {
  it('has its own stage; the prediction hides the size until the guess, and the plot step highlights the plot', () => {
    expect(memoryChapter.stage?.id).toBe('memory');
    const guess = memoryChapter.steps.find((s) => s.id === 'guess');
    if (!guess) throw new Error('no guess step');
    expect(partConcealed(guess, 'total', false)).toBe(true);
    expect(partConcealed(guess, 'total', true)).toBe(false);
    expect(memoryChapter.steps.find((s) => s.id === 'plot')?.highlight).toContain('plot');
  });

  it('pointing at the size lights every factor it comes from, and the plot point it goes to', () => {
    const kv = related(memoryLinks('kv'), mq.total);
    for (const id of [mq.layers, mq.kvHeads, mq.headDim, mq.tokens, mq.batch, mq.window, mq.bytes, mq.perToken, mq.perLayer]) expect(kv.from.has(id), id).toBe(true);
    expect(kv.from.has(mq.latentDim)).toBe(false);
    expect([...kv.to]).toEqual([mq.dot]);
    const mla = related(memoryLinks('mla'), mq.perToken);
    expect(mla.from.has(mq.latentDim) && mla.from.has(mq.ropeDim) && mla.from.has(mq.layers)).toBe(true);
    expect(mla.from.has(mq.kvHeads)).toBe(false);
  });
});
