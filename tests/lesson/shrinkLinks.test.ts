// @vitest-environment node
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { cacheBits, h2oRecent, runWithEviction, sinksKeep, windowKeep } from '../../src/core/model';
import { quantizeGroup } from '../../src/core';
import { related } from '../../src/lesson/links';
import { evictionView, fullCacheBytes, h2oScores, keptSize, kiviFacts, quantView, textView } from '../../src/lesson/shrink/derive';
import { evictLinks, kiviLinks, quantLinks, shrinkLinks, sq, textLinks } from '../../src/lesson/shrink/links';
import { SHRINK_DEFAULTS, type ShrinkState } from '../../src/lesson/shrink/model';
import { shrinkText } from '../../src/lesson/shrink/run';
import { bitsTex, cacheTex, groupTex, h2oTex, klTex } from '../../src/lesson/shrink/tex';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { testModel } from '../core/model/load';

const model = testModel();
const S = (over: Partial<ShrinkState> = {}): ShrinkState => ({ ...SHRINK_DEFAULTS, ...over });
const { nLayers, nKvHeads, headDim } = model.config;

/** Positions of the rows whose quantity feeds `id` (directly or not). */
const rowsFeeding = (g: ReturnType<typeof evictLinks>, id: string) =>
  [...related(g, id).from]
    .filter((q) => q.startsWith('sh.row.'))
    .map((q) => Number(q.slice('sh.row.'.length)))
    .sort((a, b) => a - b);

describe('shrink links: eviction steps follow the kept rows of src/core/model/evict.ts', () => {
  it('window: the shrunk prediction at t comes from the newest B rows (windowKeep + the new row), the full one from every row up to t', () => {
    for (const [budget, at] of [[8, 27], [3, 10], [28, 27], [1, 5]]) {
      const s = S({ policy: 'window', budget, at });
      const g = evictLinks(evictionView(model, s));
      expect(rowsFeeding(g, sq.shrunk)).toEqual([...windowKeep(at, budget), at]);
      expect(rowsFeeding(g, sq.phat)).toEqual([...windowKeep(at, budget), at]);
      expect(related(g, sq.full).from).toEqual(new Set(Array.from({ length: at + 1 }, (_, j) => sq.tok(j))));
      // B decides every past row (kept or evicted), never the new token's own row, never a later token's.
      expect(related(g, sq.budget).to).toEqual(new Set([...Array.from({ length: at }, (_, j) => sq.row(j)), sq.shrunk, sq.phat, sq.kl, sq.mean, sq.agree, sq.keptRows, sq.keptBytes]));
      // The position decides which rows are read; a token after it feeds only T (and through it the means).
      expect(related(g, sq.tok(at)).to.has(sq.row(0))).toBe(true);
      if (at + 1 < 28) expect(related(g, sq.tok(at + 1)).to).toEqual(new Set([sq.T, sq.mean, sq.agree]));
    }
  });

  it('sinks + window: the first S rows and the newest ones feed the prediction (sinksKeep); S and B decide every past row; the positions switch changes the prediction only', () => {
    const s = S({ policy: 'sinks', budget: 8, sinks: 4, at: 27 });
    const g = shrinkLinks(model, 'sinks', s, evictionView(model, s));
    expect(rowsFeeding(g, sq.shrunk)).toEqual([...sinksKeep(27, 8, 4), 27]);
    expect([...related(g, sq.sinks).to].filter((q) => q.startsWith('sh.row.'))).toHaveLength(27);
    expect(related(g, sq.renumber).to).toEqual(new Set([sq.shrunk, sq.phat, sq.kl, sq.mean, sq.agree]));
  });

  it('H2O: every heavy hitter’s score comes from its token and the position and keeps its row; the prediction reads the union of every head’s rows (runWithEviction)', () => {
    const s = S({ policy: 'h2o', budget: 8, at: 27 });
    const heads = h2oScores(model, s);
    const g = shrinkLinks(model, 'h2o', s, evictionView(model, s));
    const { ids } = shrinkText(model, s);
    const run = runWithEviction(model, ids, { kind: 'h2o', budget: 8 });
    const union = [...new Set(run.read[27].flat(2))].sort((a, b) => a - b);
    expect(rowsFeeding(g, sq.shrunk)).toEqual(union);
    let heavy = 0;
    for (const h of heads) {
      const recentFrom = 27 + 1 - h2oRecent(8);
      const older = run.read[27][h.layer][h.head].filter((t) => t < recentFrom); // kept for their score
      expect(h.rows.filter((r) => r.heavy).map((r) => r.t)).toEqual(older);
      for (const t of older) {
        const id = sq.score(h.layer, h.head, t);
        expect(related(g, id).from).toEqual(new Set([sq.tok(t), sq.tok(27)]));
        expect(related(g, id).to.has(sq.row(t))).toBe(true);
        heavy++;
      }
    }
    expect(heavy).toBe(nLayers * nKvHeads * (8 - h2oRecent(8)));
  });

  it('what the cache holds at t: min(B, t + 1) rows per K/V head for every policy (pastRoom + the new row), 2·d_h·2 bytes per row and head; B, the position and only the rows read feed the count', () => {
    for (const policy of ['window', 'sinks', 'h2o'] as const) {
      for (const [budget, at] of [[8, 27], [8, 3], [1, 10], [28, 27]]) {
        const view = evictionView(model, S({ policy, budget, at }));
        const size = keptSize(model, view);
        expect(size.rows).toBe(Math.min(budget, at + 1));
        expect(size.all).toBe(at + 1);
        expect(size.bytes).toBe(size.rows * nLayers * nKvHeads * 2 * headDim * 2);
        expect(size.full).toBe(fullCacheBytes(model, at + 1));
        const g = evictLinks(view);
        // Only the rows read (and what decides them: B, the position) feed the kept bytes; an evicted row never does.
        const read = view.tokens.filter((tk) => tk.t <= at && tk.kept?.some(Boolean));
        // Window and sinks keep the same rows in every head; H2O's heads differ, and any row some head reads counts.
        if (policy === 'h2o') expect(read.length).toBeGreaterThanOrEqual(size.rows);
        else expect(read.length).toBe(size.rows);
        expect(related(g, sq.keptBytes).from).toEqual(new Set([sq.keptRows, sq.budget, sq.tok(at), ...read.flatMap((tk) => [sq.row(tk.t), sq.tok(tk.t)])]));
        for (const tk of view.tokens.filter((x) => x.t < at && !x.kept?.some(Boolean))) {
          expect(related(g, sq.keptBytes).from.has(sq.row(tk.t))).toBe(false);
          expect(related(g, sq.keptBytes).from.has(sq.tok(tk.t))).toBe(false);
        }
        expect(related(g, sq.allBytes).from).toEqual(new Set([sq.allRows, sq.tok(at)]));
      }
    }
  });

  it('budget step: the policy decides every past row as the budget does', () => {
    const s = S({ policy: 'sinks', at: 20 });
    const g = shrinkLinks(model, 'budget', s, evictionView(model, s));
    expect([...related(g, sq.policy).to].filter((q) => q.startsWith('sh.row.')).length).toBe(20);
  });
});

