import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import type { BlendView } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import type { ReuseState } from '../../lesson/reuse/model';
import type { Prompt } from '../../lesson/reuse/prompt';
import { NumberCell } from '../common/NumberCell';
import { LinkedText } from '../common/LinkedText';

/** r, the share of context tokens CacheBlend recomputes: the app's numeric cell (whole percent 0–100) and a slider, with k = ⌊r·N⌋. */
export function RatioControl({ state, onChange, prompt, blend }: { state: ReuseState; onChange: (s: ReuseState) => void; prompt: Prompt; blend: BlendView }) {
  const { t } = useI18n();
  const id = useId();
  const set = (ratio: number) => onChange({ ...state, ratio });
  return (
    <div className="reuse-ratio">
      <label htmlFor={id} data-q={uq.r}>
        {t('reuse.ratio.label')}
      </label>
      {/* r is linked (data-q) on its label, field and slider: focusing either lights k and what it feeds. */}
      <span className="reuse-r" data-q={uq.r}>
        <NumberCell id={id} value={state.ratio} label={t('reuse.ratio.label')} cellId="ratio" rule={{ integer: true, min: 0, max: 100 }} onCommit={set} />
        <span aria-hidden="true">%</span>
      </span>
      <input type="range" min={0} max={100} step={1} value={state.ratio} aria-label={t('reuse.ratio.slider')} data-q={uq.r} onChange={(e) => set(Number(e.target.value))} />
      <span className="reuse-count" data-count={blend.count}>
        <LinkedText k="reuse.ratio.count" params={{ k: fmtInt(blend.count), n: fmtInt(prompt.N) }} links={{ k: uq.k, n: uq.N }} />
      </span>
    </div>
  );
}
