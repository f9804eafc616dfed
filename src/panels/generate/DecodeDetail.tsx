import { useI18n } from '../../i18n/I18nContext';
import { fmtVec } from '../../lesson/format';
import type { GenerateNumbers } from '../../lesson/generate/derive';
import { CONTINUATION, type GenerateState, TOKENS } from '../../lesson/generate/model';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';
import { PlaybackControls } from '../playback/PlaybackControls';
import { CacheTable } from './CacheTable';

interface Props {
  n: GenerateNumbers;
  state: GenerateState;
  onChange: (s: GenerateState) => void;
}

/** Step through the decode steps: the new token is projected, appended, and attends with one query row. */
export function DecodeDetail({ n, state, onChange }: Props) {
  const { t } = useI18n();
  const i = state.decoded - 1;
  const T = n.counts[i].T;
  const token = TOKENS[3 + i];
  const st = n.run.steps[i];
  const go = (decoded: number) => onChange({ ...state, decoded });
  return (
    <div className="detail">
      <div className="decode-controls" role="group" aria-label={t('generate.decode.controls')}>
        <button type="button" onClick={() => go(state.decoded - 1)} disabled={state.decoded <= 1}>
          {t('generate.decode.prev')}
        </button>
        <output aria-live="polite" data-value="decode.position">
          {t('generate.decode.position', { n: state.decoded, total: CONTINUATION.length, token })}
        </output>
        <button type="button" onClick={() => go(state.decoded + 1)} disabled={state.decoded >= CONTINUATION.length}>
          {t('generate.decode.next')}
        </button>
        <PlaybackControls position={state.decoded} min={1} max={CONTINUATION.length} onPosition={go} />
      </div>
      <p className="gen-new">
        <TokenChip token={token} index={3 + i} /> {t('generate.decode.computedNow')} q = {fmtVec(st.q)}, k = {fmtVec(st.k)}, v = {fmtVec(st.v)}
      </p>
      <CacheTable n={n} length={T} fresh={T - 1} />
      <Heatmap
        caption={t('generate.decode.weightsCaption', { token, T })}
        corner={t('generate.decode.corner')}
        rowLabels={[<TokenChip key="q" token={token} index={3 + i} />]}
        colLabels={TOKENS.slice(0, T).map((tok, j) => <TokenChip key={tok} token={tok} index={j} />)}
        values={st.trace.weights}
        domain={[0, 1]}
        dataName="weights"
      />
      <p>
        {t('generate.decode.output', { token })} <span className="num" data-value="output">{fmtVec(st.trace.output[0])}</span>
      </p>
    </div>
  );
}