describe('shrink links: the text step and quantization follow the formulas of src/core', () => {
  it('text: P and G make T; T, L, n_kv and d_h make the full cache’s bytes, 2·L·n_kv·d_h·T·2', () => {
    const s = S();
    const view = textView(model, s);
    const g = textLinks(view);
    expect(fullCacheBytes(model, view.T)).toBe(2 * nLayers * nKvHeads * headDim * view.T * 2);
    expect(related(g, sq.bytes).from).toEqual(new Set([sq.T, sq.layers, sq.kvHeads, sq.headDim, sq.P, sq.G, sq.gen, ...view.tokens.map((tk) => sq.tok(tk.t))]));
    expect(related(g, sq.gen).to).toEqual(new Set([sq.G, sq.T, sq.bytes]));
  });

  it('quantize: the block feeds bytes and errors only where a scale is per channel (as cacheBits computes)', () => {
    for (const [kAxis, vAxis] of [['token', 'token'], ['channel', 'token'], ['token', 'channel'], ['channel', 'channel']] as const) {
      const s = S({ kAxis, vAxis, block: 8 });
      const T = shrinkText(model, s).ids.length;
      const blockMatters = cacheBits(model, T, { bits: 2, k: kAxis, v: vAxis, block: 8 }).quantized !== cacheBits(model, T, { bits: 2, k: kAxis, v: vAxis, block: 5 }).quantized;
      const g = quantLinks(quantView(model, s).strip, quantView(model, s), s);
      expect(related(g, sq.qBytes).from.has(sq.block)).toBe(blockMatters);
      expect(related(g, sq.err(0, 'k')).from.has(sq.block)).toBe(kAxis === 'channel');
      expect(related(g, sq.err(0, 'v')).from.has(sq.block)).toBe(vAxis === 'channel');
      expect(related(g, sq.err(0, 'k')).from.has(sq.kAxis)).toBe(true);
      // The block decides which rows are still in 16 bits (the strip's "16") only with a per-channel scale.
      const strip = quantView(model, s).strip;
      const sixteen = strip.tokens.filter((tk) => tk.quantized === false).length;
      expect(sixteen > 0).toBe(kAxis === 'channel' || vAxis === 'channel'); // 28 tokens, blocks of 8: 4 still in 16 bits
      expect(related(g, sq.stored(3)).from.has(sq.block)).toBe(kAxis === 'channel' || vAxis === 'channel');
      expect(related(g, sq.err(0, 'k')).from.has(sq.vAxis)).toBe(false);
      expect(related(g, sq.perNumber).from).toEqual(new Set([sq.share, sq.qBytes, sq.fp16, sq.T, sq.bits, sq.kAxis, sq.vAxis, ...(kAxis === 'channel' || vAxis === 'channel' ? [sq.block] : []), ...view(s)]));
    }
    function view(s: ShrinkState) {
      return quantView(model, s).strip.tokens.map((tk) => sq.tok(tk.t));
    }
  });

  it('quantize: the worked group — x → min, max → step (with b) → code c_i = round((x_i − min)/s) → x̂_i = min + c_i·s; its numbers come from the selected token (per token) or its block (per channel)', () => {
    const perToken = S({ vAxis: 'token', at: 12, bits: '2' });
    const q = quantView(model, perToken);
    const ex = q.example;
    if (!ex) throw new Error('a per-token group always exists');
    const g = quantLinks(q.strip, q, perToken);
    const core = quantizeGroup(ex.values, 2);
    expect(core.zero).toBe(Math.min(...ex.values));
    expect(core.codes).toEqual(ex.codes);
    expect(related(g, sq.step).from).toEqual(new Set([sq.min, sq.max, sq.bits, ...ex.values.map((_, i) => sq.x(i)), sq.tok(12), sq.vAxis]));
    expect(related(g, sq.code(3)).from.has(sq.x(3))).toBe(true);
    expect(related(g, sq.code(3)).to).toEqual(new Set([sq.restored(3)]));
    expect(related(g, sq.restored(3)).from.has(sq.code(4))).toBe(false); // x̂_3 is min + c_3·s, not another code
    const perChannel = S({ vAxis: 'channel', block: 8, at: 12 });
    const qc = quantView(model, perChannel);
    const gc = quantLinks(qc.strip, qc, perChannel);
    // Channel 1 of the tokens 8 … 15 of position 12's block.
    for (let i = 0; i < 8; i++) expect(related(gc, sq.x(i)).from).toEqual(new Set([sq.tok(8 + i), sq.vAxis, sq.block]));
  });

  it('kivi: bits per number per token never depend on the block, per channel they do, and KIVI’s are their mean (both edges)', () => {
    const a = kiviFacts(model, S({ block: 8 }));
    const b = kiviFacts(model, S({ block: 4 }));
    expect(a.bitsPerNumber.token).toEqual(b.bitsPerNumber.token);
    expect(a.bitsPerNumber.channel).not.toEqual(b.bitsPerNumber.channel);
    for (const [i, k] of a.bitsPerNumber.kivi.entries()) expect(k).toBeCloseTo((a.bitsPerNumber.token[i] + a.bitsPerNumber.channel[i]) / 2, 12);
    const s = S({ block: 8 });
    const g = kiviLinks(quantView(model, s).strip, s);
    for (const bits of ['8', '4', '2']) {
      expect(related(g, sq.bpn('token', bits)).from).toEqual(new Set([sq.headDim]));
      expect(related(g, sq.bpn('channel', bits)).from.has(sq.block)).toBe(true);
      expect(related(g, sq.bpn('kivi', bits)).from).toEqual(new Set([...related(g, sq.bpn('token', bits)).from, ...related(g, sq.bpn('channel', bits)).from, sq.bpn('token', bits), sq.bpn('channel', bits)]));
    }
  });

  it('every formula of the chapter typesets under the strict options with its linked terms, and links the ids the panels use', () => {
    const s = S();
    const view = evictionView(model, s);
    const q = quantView(model, S({ vAxis: 'token' }));
    const ex = q.example;
    if (!ex) throw new Error('a per-token group always exists');
    const texs = [
      cacheTex({ layers: nLayers, kvHeads: nKvHeads, headDim }, 28, 5376, 'bytes'),
      klTex(view.tokens[view.at], 'nats'),
      h2oTex({ word: 'cat', pos: 1, score: 2.5, layer: 0, head: 0, t: 27 }),
      groupTex(ex, 2),
      bitsTex(2, headDim, 8, { token: 'per token', channel: 'per channel' }),
    ];
    for (const tex of texs) expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
    expect(texs[0]).toContain(`\\htmlData{q=${sq.bytes}}{5{,}376}`);
    expect(texs[1]).toContain(`\\htmlData{q=${sq.kl}}`);
    expect(texs[2]).toContain(`\\htmlData{q=${sq.score(0, 0, 1)}}`);
    expect(texs[3]).toContain(`\\htmlData{q=${sq.code(7)}}`);
    expect(texs[4]).toContain(`\\htmlData{q=${sq.bpn('token', 2)}}{6.00}`);
  });
});
