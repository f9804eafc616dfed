import { describe, expect, it } from 'vitest';
import { attend } from '../../src/core/attend';
import { matmul } from '../../src/core/matmul';
import { concatColumns, type HeadWeights, kvGroupOf, mha, splitColumns } from '../../src/core/multiHead';
import { project } from '../../src/core/project';

const X = [
  [1, 0, 0.5, -1],
  [0, 1, 1, 0.5],
  [0.5, -0.5, 0, 1],
];
// Four heads of width 1 over d_model = 4; different numbers per head so sharing K/V changes the result.
const heads: HeadWeights[] = [0, 1, 2, 3].map((i) => ({
  W_Q: [[1 + i], [0.5], [-i / 2], [0.25]],
  W_K: [[0.5], [1 - i / 3], [i], [-0.5]],
  W_V: [[i], [1], [0.5 - i], [2]],
}));
const W_O = [
  [1, 0, 0, 0.5],
  [0, 1, 0.5, 0],
  [0.5, 0, 1, 0],
  [0, 0.5, 0, 1],
];

describe('kvGroupOf', () => {
  it('maps query heads to consecutive K/V groups', () => {
    expect(kvGroupOf(8, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(kvGroupOf(8, 2)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(kvGroupOf(8, 1)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
  it('rejects a K/V head count that does not divide h', () => {
    expect(() => kvGroupOf(8, 3)).toThrow(/kvHeads = 3 must be a divisor of h = 8/);
    expect(() => kvGroupOf(4, 0)).toThrow(/divisor/);
    expect(() => kvGroupOf(4, 8)).toThrow(/divisor/);
  });
});

describe('splitColumns / concatColumns', () => {
  it('round-trips a (d_model, h·d) matrix through h blocks', () => {
    const blocks = splitColumns(W_O, 2);
    expect(blocks).toEqual([
      [[1, 0], [0, 1], [0.5, 0], [0, 0.5]],
      [[0, 0.5], [0.5, 0], [1, 0], [0, 1]],
    ]);
    expect(concatColumns(blocks)).toEqual(W_O);
    expect(() => splitColumns(W_O, 3)).toThrow(/4 columns, not divisible into h = 3/);
  });
});

describe('mha', () => {
  it('has the shapes of concat · W_O: (T, h·d_v) x (h·d_v, d_model) -> (T, d_model)', () => {
    const r = mha(X, heads, W_O);
    expect(r.heads).toHaveLength(4);
    expect(r.kv).toHaveLength(4);
    expect(r.concat).toHaveLength(3);
    expect(r.concat[0]).toHaveLength(4);
    expect(r.output).toHaveLength(3);
    expect(r.output[0]).toHaveLength(4);
    expect(r.output).toEqual(matmul(r.concat, W_O));
  });

  it('each head is scaled dot-product attention with its own projections (causal)', () => {
    const r = mha(X, heads, W_O);
    const t = attend(project(X, heads[2].W_Q), project(X, heads[2].W_K), project(X, heads[2].W_V), { causal: true });
    expect(r.heads[2].trace).toEqual(t);
    expect(r.heads[2].trace.weights[0][1]).toBe(0); // the first token cannot see the second
  });

  it('GQA with kvHeads = h equals MHA', () => {
    expect(mha(X, heads, W_O, { kvHeads: 4 })).toEqual(mha(X, heads, W_O));
  });

  it('kvHeads = 1 equals MQA: every head reads head 0’s K and V', () => {
    const shared = heads.map((w) => ({ ...w, W_K: heads[0].W_K, W_V: heads[0].W_V }));
    const mqa = mha(X, heads, W_O, { kvHeads: 1 });
    expect(mqa.kv).toHaveLength(1);
    expect(mqa.output).toEqual(mha(X, shared, W_O).output);
    expect(mqa.output).not.toEqual(mha(X, heads, W_O).output);
  });

  it('kvHeads = 2 lets heads 0,1 share K/V head 0 and heads 2,3 share K/V head 1', () => {
    const shared = heads.map((w, i) => ({ ...w, W_K: heads[i < 2 ? 0 : 1].W_K, W_V: heads[i < 2 ? 0 : 1].W_V }));
    const gqa = mha(X, heads, W_O, { kvHeads: 2 });
    expect(gqa.heads.map((h) => h.group)).toEqual([0, 0, 1, 1]);
    expect(gqa.output).toEqual(mha(X, shared, W_O).output);
  });

  it('throws naming the shapes when W_O does not fit', () => {
    expect(() => mha(X, heads, [[1, 0, 0, 0]])).toThrow(/W_O \(1, 4\) needs 4 rows/);
    expect(() => mha(X, heads, W_O, { kvHeads: 3 })).toThrow(/divisor/);
    expect(() => mha(X, [], W_O)).toThrow(/at least one head/);
  });
});
