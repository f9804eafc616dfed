import { tokenColour } from '../../lesson/tokens';

/** A token's word with its identity colour swatch (colour never stands alone). */
export function TokenChip({ token, index }: { token: string; index: number }) {
  return (
    <span className="token-chip">
      <span className="swatch" style={{ background: tokenColour(token, index) }} aria-hidden="true" />
      <span lang="en">{token}</span>
    </span>
  );
}
