import { useCallback, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt } from '../../lesson/format';
import type { MaskNumbers } from '../../lesson/mask/derive';
import { differsFromDefault, inputsEdited, type MaskMatrix, resize, setCell } from '../../lesson/mask/edits';
import { maskLinks, mq } from '../../lesson/mask/links';
import { MASK_DEFAULT, MAX_D, MIN_D, type MaskState, TOKENS } from '../../lesson/mask/model';
import { DimControl } from '../common/DimControl';
import { Heatmap, type HeatmapProps } from '../common/Heatmap';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { useLinks } from '../link/LinkScope';
import { useStagePart } from '../stage/StageContext';
import { MaskSwitch } from './MaskSwitch';
import { Stepper } from './Stepper';

interface Props {
  stepId: string;
  state: MaskState;
  onChange: (s: MaskState) => void;
  /** The numbers, or null when the inputs cannot be computed (the cells stay editable). */
  n: MaskNumbers | null;
}

const MATS: readonly MaskMatrix[] = ['Q', 'K', 'V'];
const QID = { Q: mq.q, K: mq.k, V: mq.v } as const;
const BLOCK_KEYS = { label: 'mask.block.size', value: 'mask.block.value', fewer: 'mask.block.fewer', more: 'mask.block.more' } as const;
/** Steps whose picture depends on the causal switch (the switch sits beside their grid). */
const SWITCHED = new Set(['causal-mask', 'weights', 'encoder-decoder']);
type Commit = (v: number, cellId: string) => void;
const chips = (from = 0) => TOKENS.slice(from).map((tok, i) => <TokenChip key={tok} token={tok} index={from + i} />);
const not = (m: readonly (readonly boolean[])[]) => m.map((r) => r.map((ok) => !ok));

/** The grid the step is about: its part id, and the heatmap of it (scores, scaled, masked, weights, or the query block). */
function gridOf(stepId: string, n: MaskNumbers, causal: boolean, t: ReturnType<typeof useI18n>['t']): { part: string; first: number; props: HeatmapProps } {
  const base = { corner: t('mask.corner'), rowLabels: chips(), colLabels: chips() };
  switch (stepId) {
    case 'scores':
      return { part: 'scores', first: 0, props: { ...base, caption: t('mask.scores.caption'), values: n.scores, dataName: 'scores' } };
    case 'scaled':
      return { part: 'scaled', first: 0, props: { ...base, caption: t('mask.scaled.caption', { d: n.d, sqrt: fmt(n.sqrtD) }), values: n.scaled, dataName: 'scaled' } };
    case 'causal-mask':
      return {
        part: 'masked',
        first: 0,
        props: { ...base, caption: t(causal ? 'mask.masked.caption' : 'mask.masked.captionBi'), values: n.masked, masked: not(n.mask), dataName: 'masked', emphasisRows: [1] },
      };
    case 'query-block': {
      const b = n.blockView;
      return {
        part: 'block',
        first: b.first,
        props: { ...base, rowLabels: chips(b.first), caption: t('mask.block.caption', { b: b.mask.length }), values: b.trace.scaled, masked: not(b.mask), dataName: 'block' },
      };
    }
    default:
      return {
        part: stepId === 'encoder-decoder' ? 'output' : 'weights',
        first: 0,
        props: { ...base, caption: t(causal ? 'mask.weights.captionCausal' : 'mask.weights.captionBi'), values: n.trace.weights, domain: [0, 1], masked: not(n.mask), dataName: 'weights' },
      };
  }
}

/**
 * The attention-matrix chapter's stage: Q, K and V of "The cat sat on" as one editable table (a row
 * per token), beside the S × S grid the step is about (scores → ÷√d_k → + mask → softmax), with the
 * causal switch on the grid it changes and, on the query-block step, the block size. Pointing at a
 * grid cell lights its query row of Q and its key row of K (and the cell's row and column headers).
 */
export function MaskStage({ stepId, state, onChange, n }: Props) {
  const { t } = useI18n();
  const qkv = useStagePart('qkv', 'stage-table mask-inputs');
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };
  // One stable commit handler for every cell ("Q.1.2", …), so unchanged cells skip re-rendering.
  const commit = useCallback<Commit>((value, cellId) => {
    const [m, i, j] = cellId.split('.');
    const { state: s, onChange: change } = latest.current;
    change(setCell(s, m as MaskMatrix, Number(i), Number(j), value));
  }, []);
  const grid = n ? gridOf(stepId, n, state.causal, t) : null;
  const gridPart = useStagePart(grid?.part ?? 'scores', 'mask-grid');
  const block = useStagePart('block');
  const gridName = grid?.props.dataName ?? null;
  const gridRows = grid?.props.values.length ?? 0;
  const gridFirst = grid?.first ?? 0;
  // A grid cell comes from its query row of Q and its key row of K (the Heatmap adds cell ↔ its headers).
  useLinks(useMemo(() => (gridName ? maskLinks(gridName, gridRows, TOKENS.length, gridFirst) : null), [gridName, gridRows, gridFirst]));
  const first = n && stepId === 'query-block' ? n.blockView.first : null;
  return (
    <>
      <ScrollX>
        <div className="stage-tables mask-stage stage-tall">
          <table {...qkv.props}>
            <caption>{t('mask.inputs.label')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.token')}</th>
                {MATS.map((m) => (
                  <th key={m} scope="col">
                    {m.toLowerCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TOKENS.map((tok, i) => (
                <tr key={tok} {...(first !== null && i >= first ? block.props : {})}>
                  <th scope="row">
                    <TokenChip token={tok} index={i} />
                  </th>
                  {MATS.map((m) => (
                    <td key={m} data-q={QID[m](i)}>
                      <span className="vec">
                        {state[m][i].map((x, j) => (
                          <NumberCell
                            // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
                            key={j}
                            value={x}
                            cellId={`${m}.${i}.${j}`}
                            label={t('mask.cell', { m: m.toLowerCase(), token: tok, dim: j + 1 })}
                            edited={differsFromDefault(state, m, i, j)}
                            onCommit={commit}
                          />
                        ))}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {grid && (
            <div {...gridPart.props}>
              {SWITCHED.has(stepId) && <MaskSwitch causal={state.causal} onToggle={(causal) => onChange({ ...state, causal })} />}
              {stepId === 'query-block' && (
                <Stepper keys={BLOCK_KEYS} value={state.block} min={1} max={TOKENS.length} onChange={(b) => onChange({ ...state, block: b })} />
              )}
              <Heatmap {...grid.props} />
            </div>
          )}
        </div>
      </ScrollX>
      <div className="input-tools">
        <DimControl value={state.d} min={MIN_D} max={MAX_D} onChange={(d) => onChange(resize(state, d))} />
        <button type="button" disabled={!inputsEdited(state)} onClick={() => onChange({ ...structuredClone(MASK_DEFAULT), causal: state.causal, block: state.block })}>
          {t('mask.reset')}
        </button>
        <details className="stage-help">
          <summary>{t('stage.help')}</summary>
          <p className="hint">
            {t('mask.inputs.origin')} {t('cell.help')}
          </p>
        </details>
      </div>
    </>
  );
}
