// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prefill } from '../../../src/core/model';
import { heatmapLinks, mergeGraphs, related } from '../../../src/lesson/links';
import { cacheAt, cacheBytes, probabilityParts, ropeView, runFor } from '../../../src/lesson/real-model/derive';
import { mq } from '../../../src/lesson/real-model/links';
import { DEFAULTS, type RealModelState } from '../../../src/lesson/real-model/model';
import { ATTENTION_MAP, stepLinks } from '../../../src/lesson/real-model/stepLinks';
import { cacheBytesTex, perTokenTex, probabilityTex } from '../../../src/lesson/real-model/tex';
import { runningIds } from '../../../src/lesson/real-model/workedPreset';
import { KATEX_STRICT_OPTIONS } from '../../../src/panels/common/katexOptions';
import { testModel } from '../../core/model/load';

const model = testModel();
const state = (s: Partial<RealModelState> = {}): RealModelState => ({ ...DEFAULTS, ...s });
const run = runFor(model, state({ count: 4 }));
const T0 = run.gen.prompt.length;
const T = run.gen.ids.length;
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('real-model meet: L, n_kv, d_head → numbers per token → bytes', () => {
  const g = stepLinks(model, run, 'meet', 0);
  it('the bytes per token come from L, n_kv, d_head and b, never from the query heads H; the maths agrees', () => {
    expect(sorted(related(g, mq.perTokenBytes).from)).toEqual(sorted([mq.L, mq.KV, mq.hd, mq.perToken, mq.b]));
    expect(related(g, mq.H).to.size).toBe(0);
    const { nLayers: L, nKvHeads: KV, headDim: hd, nHeads: H } = model.config;
    expect(cacheBytes(model, 1).numbersPerToken).toBe(2 * L * KV * hd);
    const moreHeads = { ...model, config: { ...model.config, nHeads: 2 * H } };
    expect(cacheBytes(moreHeads, 1).perToken).toBe(cacheBytes(model, 1).perToken);
  });
});

describe('real-model next-token: logits → probabilities → the chosen token', () => {
  it('the chosen word’s p comes from z, z_max, t, Σ and the sentence’s tokens; every top word’s p feeds the pick; the seed only when sampling', () => {
    const step = run.gen.steps[0];
    const g = stepLinks(model, run, 'next-token', 0);
    const { from, to } = related(g, mq.p(step.id));
    for (const id of [mq.z, mq.zMax, mq.t, mq.sum, ...Array.from({ length: T0 }, (_, i) => mq.tok(i))]) expect(from).toContain(id);
    expect(to).toContain(mq.pick);
    expect(related(g, mq.seed).to.size).toBe(0);
    const sampled = runFor(model, state({ count: 4, sampling: 'sample', temperature: 0.8, seed: 3 }));
    expect(related(stepLinks(model, sampled, 'next-token', 0), mq.seed).to).toContain(mq.pick);
    // The maths: p = e^{(z − z_max)/t} / Σ.
    const parts = probabilityParts(run, 0, step.id);
    expect(Math.exp((parts.z - parts.zMax) / parts.t) / parts.sumExp).toBeCloseTo(parts.p, 12);
  });
});

describe('real-model generate: a token → its cache rows per layer → cache bytes', () => {
  it('token i lights its own row only, then T and the bytes; T rows of 2·L·n_kv·d_head·b bytes', () => {
    const d = 2;
    const rows = cacheAt(run, d).ids.length;
    expect(rows).toBe(T0 + d);
    const g = stepLinks(model, { ...run, decoded: d }, 'generate', 0);
    const { to } = related(g, mq.tok(1));
    const next = run.gen.steps[d].id; // the word chosen after these rows: attention read every one of them
    expect(sorted(to)).toEqual(sorted([mq.row(1), mq.T, mq.bytes, mq.p(next), mq.pick]));
    expect(related(g, mq.perToken).to).not.toContain(mq.pick);
    expect(related(g, mq.bytes).from).toContain(mq.row(rows - 1));
    expect(related(g, mq.bytes).from).not.toContain(mq.row(rows));
    expect(cacheBytes(model, rows).total).toBe(cacheBytes(model, 1).perToken * rows);
  });
});

