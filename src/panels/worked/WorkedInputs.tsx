import { useCallback, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { differsFromArticle, isEdited, resize, setCell, type WorkedTarget } from '../../lesson/worked/edits';
import { ARTICLE, CACHED_TOKENS, MAX_D, MIN_D, NEW_TOKEN, type WorkedState } from '../../lesson/worked/model';
import { DimControl } from '../common/DimControl';
import { NumberCell } from '../common/NumberCell';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

interface Props {
  state: WorkedState;
  onChange: (s: WorkedState) => void;
  /** Show "on"'s own k and v as a fourth, new row of the cache. */
  showNew: boolean;
  highlight: readonly string[];
}

/** A row of editable cells for one vector. */
function VecCells({ values, target, row, token, state, commit }: { values: number[]; target: WorkedTarget; row: number; token: string; state: WorkedState; commit: (v: number, cellId: string) => void }) {
  const { t } = useI18n();
  const labelKey = target === 'q' ? 'worked.cell.q' : target === 'K' || target === 'kOn' ? 'worked.cell.k' : 'worked.cell.v';
  const idBase = target === 'K' || target === 'V' ? `${target}.${row}` : target;
  return (
    <span className="vec">
      {values.map((x, j) => (
        <NumberCell
          // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
          key={j}
          value={x}
          cellId={`${idBase}.${j}`}
          label={t(labelKey, { token, dim: j + 1 })}
          edited={differsFromArticle(state, target, row, j)}
          onCommit={commit}
        />
      ))}
    </span>
  );
}

/** The KV cache table (editable k and v per token), the query of "on", d and the reset action. */
export function WorkedInputs({ state, onChange, showNew, highlight }: Props) {
  const { t } = useI18n();
  const hi = (part: string) => (highlight.includes(part) ? 'emph' : 'quiet');
  // One stable commit handler for every cell (cell ids are "q.0", "K.1.2", …), so a cell whose
  // props did not change skips re-rendering when another cell is edited.
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };
  const commit = useCallback((v: number, cellId: string) => {
    const [target, a, b] = cellId.split('.');
    const { state: s, onChange: change } = latest.current;
    change(setCell(s, target as WorkedTarget, b === undefined ? 0 : Number(a), Number(b ?? a), v));
  }, []);
  const cellProps = { state, commit };
  return (
    <section className="inputs" aria-label={t('worked.cache.caption')}>
      <ScrollX>
        <table className={`cache-table ${hi('cache')}`}>
          <caption>{t('worked.cache.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.token')}</th>
              <th scope="col" className={hi('k')}>{t('worked.cache.key')}</th>
              <th scope="col" className={hi('v')}>{t('worked.cache.value')}</th>
              <th scope="col">{t('worked.cache.status')}</th>
            </tr>
          </thead>
          <tbody>
            {CACHED_TOKENS.map((tok, i) => (
              <tr key={tok}>
                <th scope="row"><TokenChip token={tok} index={i} /></th>
                <td className={hi('k')}><VecCells values={state.K[i]} target="K" row={i} token={tok} {...cellProps} /></td>
                <td className={hi('v')}><VecCells values={state.V[i]} target="V" row={i} token={tok} {...cellProps} /></td>
                <td className="status">{t('worked.cache.reused')}</td>
              </tr>
            ))}
            {showNew && (
              <tr className={`new-row ${hi('new-row')}`}>
                <th scope="row"><TokenChip token={NEW_TOKEN} index={3} /></th>
                <td><VecCells values={state.kOn} target="kOn" row={0} token={NEW_TOKEN} {...cellProps} /></td>
                <td><VecCells values={state.vOn} target="vOn" row={0} token={NEW_TOKEN} {...cellProps} /></td>
                <td className="status"><strong>{t('worked.cache.new')}</strong></td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollX>
      <div className={`query-row ${hi('q')}`}>
        <span className="query-label">
          <TokenChip token={NEW_TOKEN} index={3} /> {t('worked.q.label')}: q =
        </span>
        <VecCells values={state.q} target="q" row={0} token={NEW_TOKEN} {...cellProps} />
      </div>
      <div className="input-tools">
        <DimControl value={state.d} min={MIN_D} max={MAX_D} onChange={(d) => onChange(resize(state, d))} />
        <label className="switch">
          <input type="checkbox" checked={state.scaled} onChange={(e) => onChange({ ...state, scaled: e.target.checked })} data-control="scaled" />
          {t('worked.scaleSwitch')}
        </label>
        <button type="button" onClick={() => onChange(structuredClone(ARTICLE))} disabled={!isEdited(state)}>
          {t('worked.reset')}
        </button>
      </div>
      <p className="hint">
        {isEdited(state) ? `${t('worked.editedNote')} ` : ''}
        {t('worked.digits')} {t('cell.help')}
      </p>
    </section>
  );
}
