import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { PartView } from '../stage/StageContext';
import { plainText, richText } from '../common/richText';

/** A computed vector (linked as `q`), or "·" when there is none yet. */
export function Vec({ values, q }: { values: readonly number[] | null; q: string }) {
  const { t } = useI18n();
  if (!values) {
    return (
      <span className="stage-blank">
        <span aria-hidden="true">·</span>
        <span className="sr-only">{richText(t('stage.pending'))}</span>
      </span>
    );
  }
  return (
    <span className="vec" data-q={q} tabIndex={0}>
      {values.map((x, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
        <span key={j} className="num" title={fmtFull(x)}>
          {fmt(x)}
        </span>
      ))}
    </span>
  );
}

export interface CacheProps {
  part: PartView;
  weights: PartView;
  name: 'cross' | 'self';
  caption: ReactNode;
  /** One <tr> per cached row (token, k, v, w); empty when the cache holds nothing yet. */
  rows: ReactNode;
  output: readonly number[] | null;
  outputQ: string;
  /** Shown instead of rows while the cache is concealed or empty. */
  placeholder?: ReactNode;
  count: number | null;
}

/** One cache as token rows with the current query's weights beside them and its output o underneath. */
export function CacheTable({ part, weights, name, caption, rows, output, outputQ, placeholder, count }: CacheProps) {
  const { t } = useI18n();
  return (
    <table className={`stage-table cross-stage-cache ${part.props.className}`} data-stage-part={part.props['data-stage-part']} {...(count === null ? {} : { 'data-cache': name, 'data-rows': count })}>
      <caption className={part.props.className}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{richText(t('table.token'))}</th>
          <th scope="col">k</th>
          <th scope="col">v</th>
          <th scope="col" className={weights.props.className} data-stage-part={weights.props['data-stage-part']} title={plainText(t(name === 'cross' ? 'cross.stage.crossW' : 'cross.stage.selfW'))}>
            w
          </th>
        </tr>
      </thead>
      <tbody>
        {placeholder ? (
          <tr>
            <td colSpan={4} className="stage-blank cross-placeholder">
              {placeholder}
            </td>
          </tr>
        ) : (
          rows
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">o</th>
          <td colSpan={3} title={plainText(t('cross.stage.output'))}>
            <Vec values={output} q={outputQ} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
