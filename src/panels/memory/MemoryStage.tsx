import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { applyPreset, matchingPreset, type MemoryNumbers } from '../../lesson/memory/derive';
import { mq } from '../../lesson/memory/links';
import { type DType, DTYPES, type IntField, type MemoryState } from '../../lesson/memory/model';
import { findPreset, PRESETS } from '../../lesson/memory/presets';
import { memoryRule } from '../../lesson/memory/validate';
import { NumberCell } from '../common/NumberCell';
import { WithCode } from '../common/WithCode';
import { type PartView, useStagePart } from '../stage/StageContext';
import { MemorySizes, MemoryTotal } from './MemoryResult';
import { SizePlot } from './SizePlot';
import { plainText, richText } from '../common/richText';

interface Props {
  state: MemoryState;
  onChange: (s: MemoryState) => void;
  /** The sizes, or null while the inputs cannot be computed (the inputs stay editable). */
  n: MemoryNumbers | null;
  /** Draw the size-against-context plot under the formula (the plot step). */
  showPlot: boolean;
}

/** The symbol each input stands for in the formula (maths, the same in both languages). */
const SYMBOL: Record<IntField, string> = {
  layers: 'L',
  qHeads: 'n_q',
  kvHeads: 'n_kv',
  headDim: 'd_h',
  latentDim: 'd_c',
  ropeDim: 'd_h^R',
  tokens: 'T',
  batch: 'B',
  window: 'W',
};

/** One factor of the formula: its short name and symbol over the app's one numeric input, linked as its quantity. */
function Factor({ field, part, state, onChange }: { field: IntField; part: PartView; state: MemoryState; onChange: (s: MemoryState) => void }) {
  const { t } = useI18n();
  const id = useId();
  const name = `${t(`memory.short.${field}`)} ${SYMBOL[field]}`;
  return (
    <div className={`factor ${part.props.className}`} data-stage-part={part.props['data-stage-part']} data-q={mq[field]} title={plainText(t(`memory.field.${field}`))}>
      <label htmlFor={id}>
        <span className="factor-name">{richText(t(`memory.short.${field}`))}</span> <span className="factor-sym">{richText(SYMBOL[field])}</span>
      </label>
      <NumberCell id={id} value={state[field]} label={name} cellId={field} rule={memoryRule(field, state)} onCommit={(v) => onChange({ ...state, [field]: v })} />
    </div>
  );
}

const Times = () => (
  <span className="mem-op" aria-hidden="true">
    ×
  </span>
);

/**
 * The memory chapter's stage: the model (a published config or your own shape) above the formula
 * 2 × L × n_kv × d_h × T × B × b whose factors are the inputs, then the size it gives (hidden
 * until the guess on the prediction step) and, on the plot step, that size against the context length.
 */
export function MemoryStage({ state, onChange, n, showPlot }: Props) {
  const { t } = useI18n();
  const ids = { preset: useId(), dtype: useId() };
  const model = useStagePart('model', 'mem-model');
  const perToken = useStagePart('per-token');
  const count = useStagePart('count');
  const total = useStagePart('total', 'mem-total');
  const plot = useStagePart('plot', 'mem-plot');
  const presetId = matchingPreset(state);
  const preset = presetId ? findPreset(presetId) : undefined;
  const mla = state.layout === 'mla';
  const factor = (field: IntField, part: PartView) => <Factor field={field} part={part} state={state} onChange={onChange} />;
  return (
    <>
      <div {...model.props}>
        <div className="mem-pick">
          <label htmlFor={ids.preset}>{richText(t('memory.preset.label'))}</label>
          <select id={ids.preset} data-cell="preset" value={presetId ?? 'custom'} onChange={(e) => onChange(applyPreset(state, e.target.value))}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id} lang="en">
                {p.name}
              </option>
            ))}
            {presetId === null && <option value="custom">{t('memory.preset.custom')}</option>}
          </select>
        </div>
        <fieldset className="memory-layout">
          <legend>{richText(t('memory.layout.label'))}</legend>
          {(['kv', 'mla'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name={`${ids.preset}-layout`} value={l} checked={state.layout === l} onChange={() => onChange({ ...state, layout: l })} /> {t(`memory.layout.${l}`)}
            </label>
          ))}
        </fieldset>
        {factor('qHeads', model)}
        {factor('window', model)}
        {/* Where the model's sizes come from, on the steps about the model (the source is also in the preset's list). */}
        {model.emphasis === 'emph' && <p className="hint preset-source">
          {preset ? (
            <>
              <WithCode text={t(preset.own ? 'memory.preset.ownSource' : 'memory.preset.source', { repo: '\u0000' })} code={preset.repo} /> <code lang="en">{preset.fields}</code>
            </>
          ) : (
            t('memory.preset.custom')
          )}
        </p>}
      </div>
      <div className="mem-factors" role="group" aria-label={plainText(t('memory.stage.formula'))}>
        {mla ? (
          <>
            {factor('layers', count)}
            <Times />
            <span className={`mem-paren ${perToken.props.className}`} aria-hidden="true">
              (
            </span>
            {factor('latentDim', perToken)}
            <span className="mem-op" aria-hidden="true">
              +
            </span>
            {factor('ropeDim', perToken)}
            <span className={`mem-paren ${perToken.props.className}`} aria-hidden="true">
              )
            </span>
          </>
        ) : (
          <>
            <span className={`mem-two ${perToken.props.className}`} data-stage-part="per-token">
              2
            </span>
            <Times />
            {factor('layers', count)}
            <Times />
            {factor('kvHeads', perToken)}
            <Times />
            {factor('headDim', perToken)}
          </>
        )}
        <Times />
        {factor('tokens', count)}
        <Times />
        {factor('batch', count)}
        <Times />
        <div className={`factor ${count.props.className}`} data-stage-part="count" data-q={mq.bytes}>
          <label htmlFor={ids.dtype}>
            <span className="factor-name">{richText(t('memory.short.bytes'))}</span> <span className="factor-sym">b</span>
          </label>
          <select id={ids.dtype} data-cell="dtype" value={state.dtype} onChange={(e) => onChange({ ...state, dtype: e.target.value as DType })}>
            {DTYPES.map((d) => (
              <option key={d} value={d}>
                {t(`memory.dtype.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <span className="mem-op" aria-hidden="true">
          =
        </span>
        <output {...total.props} data-q={total.concealed || !n ? undefined : mq.total}>
          {!n ? (
            '—'
          ) : total.concealed ? (
            <>
              <span aria-hidden="true">?</span>
              <span className="sr-only">{richText(t('stage.hidden'))}</span>
            </>
          ) : (
            <MemoryTotal n={n} />
          )}
        </output>
      </div>
      {n && !total.concealed && !showPlot && <MemorySizes n={n} />}
      {showPlot && n && (
        <div {...plot.props}>
          <SizePlot n={n} state={state} onChange={onChange} />
        </div>
      )}
    </>
  );
}