describe('real-model attention: a weight ↔ its query and key tokens', () => {
  it('cell (i, j) of the map comes from token i (its query row), token j (its key column) and every key its row reads (softmax), never a later token', () => {
    const g = mergeGraphs(stepLinks(model, run, 'attention', 0), heatmapLinks(ATTENTION_MAP, T, T));
    const { from } = related(g, `${ATTENTION_MAP}.4.1`);
    for (const j of [0, 1, 2, 3, 4]) expect(from).toContain(mq.tok(j));
    for (let j = 5; j < T; j++) expect(from).not.toContain(mq.tok(j));
    expect(related(g, mq.tok(2)).to).toContain(`${ATTENTION_MAP}.2.0`);
    expect(related(g, mq.tok(2)).to).toContain(`${ATTENTION_MAP}.5.3`);
    expect(related(g, mq.tok(2)).to).not.toContain(`${ATTENTION_MAP}.1.0`);
  });
});

describe('real-model rope: a token → its position → the angles → its key after RoPE', () => {
  it('pair i after RoPE comes from pair i before, its angle, θᵢ and the followed token’s position only; the maths turns it by that angle', () => {
    const token = 3;
    const g = stepLinks(model, { ...run, token }, 'rope', 0);
    expect(sorted(related(g, mq.after(2)).from)).toEqual(sorted([mq.before(2), mq.angle(2), mq.theta(2), mq.pos, mq.tok(token)]));
    expect(related(g, mq.tok(token + 1)).to).not.toContain(mq.pos);
    const r = ropeView(model, run, token, 1, 0);
    const a = r.angles[2];
    expect(a).toBeCloseTo(r.position * r.theta[2], 12);
    expect(r.after[4]).toBeCloseTo(r.before[4] * Math.cos(a) - r.before[5] * Math.sin(a), 12);
  });
});

describe('real-model to-worked: the running example’s tokens → q, k, v of the layer shown', () => {
  it('in layer 0 k and v of a token come from it alone; from layer 1 on from it and every token before it — as the forward pass computes', () => {
    const n = runningIds(model).length;
    expect(sorted(related(stepLinks(model, run, 'to-worked', 0), mq.wk(2)).from)).toEqual([mq.tok(2)]);
    expect(sorted(related(stepLinks(model, run, 'to-worked', 1), mq.wk(2)).from)).toEqual(sorted([mq.tok(0), mq.tok(1), mq.tok(2)]));
    expect(related(stepLinks(model, run, 'to-worked', 1), mq.wq).from).toContain(mq.tok(0));
    expect(related(stepLinks(model, run, 'to-worked', 1), mq.wq).from).toContain(mq.tok(n - 1));
    // The maths: change the first word; token 2's raw key stays in layer 0 and moves in layer 1.
    const ids = runningIds(model);
    const other = [ids[1], ...ids.slice(1)];
    const [a, b] = [prefill(model, ids), prefill(model, other)];
    expect(b.layers[0].kRaw[0][2]).toEqual(a.layers[0].kRaw[0][2]);
    expect(b.layers[1].kRaw[0][2]).not.toEqual(a.layers[1].kRaw[0][2]);
  });
});

describe('real-model formulas with linked terms', () => {
  it('are valid TeX in strict mode (the trust check allows their \\htmlData) and link the numbers the panels link', async () => {
    const katex = (await import('katex')).default;
    const step = run.gen.steps[0];
    const parts = probabilityParts(run, 0, step.id);
    const texs = [
      cacheBytesTex(model, T, 'bytes'),
      perTokenTex(model, '字节'),
      probabilityTex('on', parts.z, parts.zMax, parts.t, parts.sumExp, parts.p, 'logit', false, step.id),
      probabilityTex('on', parts.z, parts.zMax, parts.t, parts.sumExp, parts.p, 'logit', true, step.id),
    ];
    for (const tex of texs) expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
    expect(texs[0]).toContain(`\\htmlData{q=${mq.bytes}}`);
    expect(texs[1]).toContain(`\\htmlData{q=${mq.perTokenBytes}}{384}`);
    expect(texs[2]).toContain(`\\htmlData{q=${mq.p(step.id)}}`);
  });
});
