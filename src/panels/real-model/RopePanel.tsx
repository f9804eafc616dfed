import type { Model } from '../../core/model';
import { findChapter } from '../../lesson/chapters';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull, fmtInt } from '../../lesson/format';
import { type RealModelRun, ropeView } from '../../lesson/real-model/derive';
import type { RealModelState } from '../../lesson/real-model/model';
import { mq } from '../../lesson/real-model/links';
import { wordLang } from '../../lesson/real-model/sentence';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { IndexPicker } from './IndexPicker';
import { LinkedText } from '../common/LinkedText';
import { plainText, richText } from '../common/richText';

/** Pairs (x[2i], x[2i+1]) of a vector, as text. */
const pair = (v: readonly number[], i: number) => `(${fmt(v[2 * i])}, ${fmt(v[2 * i + 1])})`;

/** The RoPE step: one cached key pair by pair — before, angle, after — and proof that its row never changes. */
export function RopePanel({ model, run, state, onChange, onOpenChapter }: { model: Model; run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void; onOpenChapter?: (id: string) => void }) {
  const { t } = useI18n();
  const r = ropeView(model, run, run.token, state.layer, state.kvHead);
  const ids = run.gen.ids;
  const written = r.written === 0 ? t('realModel.rope.prefillWritten') : t('realModel.rope.stepWritten', { s: fmtInt(r.written) });
  return (
    <div className="detail rm-rope">
      <div className="rm-picker rm-token-picker" role="group" aria-label={plainText(t('realModel.rope.tokenLabel'))}>
        <span className="rm-picker-label">{richText(t('realModel.rope.tokenLabel'))}</span>
        {ids.map((id, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions
          <button key={i} type="button" aria-pressed={i === run.token} onClick={() => onChange({ ...state, token: i })} data-token={i} data-q={mq.tok(i)}>
            <span className="composer-pos">{fmtInt(i)}</span> <span lang={wordLang(model.vocab[id])}>{model.vocab[id]}</span>
          </button>
        ))}
      </div>
      <div className="rm-pickers">
        <IndexPicker label={t('realModel.gen.layer')} count={model.config.nLayers} value={state.layer} onChange={(layer) => onChange({ ...state, layer })} name="layer" />
        <IndexPicker label={t('realModel.gen.kvHead')} count={model.config.nKvHeads} value={state.kvHead} onChange={(kvHead) => onChange({ ...state, kvHead })} name="kvHead" />
      </div>
      <ScrollX>
      <table className="numbers rm-rope-table" data-value="rope">
        <caption>
          {richText(t('realModel.rope.caption', { word: r.word, pos: fmtInt(r.position), l: fmtInt(state.layer + 1), g: fmtInt(state.kvHead + 1) }))}
        </caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('realModel.rope.pair'))}</th>
            <th scope="col" className="num projector-fold">
              {richText(t('realModel.rope.theta'))}
            </th>
            <th scope="col" className="num" data-q={mq.pos} tabIndex={0}>
              {richText(t('realModel.rope.angle', { pos: fmtInt(r.position) }))}
            </th>
            <th scope="col" className="num">
              {richText(t('realModel.rope.before'))}
            </th>
            <th scope="col" className="num">
              {richText(t('realModel.rope.after'))}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.theta.map((th, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: pairs
            <tr key={i}>
              <th scope="row">{fmtInt(i + 1)}</th>
              <td className="num projector-fold" title={fmtFull(th)} data-q={mq.theta(i)} tabIndex={0}>
                {fmt(th)}
              </td>
              <td className="num" title={fmtFull(r.angles[i])} data-q={mq.angle(i)} tabIndex={0}>
                {fmt(r.angles[i])}
              </td>
              <td className="num" data-q={mq.before(i)} tabIndex={0}>
                {pair(r.before, i)}
              </td>
              <td className="num" data-q={mq.after(i)} tabIndex={0}>
                {pair(r.after, i)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollX>
      <p data-value="rope.drift">
        <TokenChip token={r.word} index={run.token} lang={wordLang(r.word)} />{' '}
        <LinkedText k="realModel.rope.stays" params={{ word: r.word, written, diff: fmt(r.drift) }} links={{ diff: mq.drift }} />
      </p>
      <p className="hint">
        <LinkedText k="realModel.rope.cost" params={{ rot: fmtInt(r.extraRotations), T: fmtInt(r.T) }} links={{ rot: mq.rotations, T: mq.T }} />
      </p>
      {findChapter('rope') && onOpenChapter && (
        <button type="button" onClick={() => onOpenChapter('rope')} data-control="open-rope">
          {richText(t('realModel.rope.link'))}
        </button>
      )}
    </div>
  );
}
