import { useCallback, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { differsFromArticle, isEdited, resize, setCell, type WorkedTarget } from '../../lesson/worked/edits';
import { wq } from '../../lesson/worked/links';
import { ARTICLE, CACHED_TOKENS, MAX_D, MIN_D, NEW_TOKEN, type WorkedState } from '../../lesson/worked/model';
import { DimControl } from '../common/DimControl';
import { VecCells } from '../common/VecCells';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { useStagePart } from '../stage/StageContext';
import { appearing, useAppended } from '../stage/useAppended';
import { StageNum } from '../stage/StageNum';
import { plainText, richText } from '../common/richText';

interface Props {
  state: WorkedState;
  onChange: (s: WorkedState) => void;
  /** The numbers, or null when the inputs cannot be computed (the cells stay editable). */
  n: WorkedNumbers | null;
  /** Show "on"'s own k and v as a fourth row appended to the cache (the real decoder). */
  showNew: boolean;
}

type Commit = (v: number, cellId: string) => void;

/** A row of editable cells for one of the worked example's vectors, linked as quantity `q`. */
function WorkedVec({ values, target, row, token, state, commit, q }: { values: number[]; target: WorkedTarget; row: number; token: string; state: WorkedState; commit: Commit; q: string }) {
  const { t } = useI18n();
  const labelKey = target === 'q' ? 'worked.cell.q' : target === 'K' || target === 'kOn' ? 'worked.cell.k' : 'worked.cell.v';
  return (
    <VecCells
      values={values}
      id={target === 'K' || target === 'V' ? `${target}.${row}` : target}
      label={(j) => t(labelKey, { token, dim: j + 1 })}
      edited={(j) => differsFromArticle(state, target, row, j)}
      onCommit={commit}
      q={q}
    />
  );
}

/**
 * The worked example's stage: the KV cache as a stack of token rows (token, k, v — editable), the
 * query of "on" under the keys it is multiplied with, then per token q·kᵢ → ÷√d_k → softmax, and
 * the output o = Σ wᵢ·vᵢ under the values it mixes. With `showNew`, "on" appends its own k, v row
 * (animated) and every number is the real decoder's over four tokens.
 */
export function WorkedStage({ state, onChange, n, showNew }: Props) {
  const { t } = useI18n();
  const cache = useStagePart('cache', 'stage-cache');
  const k = useStagePart('k');
  const v = useStagePart('v');
  const q = useStagePart('q', 'stage-q');
  const scores = useStagePart('scores');
  const scaled = useStagePart('scaled');
  const weights = useStagePart('weights');
  const output = useStagePart('output', 'stage-output');
  const tokens = showNew ? [...CACHED_TOKENS, NEW_TOKEN] : [...CACHED_TOKENS];
  const newRow = appearing(useStagePart('new-row', 'new-row'), useAppended('worked', tokens)(NEW_TOKEN));
  // One stable commit handler for every cell ("q.0", "K.1.2", …), so unchanged cells skip re-rendering.
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };
  const commit = useCallback<Commit>((value, cellId) => {
    const [target, a, b] = cellId.split('.');
    const { state: s, onChange: change } = latest.current;
    change(setCell(s, target as WorkedTarget, b === undefined ? 0 : Number(a), Number(b ?? a), value));
  }, []);
  const cellProps = { state, commit };
  const trace = n && (showNew ? n.real.trace : null);
  const row = n ? (trace ? { s: trace.scores[0], st: trace.scaled[0], w: trace.weights[0], o: trace.output[0] } : { s: n.article.scores, st: n.article.scaled, w: n.article.weights, o: n.article.output }) : null;
  const blank = (
    <span className="stage-blank">
      <span aria-hidden="true">·</span>
      <span className="sr-only">{richText(t('stage.pending'))}</span>
    </span>
  );
  return (
    <>
      <ScrollX>
      <div className="stage-tables">
        <table className="stage-table stage-cache">
          <caption {...cache.props}>{richText(t('stage.group.cache'))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('table.token'))}</th>
              <th scope="col" {...k.props}>k</th>
              <th scope="col" {...v.props}>v</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((tok, i) => {
              const isNew = i === CACHED_TOKENS.length;
              return (
                <tr key={tok} {...(isNew ? newRow.props : {})}>
                  <th scope="row">
                    <TokenChip token={tok} index={i} />
                    {isNew && <span className="new-badge">{richText(t('stage.newBadge'))}</span>}
                  </th>
                  <td className={k.props.className}>
                    <WorkedVec values={isNew ? state.kOn : state.K[i]} target={isNew ? 'kOn' : 'K'} row={i} token={tok} q={wq.k(i)} {...cellProps} />
                  </td>
                  <td className={v.props.className}>
                    <WorkedVec values={isNew ? state.vOn : state.V[i]} target={isNew ? 'vOn' : 'V'} row={i} token={tok} q={wq.v(i)} {...cellProps} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" {...q.props} title={plainText(t('stage.part.q'))}>
                <TokenChip token={NEW_TOKEN} index={3} /> q
              </th>
              <td {...q.props}>
                <WorkedVec values={state.q} target="q" row={0} token={NEW_TOKEN} q={wq.q} {...cellProps} />
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
        <table className="stage-table stage-flow">
          <caption>{richText(t('stage.group.computed', { token: NEW_TOKEN }))}</caption>
          <thead>
            <tr>
              <th scope="col" className="flow-token">
                {richText(t('table.token'))}
              </th>
              <th scope="col" {...scores.props} title={plainText(t('stage.part.scores'))}>
                <span className="flow-arrow" aria-hidden="true">→ </span>q·kᵢ
              </th>
              <th scope="col" {...scaled.props} title={plainText(t('stage.part.scaled'))}>
                <span className="flow-arrow" aria-hidden="true">→ </span>
                {/* The switch sits on the part it controls; its name contains the visible "÷√d_k". */}
                <label className="stage-switch">
                  <input type="checkbox" checked={state.scaled} onChange={(e) => onChange({ ...state, scaled: e.target.checked })} data-control="scaled" />
                  <span className={state.scaled ? undefined : 'off'}>{richText('÷√d_k')}</span>
                  <span className="sr-only">{richText(t('worked.scaleSwitch'))}</span>
                </label>
                {!state.scaled && <span className="stage-off"> {t('stage.off')}</span>}
              </th>
              <th scope="col" {...weights.props} title={plainText(t('stage.part.weights'))}>
                <span className="flow-arrow" aria-hidden="true">→ </span>softmax
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((tok, i) => (
              <tr key={tok} {...(i === CACHED_TOKENS.length ? newRow.props : {})}>
                <th scope="row" className="flow-token">
                  <TokenChip token={tok} index={i} />
                </th>
                {row ? (
                  <>
                    <StageNum value={row.s[i]} q={wq.score(i)} part={scores} />
                    <StageNum value={row.st[i]} q={wq.scaled(i)} part={scaled} />
                    <StageNum value={row.w[i]} q={wq.weight(i)} part={weights} />
                  </>
                ) : (
                  <td colSpan={3} />
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="flow-token">
                o
              </th>
              <td colSpan={3} {...output.props} title={plainText(t('stage.part.output'))}>
                <span className="stage-vec">
                  <span aria-hidden="true" className="flow-arrow">
                    Σ wᵢ·vᵢ →
                  </span>
                  <span className="stage-o">o =</span>
                  {output.reached && !output.concealed && row ? (
                    <span className="vec" data-q={wq.output}>
                      {row.o.map((x, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
                        <span key={j} className="num" title={fmtFull(x)}>
                          {fmt(x)}
                        </span>
                      ))}
                    </span>
                  ) : (
                    blank
                  )}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      </ScrollX>
      <div className="input-tools">
        <DimControl value={state.d} min={MIN_D} max={MAX_D} onChange={(d) => onChange(resize(state, d))} />
        <button type="button" onClick={() => onChange(structuredClone(ARTICLE))} disabled={!isEdited(state)}>
          {richText(t('worked.reset'))}
        </button>
        <details className="stage-help">
          <summary>{richText(t('stage.help'))}</summary>
          <p className="hint">
            {isEdited(state) ? `${t('worked.editedNote')} ` : ''}
            {richText(t('worked.digits'))} {richText(t('cell.help'))}
          </p>
        </details>
      </div>
    </>
  );
}
