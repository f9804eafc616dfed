import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull, fmtInt } from '../../lesson/format';
import { cellEdited, setCell } from '../../lesson/generate/edits';
import { gq } from '../../lesson/generate/links';
import { CONTINUATION, type GenerateState, TOKENS } from '../../lesson/generate/model';
import type { GenerateFrame } from '../../lesson/generate/stage';
import { useCellCommit, VecCells } from '../common/VecCells';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { PlaybackControls } from '../playback/PlaybackControls';
import { type PartView, useStagePart } from '../stage/StageContext';
import { appearing, useAppended } from '../stage/useAppended';
import { StageNum } from '../stage/StageNum';
import { WeightsEditor } from './WeightsEditor';
import { plainText, richText } from '../common/richText';

interface Props {
  state: GenerateState;
  onChange: (s: GenerateState) => void;
  /** What to draw (null when the inputs cannot be computed: the embeddings stay editable). */
  frame: GenerateFrame | null;
  /** Rows drawn when there is no frame. */
  rows: number;
  /** Show the decode playback (every step after prefill). */
  playback: boolean;
}

/** The computed numbers of one vector (linked as quantity `id`, focusable to point at it), or "·" when there are none. */
function Nums({ values, id, part }: { values: readonly number[] | null; id: string; part: PartView }) {
  return (
    <span className={`vec ${part.props.className}`} data-q={values ? id : undefined} tabIndex={values ? 0 : undefined}>
      {values
        ? values.map((x, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
            <span key={j} className="num" title={fmtFull(x)}>
              {fmt(x)}
            </span>
          ))
        : '·'}
    </span>
  );
}

/**
 * The generation stage: the KV cache as token rows (token, embedding x — editable, k, v) that grows
 * one row per decoded token (the appended row slides in), the newest token's weights w over every
 * row beside it, its q under the keys and its output o under the values, then this position's
 * multiply-add and byte counters. The decode playback (every step after prefill) comes first, above the cache.
 */
export function GenerateStage({ state, onChange, frame, rows, playback }: Props) {
  const { t, tn } = useI18n();
  const cache = useStagePart('cache', 'stage-cache');
  const x = useStagePart('prompt');
  const k = useStagePart('k');
  const v = useStagePart('v');
  const qkv = useStagePart('qkv');
  const weights = useStagePart('weights');
  const output = useStagePart('output');
  const counters = useStagePart('counters', 'gen-counters');
  const freshRow = useStagePart('new-row', 'new-row');
  const commit = useCellCommit(state, onChange, setCell);
  const T = frame?.T ?? rows;
  const appended = useAppended('generate', TOKENS.slice(0, T));
  const token = frame ? frame.token : TOKENS[T - 1];
  const go = (decoded: number) => onChange({ ...state, decoded });
  return (
    <>
      {/* First in the stage (and in Tab order): a teacher reaches Play a Tab or two after the heading, before every linked number. */}
      {playback && (
        <div className="decode-controls" role="group" aria-label={plainText(t('generate.decode.controls'))}>
          <button type="button" onClick={() => go(state.decoded - 1)} disabled={state.decoded <= 1}>
            {richText(t('generate.decode.prev'))}
          </button>
          <output aria-live="polite" data-value="decode.position">
            {richText(t('generate.decode.position', { n: state.decoded, total: CONTINUATION.length, token: TOKENS[2 + state.decoded] }))}
          </output>
          <PlaybackControls position={state.decoded} min={1} max={CONTINUATION.length} onPosition={go} />
        </div>
      )}
      <ScrollX>
        <table className="stage-table stage-cache gen-stage">
          <caption {...cache.props}>
            {richText(t('generate.stage.cacheCaption'))} — <span data-value="cache.length">{richText(tn('generate.cache.rows', T, { n: fmtInt(T) }))}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('table.token'))}</th>
              <th scope="col" {...x.props} className={`${x.props.className} gen-x`} title={plainText(t('generate.stage.prompt'))}>
                x
              </th>
              <th scope="col" {...k.props} title={plainText(t('stage.part.k'))}>
                k
              </th>
              <th scope="col" {...v.props} title={plainText(t('stage.part.v'))}>
                v
              </th>
              <th scope="col" {...weights.props} title={plainText(t('generate.stage.weights'))}>
                w
              </th>
            </tr>
          </thead>
          <tbody>
            {TOKENS.slice(0, T).map((tok, i) => {
              const fresh = frame?.fresh.includes(i) ?? false;
              const newRow = appearing(freshRow, appended(tok));
              return (
                <tr key={tok} {...(fresh ? newRow.props : {})} className={fresh ? newRow.props.className : 'read-row'} data-row={i}>
                  <th scope="row">
                    <TokenChip token={tok} index={i} />
                    {fresh && <span className="new-badge">{richText(t('stage.newBadge'))}</span>}
                    <span className="sr-only">{richText(t(fresh ? (frame?.T === 3 ? 'generate.cache.prefilled' : 'generate.cache.computed') : 'generate.cache.read'))}</span>
                  </th>
                  <td className={`${x.props.className} gen-x`}>
                    <VecCells
                      values={state.X[i]}
                      id={`X.${i}`}
                      q={gq.x(i)}
                      label={(j) => t('generate.inputs.xCell', { token: tok, dim: j + 1 })}
                      edited={(j) => cellEdited(state, 'X', i, j)}
                      onCommit={commit}
                    />
                  </td>
                  <td className={k.props.className}>
                    <Nums values={frame?.keys[i] ?? null} id={gq.k(i)} part={k} />
                  </td>
                  <td className={v.props.className}>
                    <Nums values={frame?.values[i] ?? null} id={gq.v(i)} part={v} />
                  </td>
                  {frame ? <StageNum value={frame.weights[i]} q={gq.weight(i)} part={weights} /> : <td />}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" title={plainText(t('generate.stage.newest', { token }))}>
                <TokenChip token={token} index={T - 1} />
              </th>
              <td className="gen-foot-label gen-x">{richText(t('generate.stage.footLabel'))}</td>
              <td {...qkv.props} title={plainText(t('generate.stage.q', { token }))}>
                <span className="stage-o">q</span> <Nums values={frame?.q ?? null} id={gq.q} part={qkv} />
              </td>
              <td {...output.props} title={plainText(t('generate.stage.output'))}>
                <span className="stage-o">o</span> <Nums values={frame?.output ?? null} id={gq.output} part={output} />
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollX>
      <div className="gen-stage-foot">
      {frame && (
        <table {...counters.props} className={`stage-table ${counters.props.className}`}>
          <thead>
            <tr>
              <th scope="col" className="gen-counters-title">
                {richText(t('generate.stage.countersCaption', { token: frame.token }))}
              </th>
              <th scope="col">{richText(t('generate.tex.cacheShort'))}</th>
              <th scope="col">{richText(t('generate.tex.noCacheShort'))}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{richText(t('generate.stage.macs'))}</th>
              <td className="num" data-value="counter.macs.cached">{fmtInt(frame.count.cachedMacs)}</td>
              <td className="num" data-value="counter.macs.uncached">{fmtInt(frame.count.uncachedMacs)}</td>
            </tr>
            <tr>
              <th scope="row">{richText(t('generate.stage.bytes'))}</th>
              <td className="num" data-value="counter.bytes.cached">{fmtInt(frame.count.cachedBytes)}</td>
              <td className="num" data-value="counter.bytes.uncached">{fmtInt(frame.count.uncachedKeptBytes)}</td>
            </tr>
          </tbody>
        </table>
      )}
      </div>
      <WeightsEditor state={state} onChange={onChange} part={qkv} />
    </>
  );
}
