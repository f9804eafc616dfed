import { tokenColour } from '../../lesson/tokens';

/** A token's word with its identity colour swatch (colour never stands alone); lang is the word's language (English by default). */
export function TokenChip({ token, index, lang = 'en' }: { token: string; index: number; lang?: string }) {
  return (
    <span className="token-chip">
      <span className="swatch" style={{ background: tokenColour(token, index) }} aria-hidden="true" />
      <span lang={lang}>{token}</span>
    </span>
  );
}
