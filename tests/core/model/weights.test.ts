// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachePerToken, cacheTotal } from '../../../src/core';
import { cacheLayoutOf, parameterCount, parseModel, prefill } from '../../../src/core/model';
import { rawWeights, testModel, WEIGHTS_PATH } from './load';

describe('the committed weights file', () => {
  it('is at most 150 KB gzip-compressed (the brief\'s budget)', () => {
    const gz = gzipSync(readFileSync(WEIGHTS_PATH), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(150 * 1024);
  });

  it('carries its own config: the architecture the page describes', () => {
    const { config, vocab, parameters, training } = testModel();
    expect(config).toEqual({
      vocabSize: vocab.length,
      dim: 32,
      nLayers: 3,
      nHeads: 4,
      nKvHeads: 2,
      headDim: 8,
      hiddenDim: 64,
      maxSeqLen: 64,
      ropeBase: 10000,
      normEps: 1e-5,
    });
    expect(parameters).toBe(parameterCount(config));
    expect(training.corpusSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isInteger(training.seed)).toBe(true);
  });

  it('has an English and a Chinese half of the vocabulary, including the running example\'s words', () => {
    const m = testModel();
    for (const w of ['the', 'cat', 'sat', 'on', '猫', '坐', '在', '垫子', '。', '？']) expect(m.vocab).toContain(w);
    expect(m.languages[m.vocab.indexOf('cat')]).toBe('en');
    expect(m.languages[m.vocab.indexOf('猫')]).toBe('zh');
  });
});

describe('the model\'s cache size by the memory chapter\'s formula', () => {
  it('2 (K, V) × 3 layers × 2 K/V heads × 8 = 96 numbers per token: 384 bytes in float32, 24,576 at the full context of 64', () => {
    const layout = cacheLayoutOf(testModel().config);
    expect(cachePerToken(layout, 32).bytes).toBe(384);
    expect(cacheTotal(layout, 32, 64, 1).bytes).toBe(24_576);
  });
  it('equals the numbers the core\'s cache actually holds', () => {
    const run = prefill(testModel(), [0, 2, 8, 1, 0]);
    const count = run.cache.layers.flatMap((L) => [...L.k, ...L.v]).reduce((n, M) => n + M.length * M[0].length, 0);
    expect(count * 4).toBe(cacheTotal(cacheLayoutOf(testModel().config), 32, 5, 1).bytes);
  });
});

describe('parseModel rejects a broken file, naming the problem', () => {
  const broken = (change: (raw: Record<string, unknown>) => void) => {
    const raw = rawWeights();
    change(raw);
    return () => parseModel(raw);
  };
  const config = (raw: Record<string, unknown>) => raw.config as Record<string, unknown>;
  it.each([
    ['not an object', () => parseModel('weights'), 'expected a JSON object'],
    ['another format', broken((r) => { r.format = 'gguf'; }), 'format must be "kv-step-by-step-model"'],
    ['a newer version', broken((r) => { r.version = 2; }), 'version 2 is not supported'],
    ['a bad config field', broken((r) => { config(r).n_heads = 0; }), 'config.n_heads must be an integer from 1'],
    ['heads that do not divide', broken((r) => { config(r).n_kv_heads = 3; }), 'n_kv_heads = 3 must divide n_heads = 4'],
    ['a vocabulary of the wrong size', broken((r) => { (r.vocab as string[]).pop(); }), 'vocab must list 52 words'],
    ['a repeated word', broken((r) => { (r.vocab as string[])[1] = 'the'; }), 'vocab[1] "the" appears twice'],
    ['a tensor with the wrong shape', broken((r) => { (r.tensors as { shape: number[] }[])[2].shape = [32, 31]; }), 'tensor 2 must be layers.0.attention.wq.weight (32, 32)'],
    ['truncated data', broken((r) => { r.data = (r.data as string).slice(0, 400); }), 'data holds 300 bytes but'],
    ['data that is not base64', broken((r) => { r.data = `!${(r.data as string).slice(1)}`; }), 'character "!" at 0 is not base64'],
    ['a wrong parameter count', broken((r) => { r.parameters = 1; }), 'parameters 1 ≠'],
  ])('%s', (_, run, message) => {
    expect(run).toThrow(message);
  });

  it('non-finite weights', () => {
    const raw = rawWeights();
    const bytes = Buffer.from(raw.data as string, 'base64');
    bytes.writeFloatLE(Number.POSITIVE_INFINITY, 8);
    raw.data = bytes.toString('base64');
    expect(() => parseModel(raw)).toThrow('number 2 of the data is Infinity');
  });
});
