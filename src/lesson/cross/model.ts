import type { ChapterModel } from '../../state/chapterModel';

/** Vector length of this chapter (fixed and small so every number fits on screen). */
export const D = 2;
/** The encoder's sentence (French) and the decoder's output tokens (English). */
export const ENC_TOKENS = ['Le', 'chat', 'dort', 'bien'] as const;
export const DEC_TOKENS = ['The', 'cat', 'sleeps'] as const;
/** Identity-colour index of encoder token i (kept apart from the decoder's colours). */
export const encColour = (i: number) => 4 + i;

/** Editable state of the cross-attention chapter. Rows = tokens, columns = dimensions. */
export type CrossState = {
  /** Encoder output keys, (4, d): what cross-attention reads. */
  Kenc: number[][];
  /** Encoder output values, (4, d). */
  Venc: number[][];
  /** Decoder queries, (3, d): one per decoded token, used by both attentions (a simplification). */
  Q: number[][];
  /** Decoder self-attention keys, (3, d). */
  Kdec: number[][];
  /** Decoder self-attention values, (3, d). */
  Vdec: number[][];
  /** Decoding step shown, 1..3 (how many tokens have been decoded). */
  t: number;
};

/** Our own small numbers (the articles give none for cross-attention). */
export const DEFAULTS: CrossState = {
  Kenc: [
    [1, 0],
    [0, 1],
    [1, 1],
    [-1, 0.5],
  ],
  Venc: [
    [0.9, 0.1],
    [0.2, 0.8],
    [0.5, 0.5],
    [0.1, 0.3],
  ],
  Q: [
    [2, 0],
    [0, 2],
    [1, 2],
  ],
  Kdec: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  Vdec: [
    [0.6, 0.2],
    [0.1, 0.9],
    [0.4, 0.4],
  ],
  t: 1,
};

const rowsOk = (m: number[][], rows: number) => m.length === rows && m.every((r) => r.length === D);

export const crossModel: ChapterModel<CrossState> = {
  defaults: DEFAULTS,
  fields: {
    Kenc: { kind: 'mat', maxRows: 4, maxCols: D },
    Venc: { kind: 'mat', maxRows: 4, maxCols: D },
    Q: { kind: 'mat', maxRows: 3, maxCols: D },
    Kdec: { kind: 'mat', maxRows: 3, maxCols: D },
    Vdec: { kind: 'mat', maxRows: 3, maxCols: D },
    t: { kind: 'int', min: 1, max: 3 },
  },
  check: (s) => {
    if (!rowsOk(s.Kenc, ENC_TOKENS.length)) return 'Kenc';
    if (!rowsOk(s.Venc, ENC_TOKENS.length)) return 'Venc';
    if (!rowsOk(s.Q, DEC_TOKENS.length)) return 'Q';
    if (!rowsOk(s.Kdec, DEC_TOKENS.length)) return 'Kdec';
    if (!rowsOk(s.Vdec, DEC_TOKENS.length)) return 'Vdec';
    return null;
  },
};
