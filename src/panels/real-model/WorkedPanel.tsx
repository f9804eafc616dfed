import { useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import type { RealModelState } from '../../lesson/real-model/model';
import { workedFromModel } from '../../lesson/real-model/workedPreset';
import { mq } from '../../lesson/real-model/links';
import { RUNNING_TOKENS } from '../../lesson/runningExample';
import { type WorkedState, workedModel } from '../../lesson/worked/model';
import { ScrollX } from '../common/ScrollX';
import { IndexPicker } from './IndexPicker';
import { DimHeader, ValueCells } from './VectorTable';
import { richText } from '../common/richText';

/** The worked step: q of "on" and k, v of the / cat / sat / on from the chosen layer and head, and a button that loads them into the worked example. */
export function WorkedPanel({ model, state, onChange, onLoad }: { model: Model; state: RealModelState; onChange: (s: RealModelState) => void; onLoad?: (w: WorkedState) => void }) {
  const { t } = useI18n();
  const preset = useMemo(() => workedFromModel(model, state.layer, state.head), [model, state.layer, state.head]);
  const { nHeads: H, nKvHeads: KV, headDim: hd } = model.config;
  const words = RUNNING_TOKENS.map((w) => w.toLowerCase());
  const rows: { key: string; label: string; v: readonly number[]; group: 'q' | 'k' | 'v'; q: string }[] = [
    { key: 'q', label: t('realModel.worked.q'), v: preset.q, group: 'q', q: mq.wq },
    ...words.map((w, i) => ({ key: `k${i}`, label: t('realModel.worked.k', { word: w }), v: i < 3 ? preset.K[i] : preset.kOn, group: 'k' as const, q: mq.wk(i) })),
    ...words.map((w, i) => ({ key: `v${i}`, label: t('realModel.worked.v', { word: w }), v: i < 3 ? preset.V[i] : preset.vOn, group: 'v' as const, q: mq.wv(i) })),
  ];
  return (
    <div className="detail">
      <div className="rm-pickers">
        <IndexPicker label={t('realModel.gen.layer')} count={model.config.nLayers} value={state.layer} onChange={(layer) => onChange({ ...state, layer })} name="layer" />
        <IndexPicker label={t('realModel.gen.head')} count={H} value={state.head} onChange={(head) => onChange({ ...state, head })} name="head" />
      </div>
      <ScrollX>
      <table className="numbers rm-worked-table" data-value="worked">
        <caption>
          {richText(t('realModel.worked.caption', { l: fmtInt(state.layer + 1), h: fmtInt(state.head + 1), g: fmtInt(Math.floor(state.head / (H / KV)) + 1), hd: fmtInt(hd) }))}
        </caption>
        <DimHeader first={t('realModel.worked.vector')} hd={hd} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={`rm-group-${r.group}`}>
              <th scope="row">{r.label}</th>
              <ValueCells v={r.v} q={r.q} focusable />
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollX>
      <p className="hint">{richText(t('realModel.worked.source'))}</p>
      {onLoad && (
        <button type="button" className="rm-load" data-control="load-worked" onClick={() => onLoad({ ...workedModel.defaults, ...preset })}>
          {richText(t('realModel.worked.load'))}
        </button>
      )}
    </div>
  );
}
