// The attention core: pure maths, no UI. Rows are tokens, columns are dimensions.
export { attend, causalAttentionFull } from './attend';
export {
  assertMat,
  assertNoOverflowMat,
  assertNoOverflowVec,
  assertRect,
  assertSize,
  assertVec,
  describeValue,
  shapeOf,
} from './checks';
export { decodeStep, prefill } from './decode';
export { maxAbsDiff } from './diff';
export { createKVCache, kvAppend } from './kvCache';
export { causalMask } from './mask';
export { matmul, transpose } from './matmul';
export { contributions, weightedSum } from './mix';
export { project } from './project';
export { softmax } from './softmax';
export { softmaxParts } from './softmaxParts';
export { argmax, entropy } from './stats';
export { sum } from './sum';
export type { AttendOptions, AttentionTrace, CacheStep, KVCache, Mat, Vec } from './types';
export { addVec, dot, dotTerms, scaleVec } from './vector';
