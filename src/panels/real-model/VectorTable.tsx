import { fmt, fmtFull, fmtInt } from '../../lesson/format';

/** The header row of a table of head vectors, one row per vector: the first column's name, then dimensions 1 … hd. */
export function DimHeader({ first, hd }: { first: string; hd: number }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {Array.from({ length: hd }, (_, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: dimensions
          <th key={j} scope="col" className="num">
            {fmtInt(j + 1)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One vector's numbers as table cells, (hd): the page's digits, the full value on hover; `q` links the vector (its first cell takes focus). */
export function ValueCells({ v, q, focusable = false }: { v: readonly number[]; q?: string; focusable?: boolean }) {
  return v.map((x, j) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: dimensions
    <td key={j} className="num" title={fmtFull(x)} data-q={q} tabIndex={q && focusable && j === 0 ? 0 : undefined}>
      {fmt(x)}
    </td>
  ));
}
