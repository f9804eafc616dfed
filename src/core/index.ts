// The attention core: pure maths, no UI. Rows are tokens, columns are dimensions.
export { attend, causalAttentionFull } from './attend';
export * from './checks'; // every shape and value check (tests/core/checks.test.ts)
export { decodeStep, prefill } from './decode';
export type { BenchCache, BenchModel, BenchScratch } from './decodeBench';
export {
  benchCachedStep,
  benchUncachedStep,
  createBenchCache,
  createBenchModel,
  createBenchScratch,
} from './decodeBench';
export type { CachedRun, CachedStep, UncachedStep, QKVWeights } from './generate';
export { generateCached, generateUncached, maxAbsDiffMat } from './generate';
export { maxAbsDiff } from './diff';
export { createKVCache, kvAppend } from './kvCache';
export { causalMask } from './mask';
export { concatColumns, type HeadWeights, kvGroupOf, type MhaOptions, type MhaTrace, mha, splitColumns } from './multiHead';
export { type CacheLayout, type CacheSize, cachePerToken, cachePerTokenPerLayer, cacheTotal, elementsPerTokenPerLayer } from './cacheSize';
export { additiveMask, maskedScores } from './maskedScores';
export { matmul, transpose } from './matmul';
export type { HeadDims } from './opCount';
export {
  cachedStepMacs,
  causalPassMacs,
  decodeMacsTotal,
  extrapolateByMacs,
  kvBytes,
  projectMacs,
  uncachedStepMacs,
} from './opCount';
export { contributions, weightedSum } from './mix';
export { project } from './project';
export { uniformMat } from './uniformMat';
export { softmax } from './softmax';
export { softmaxParts } from './softmaxParts';
export { argmax, entropy } from './stats';
export { assertBits, dequantizeGroup, maxCode, type QuantAxis, type QuantGroup, type QuantizedMatrix, quantizedBits, quantizeGroup, quantizeMatrix } from './quantize';
export { sum } from './sum';
export type { AttendOptions, AttentionTrace, CacheStep, KVCache, Mat, Vec } from './types';
export { addVec, dot, dotTerms, scaleVec } from './vector';
export { type AttentionCost, attentionCost, type CostInputs, ratio, toGiB } from './cost';
export { mulberry32, normals, randomNormalMat } from './random';
export { belowEps, type SparsityCount, sparsity, topKMass } from './sparsity';
export { dotBound, dotPrefixes, dotsAt, extent, histogram, meanStd, randomDots } from './spread';
export { type AttentionWeights, type MlpWeights, type MoeWeights, type TensorCount, type TensorGroup, tensorCounts, totalParams, weightBits, type WeightsConfig } from './paramCount';
export { cacheRoom, type FitSetup, type FitSplit, fitSplit, gpusForWeights, maxBatch, maxContext, usableBits } from './gpuFit';
export { type ArrivalOptions, checkRequests, fcfsOrder, type ServeRequest, seededRequests } from './serveRequests';
export { type AppendResult, appendTokens, BlockPool, blocksNeeded, readTokens, releaseSeq, type SeqBlocks, shareBlocks } from './blockPool';
export { ContiguousPool, type Range, type ReservePolicy, reservation } from './contiguousPool';
export { FREE, type MemoryPicture, NO_OWNER, RESERVED, type ServeFrame, type ServeMemory, type ServeTrace, SHARED, simulateServing, USED, WASTED } from './serveSim';
export { decodeTokenId, PagedMemory, tokenId } from './pagedMemory';
export { ContiguousMemory } from './contiguousMemory';
export { frameShares, heldBlocks, type MemoryShares, savedBlocks, type ServeSummary, summarizeServing } from './serveSummary';
export { type BatchPolicy, type BatchStep, type BatchTrace, simulateBatching } from './batching';
