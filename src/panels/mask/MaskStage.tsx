import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt } from '../../lesson/format';
import type { MaskNumbers } from '../../lesson/mask/derive';
import { differsFromDefault, inputsEdited, type MaskMatrix, resize, setCell } from '../../lesson/mask/edits';
import { maskLinks, mq } from '../../lesson/mask/links';
import { MASK_DEFAULT, MAX_D, MIN_D, type MaskState, TOKENS } from '../../lesson/mask/model';
import { DimControl } from '../common/DimControl';
import { Heatmap, type HeatmapProps } from '../common/Heatmap';
import { InputTools } from '../common/InputTools';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { useCellCommit, VecCells } from '../common/VecCells';
import { useLinks } from '../link/LinkScope';
import { useStagePart } from '../stage/StageContext';
import type { StageProps } from '../stage/StageProps';
import { MaskSwitch } from './MaskSwitch';
import { Stepper } from './Stepper';
import { richText } from '../common/richText';

type Props = StageProps<MaskState, MaskNumbers>;

const MATS: readonly MaskMatrix[] = ['Q', 'K', 'V'];
const QID = { Q: mq.q, K: mq.k, V: mq.v } as const;
const BLOCK_KEYS = { label: 'mask.block.size', value: 'mask.block.value', fewer: 'mask.block.fewer', more: 'mask.block.more' } as const;
/** Steps whose picture depends on the causal switch (the switch sits beside their grid). */
const SWITCHED = new Set(['causal-mask', 'weights', 'encoder-decoder']);
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
  const commit = useCellCommit(state, onChange, setCell);
  const grid = n ? gridOf(stepId, n, state.causal, t) : null;
  const gridPart = useStagePart(grid?.part ?? 'scores', 'mask-grid');
  const block = useStagePart('block');
  const gridName = grid?.props.dataName ?? null;
  const gridRows = grid?.props.values.length ?? 0;
  const gridFirst = grid?.first ?? 0;
  // A grid cell comes from its query row of Q and its key row of K (the Heatmap adds cell ↔ its headers).
  // The mask as a string key: a new array each render must not re-register the links (and re-render) forever.
  const gridMasked = JSON.stringify(grid?.props.masked ?? null);
  useLinks(useMemo(() => (gridName ? maskLinks(gridName, gridRows, TOKENS.length, gridFirst, JSON.parse(gridMasked)) : null), [gridName, gridRows, gridFirst, gridMasked]));
  const first = n && stepId === 'query-block' ? n.blockView.first : null;
  return (
    <>
      <ScrollX>
        <div className="stage-tables mask-stage stage-tall">
          <table {...qkv.props}>
            <caption>{richText(t('mask.inputs.label'))}</caption>
            <thead>
              <tr>
                <th scope="col">{richText(t('table.token'))}</th>
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
                      <VecCells
                        values={state[m][i]}
                        id={`${m}.${i}`}
                        label={(j) => t('mask.cell', { m: m.toLowerCase(), token: tok, dim: j + 1 })}
                        edited={(j) => differsFromDefault(state, m, i, j)}
                        onCommit={commit}
                      />
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
      <InputTools
        resetLabel={t('mask.reset')}
        edited={inputsEdited(state)}
        onReset={() => onChange({ ...structuredClone(MASK_DEFAULT), causal: state.causal, block: state.block })}
        source={t('mask.inputs.origin')}
      >
        <DimControl value={state.d} min={MIN_D} max={MAX_D} onChange={(d) => onChange(resize(state, d))} />
      </InputTools>
    </>
  );
}
