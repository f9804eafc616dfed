import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MsgKey } from '../../i18n';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { differsFromDefault, isEdited, type NoQTarget, resetVectors, setCell } from '../../lesson/no-q-cache/edits';
import { nq, noqLinks } from '../../lesson/no-q-cache/links';
import { ALL_TOKENS, isArticleValue, NEW_TOKEN, type NoQState } from '../../lesson/no-q-cache/model';
import { Heatmap, type HeatmapProps } from '../common/Heatmap';
import { InputTools } from '../common/InputTools';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { useCellCommit, VecCells } from '../common/VecCells';
import { useLinks } from '../link/LinkScope';
import { useStagePart } from '../stage/StageContext';
import type { StageProps } from '../stage/StageProps';
import { useAppended } from '../stage/useAppended';

type Props = StageProps<NoQState, NoQNumbers>;

const TARGETS: readonly NoQTarget[] = ['Q', 'K', 'V'];
const QID = { Q: nq.q, K: nq.k, V: nq.v } as const;
const MARK: Record<string, MsgKey> = { same: 'noq.mark.same', changed: 'noq.mark.changed', new: 'noq.mark.new' };

/** The grid the step is about: QKᵀ on the reading step, else the weights of the sequence (marked against "before" once "on" is added). */
function gridOf(stepId: string, n: NoQNumbers, state: NoQState, t: ReturnType<typeof useI18n>['t']): { part: string; props: HeatmapProps } {
  const chips = ALL_TOKENS.slice(0, n.T).map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
  const base = { corner: t('noq.corner'), rowLabels: chips, colLabels: chips };
  if (stepId === 'row-column') {
    const scores = n.live.scores.map((r, i) => r.map((x, j) => (n.liveMasked[i][j] ? Number.NEGATIVE_INFINITY : x)));
    return {
      part: 'reading',
      props: { ...base, caption: t('noq.rowcol.caption'), values: scores, masked: n.liveMasked, dataName: 'scores', emphasisRows: [n.reading.row], emphasisCols: [n.reading.col] },
    };
  }
  if (!state.added || stepId === 'sequence') {
    return { part: 'live', props: { ...base, caption: t('noq.live.caption'), values: n.live.weights, masked: n.liveMasked, domain: [0, 1], dataName: 'live' } };
  }
  const c = n.current;
  return {
    part: 'compare',
    props: {
      ...base,
      caption: t('noq.after.caption', { token: NEW_TOKEN }),
      values: c.after.weights,
      masked: c.maskedAfter,
      domain: [0, 1],
      dataName: 'after',
      emphasisRows: [3],
      emphasisCols: [3],
      marks: c.cellStatus.map((r) => r.map((st) => (st ? t(MARK[st]) : null))),
      markLegend: t('noq.mark.legendShort'),
    },
  };
}

/**
 * The stage of "why no Q cache": q, k, v of every token as one editable table (k and v are the KV
 * cache; "on" is the new row, quiet until added), the add button and the causal switch, and the grid
 * the step is about — the weights, marked "=" where an earlier entry is exactly as before, so the
 * unchanged earlier rows are visibly unchanged. Hidden until the guess on the steps that ask about it.
 */
export function NoQStage({ stepId, state, onChange, n }: Props) {
  const { t } = useI18n();
  const inputs = useStagePart('inputs', 'stage-table noq-stage-inputs');
  const cache = useStagePart('cache');
  const add = useStagePart('add', 'noq-add');
  const appended = useAppended('no-q-cache', state.added ? ALL_TOKENS : ALL_TOKENS.slice(0, 3));
  const mask = useStagePart('mask', 'noq-switch');
  const commit = useCellCommit(state, onChange, setCell);
  const grid = n ? gridOf(stepId, n, state, t) : null;
  const gridPart = useStagePart(grid?.part ?? 'live', 'noq-grid');
  const gridName = grid?.props.dataName ?? null;
  const T = n?.T ?? 0;
  // A grid cell comes from q of its row and k of its column (the Heatmap adds cell ↔ its headers).
  // The mask as a string key: a new array each render must not re-register the links (and re-render) forever.
  const gridMasked = JSON.stringify(grid?.props.masked ?? null);
  useLinks(useMemo(() => (gridName ? noqLinks(gridName, T, JSON.parse(gridMasked)) : null), [gridName, T, gridMasked]));
  const reading = stepId === 'row-column' && n ? n.reading : null;
  return (
    <>
      <div className="noq-controls" role="group" aria-label={t('noq.controls')}>
        <button type="button" {...add.props} data-action="toggle-on" onClick={() => onChange({ ...state, added: !state.added })}>
          {state.added ? t('noq.remove', { token: NEW_TOKEN }) : t('noq.addBtn', { token: NEW_TOKEN })}
        </button>
        <label {...mask.props}>
          <input type="checkbox" role="switch" data-action="mask" checked={state.causal} onChange={(e) => onChange({ ...state, causal: e.target.checked })} />
          <span>{t('noq.mask.label')}</span>
          <strong className={state.causal ? 'mask-on' : 'mask-off'}>{state.causal ? t('noq.mask.on') : t('noq.mask.off')}</strong>
        </label>
      </div>
      <ScrollX>
        <div className="stage-tables noq-stage stage-tall">
          <table {...inputs.props}>
            <caption>{t('noq.inputs.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.token')}</th>
                <th scope="col">q</th>
                <th scope="colgroup" colSpan={2} {...cache.props} title={t('noq.part.cache')}>
                  {t('noq.stage.cacheKV')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ALL_TOKENS.map((tok, i) => (
                // Adding "on" slides its q, k, v row in (≤ 200 ms, none with reduced motion): the cache grows by one row.
                <tr key={tok} className={i === 3 ? (state.added ? `new-row${appended(tok) ? ' appear' : ''}` : 'quiet') : undefined}>
                  <th scope="row">
                    <TokenChip token={tok} index={i} />
                    {i === 3 && <span className="status"> {state.added ? t('noq.inputs.inSeq') : t('noq.inputs.notYet')}</span>}
                  </th>
                  {TARGETS.map((m) => {
                    const picked = reading && ((m === 'Q' && reading.row === i) || (m === 'K' && reading.col === i));
                    return (
                      <td key={m} data-q={QID[m](i)} className={[m === 'Q' ? '' : 'stage-kv', picked ? 'pick' : ''].filter(Boolean).join(' ') || undefined}>
                        <VecCells
                          values={state[m][i]}
                          id={`${m}.${i}`}
                          label={(j) => t('noq.cell', { m: m.toLowerCase(), token: tok, dim: j + 1 })}
                          edited={(j) => differsFromDefault(state, m, i, j)}
                          onCommit={commit}
                        />
                        <span className="sr-only">{isArticleValue(m, i) ? t('noq.source.article') : t('noq.source.ours')}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {grid && (
            <div {...gridPart.props}>
              {gridPart.concealed ? (
                <p className="stage-blank noq-hidden">
                  <span aria-hidden="true">?</span> {t('noq.stage.hidden')}
                </p>
              ) : (
                <Heatmap {...grid.props} />
              )}
            </div>
          )}
        </div>
      </ScrollX>
      <InputTools resetLabel={t('noq.reset')} edited={isEdited(state)} onReset={() => onChange(resetVectors(state))} source={t('noq.inputs.source')} />
    </>
  );
}
