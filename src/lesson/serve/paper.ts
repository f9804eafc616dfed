/**
 * Figures of Kwon et al., "Efficient Memory Management for Large Language Model Serving with
 * PagedAttention", SOSP 2023 (arXiv:2309.06180), as printed in the paper, for the page to show
 * beside our own measurements. Fig. 2: average percentage of KV-cache memory during the §6.2
 * experiment (OPT-13B, ShareGPT); Fig. 13a: average number of batched requests (OPT-13B, ShareGPT,
 * 2 requests/s); Fig. 11: mean lengths of ShareGPT; §6.3 and §6.4 for sharing.
 */

/** The paper's title as published (a proper name: shown in English in both languages). */
export const PAPER_TITLE = 'Efficient Memory Management for Large Language Model Serving with PagedAttention';

/** One system of Fig. 2 and Fig. 13a. vLLM's Fig. 2 bar gives only its token-state share. */
export interface PaperSystem {
  readonly id: 'max' | 'pow2' | 'oracle' | 'vllm';
  readonly tokenStates: number;
  readonly reservation: number | null;
  readonly internal: number | null;
  readonly external: number | null;
  readonly batched: number;
}

/** Fig. 2 (percent of KV-cache memory) and Fig. 13a (mean batched requests), as printed. */
export const PAPER_FIG2: readonly PaperSystem[] = [
  { id: 'max', tokenStates: 20.4, reservation: 13.3, internal: 57.3, external: 8.9, batched: 7.0 },
  { id: 'pow2', tokenStates: 26.8, reservation: 17.9, internal: 13.6, external: 41.6, batched: 9.81 },
  { id: 'oracle', tokenStates: 38.2, reservation: 25.2, internal: null, external: 36.6, batched: 13.62 },
  { id: 'vllm', tokenStates: 96.3, reservation: null, internal: null, external: null, batched: 30.42 },
];

/** Fig. 11: mean input and output lengths of the ShareGPT trace (tokens). */
export const SHAREGPT_MEAN = { input: 161.31, output: 337.99 } as const;
/** vLLM's default block size (§7.2). */
export const PAPER_BLOCK = 16;
/** Orca (Max)'s reservation: the model's maximum sequence length (§6.1). */
export const PAPER_MAX_LEN = 2048;
/** §6.3: memory saved by sharing KV blocks, OPT-13B on Alpaca: parallel sampling and beam search (percent). */
export const PAPER_SHARING = { parallel: [6.1, 9.8], beam: [37.6, 55.2] } as const;
/** §6.4: throughput of vLLM over Orca (Oracle) when a translation prefix is shared (LLaMA-13B, WMT16). */
export const PAPER_PREFIX = { oneShot: { tokens: 80, speedup: 1.67 }, fiveShot: { tokens: 341, speedup: 3.58 } } as const;

/** A Fig. 2 bar as shares in [0, 1] (undefined where the paper gives none); `rest` is what vLLM's bar leaves unbroken down. */
export function paperShares(id: string): { shares: { used?: number; reserved?: number; wasted?: number; free?: number }; rest: number } {
  const p = PAPER_FIG2.find((x) => x.id === id);
  if (!p) return { shares: {}, rest: 0 };
  const share = (x: number | null) => (x === null ? undefined : x / 100);
  return {
    shares: { used: share(p.tokenStates), reserved: share(p.reservation), wasted: share(p.internal), free: share(p.external) },
    rest: id === 'vllm' ? (100 - p.tokenStates) / 100 : 0,
  };
}
