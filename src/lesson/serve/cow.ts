/**
 * What the copy-on-write step shows (pure, from one frame): the prefix cache's partly filled last
 * block, and each running request's own copy of it, slot by slot.
 */
import { decodeTokenId } from '../../core/pagedMemory';
import type { ServeFrame } from '../../core/serveSim';

/** One block drawn slot by slot: its physical number, reference count and the token id in every slot (−1 empty). */
export interface BlockView {
  block: number;
  refs: number;
  tokens: number[];
}

/** The cache's partial prefix block and the requests' copies of it, or null when the prefix fills whole blocks (nothing to copy). */
export interface CowView {
  /** The prefix ends inside a block (so that block is copied on write); false when it fills whole blocks. */
  partial: boolean;
  cached: BlockView | null;
  /** The logical block that holds the end of the prefix. */
  logical: number;
  copies: { id: number; view: BlockView }[];
  /** Full prefix blocks every request maps without copying. */
  sharedFull: BlockView[];
}

function view(frame: ServeFrame, block: number, size: number): BlockView {
  return { block, refs: frame.memory.refs[block] ?? 0, tokens: Array.from(frame.memory.token.slice(block * size, (block + 1) * size)) };
}

/** The copy-on-write picture of a frame of the cached-prefix run. */
export function cowView(frame: ServeFrame, prefix: number, size: number): CowView {
  const cachedTable = frame.memory.cachedTable;
  const logical = Math.floor(prefix / size);
  const partial = prefix % size !== 0;
  const full = cachedTable.slice(0, logical);
  return {
    partial,
    cached: partial && cachedTable.length > logical ? view(frame, cachedTable[logical], size) : null,
    logical,
    copies: partial ? frame.memory.tables.filter((x) => x.table.length > logical).map((x) => ({ id: x.id, view: view(frame, x.table[logical], size) })) : [],
    sharedFull: full.map((b) => view(frame, b, size)),
  };
}

/** A slot's short label: "s5" for prefix token 5, "21" for a request's own token at position 21 (its row names the request), "" when empty. */
export function slotLabel(token: number): string {
  const d = decodeTokenId(token);
  if (d.kind === 'empty') return '';
  return d.kind === 'prefix' ? `s${d.position}` : String(d.position);
}

/** Whether a slot holds a shared-prefix token, a request's own token, or nothing. */
export function slotKind(token: number): 'prefix' | 'own' | 'empty' {
  return decodeTokenId(token).kind;
}
