import { useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { heatRamp } from '../../lesson/colourScale';
import { fmtInt } from '../../lesson/format';
import { attentionGrid, type RealModelRun } from '../../lesson/real-model/derive';
import type { RealModelState } from '../../lesson/real-model/model';
import { ATTENTION_MAP } from '../../lesson/real-model/stepLinks';
import { wordLang } from '../../lesson/real-model/sentence';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';
import { useViewPrefs } from '../ViewContext';
import { IndexPicker } from './IndexPicker';
import { MiniMap } from './MiniMap';
import { richText } from '../common/richText';

/** Every layer's and head's attention over the whole generation as small maps (choose one), and the chosen one with every number. */
export function AttentionPanel({ model, run, state, onChange }: { model: Model; run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs(); // a slide keeps the map compact: no corner label (the caption says what rows and columns are)
  const { nLayers: L, nHeads: H, nKvHeads: KV } = model.config;
  const grids = useMemo(() => Array.from({ length: L }, (_, l) => Array.from({ length: H }, (_, h) => attentionGrid(run, l, h))), [run, L, H]);
  const chosen = grids[state.layer][state.head];
  const ids = run.gen.ids;
  // biome-ignore lint/suspicious/noArrayIndexKey: positions
  const labels = ids.map((id, i) => <TokenChip key={i} token={model.vocab[id]} index={i} lang={wordLang(model.vocab[id])} />);
  const group = Math.floor(state.head / (H / KV));
  return (
    <div className="detail rm-attention">
      <figure className="rm-att-overview rm-aside">
        <figcaption>{richText(t('realModel.att.overview'))}</figcaption>
        <div className="rm-att-grid">
          {grids.map((row, l) =>
            row.map((g, h) => (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: layer and head indices
                key={`${l}-${h}`}
                type="button"
                className="rm-att-mini"
                aria-pressed={l === state.layer && h === state.head}
                data-head={`${l}.${h}`}
                onClick={() => onChange({ ...state, layer: l, head: h })}
              >
                <MiniMap weights={g.weights} masked={g.masked} />
                <span>{richText(t('realModel.att.pick', { l: fmtInt(l + 1), h: fmtInt(h + 1) }))}</span>
              </button>
            )),
          )}
        </div>
        <span className="heat-scale rm-att-legend" aria-hidden="true">
          0 <span className="heat-ramp" style={{ backgroundImage: `linear-gradient(to right, ${heatRamp().join(', ')})` }} /> 1
        </span>
      </figure>
      <div className="rm-pickers">
        <IndexPicker label={t('realModel.gen.layer')} count={L} value={state.layer} onChange={(layer) => onChange({ ...state, layer })} name="layer" />
        <IndexPicker label={t('realModel.gen.head')} count={H} value={state.head} onChange={(head) => onChange({ ...state, head })} name="head" />
      </div>
      <Heatmap
        caption={t('realModel.att.caption', { l: fmtInt(state.layer + 1), h: fmtInt(state.head + 1), g: fmtInt(group + 1), T: fmtInt(ids.length) })}
        corner={projector ? undefined : t('realModel.att.corner')}
        rowLabels={labels}
        colLabels={labels}
        values={chosen.weights}
        masked={chosen.masked}
        domain={[0, 1]}
        dataName={ATTENTION_MAP}
      />
    </div>
  );
}
