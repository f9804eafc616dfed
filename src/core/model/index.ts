// The real model: a small Llama-style decoder run by our own maths (no ML runtime), same names as train/model.py.
// Rows are tokens; per-head tensors are lists of (T, head_dim) matrices. See README "The real model".
export { gqaAttention, type GqaResult, visibility } from './attention';
export { type BlendOptions, type BlendResult, cacheBlend, recomputeCount, topRows } from './blend';
export { block, finishBlock, type Projection, projectQKV } from './block';
export { cacheLength, concatCaches, emptyCache, mapCache, repositionCache, selectRows, writeRows } from './cache';
export { klDivergence, logitShift, type Shift } from './compare';
export { kvDeviation, kvScore, type RowDeviation } from './deviation';
export { cacheLayoutOf, parameterCount, parseConfig, tensorLayout } from './config';
export { assertTokenIds, decode, forward, nextPosition, prefill } from './forward';
export { addRows, joinHeads, linear, linearRows, splitHeads } from './linear';
export { forwardMacs, generationMacs } from './macs';
export { gatedMlp, silu } from './mlp';
export { rmsnorm, rmsnormRows } from './rmsnorm';
export { longestPrefix, prefixCachedRun } from './prefix';
export { rerotate, rope, ropeAngles, ropeFrequencies } from './rope';
export { assertChunks, chunkCaches, chunkOffsets, fullPrefill, naiveReuse, type ReuseRun, reusedCache } from './reuse';
export { blendMacs, causalKeys, layerMacs, prefillMacs, suffixMacs } from './reuseCost';
export { type GeneratedStep, type GenerateOptions, generate, probabilities, sampleToken, topK } from './sample';
export { editDistance, suggestChinese, suggestEnglish } from './suggest';
export { createLexicon, joinWords, type Lexicon, type Token, type TokenizeResult, type TokenProblem, tokenize } from './tokenizer';
export type {
  ForwardResult,
  HeadTrace,
  LayerCache,
  LayerTrace,
  LayerWeights,
  Model,
  ModelCache,
  ModelConfig,
  TrainingCheck,
  TrainingInfo,
} from './types';
export { MODEL_FORMAT, MODEL_VERSION, parseModel } from './weights';
export { h2oKeep, h2oRecent, pastRoom, sinksKeep, windowKeep } from './evict';
export { type EvictedRun, type EvictionPolicy, runWithEviction, selectRowsByHead } from './evictRun';
export { cacheBits, cacheError, type LayerError, type QuantizedRun, type QuantScheme, runQuantized, storeCache } from './quantRun';
export { type DecodeRun, forcedRun, greedyRun, type PositionRule, rightPosition } from './decodeLoop';
export { type Pair, pairAngle, pairDots, pairLength, pairsOf, rotatedPairs, rotatedScore, rotation2d, rotationsPerDecodeStep } from './ropePairs';
export { firstTokensShare } from './attentionShare';
