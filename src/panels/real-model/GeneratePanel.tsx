import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { cacheAt, cacheBytes, newestToken, newRows, type RealModelRun } from '../../lesson/real-model/derive';
import type { RealModelState } from '../../lesson/real-model/model';
import { mq } from '../../lesson/real-model/links';
import { CacheNumbers } from './CacheNumbers';
import { CacheOverview } from './CacheOverview';
import { GenerateControls } from './GenerateControls';
import { IndexPicker } from './IndexPicker';
import { LinkedText } from '../common/LinkedText';
import { richText } from '../common/richText';

/** The generate step (the stage shows the tokens so far and the next word): step through the generation; every layer's and K/V head's cache with its new rows; one head's numbers; the cache's bytes. */
export function GeneratePanel({ model, run, state, onChange }: { model: Model; run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const d = run.decoded;
  const cache = cacheAt(run, d);
  const fresh = newRows(run, d);
  const T = cache.ids.length;
  const bytes = cacheBytes(model, T);
  const newest = newestToken(run, d);
  return (
    <div className="detail rm-generate">
      <GenerateControls run={run} state={state} onChange={onChange} />
      <p className="status rm-aside" data-value="gen.now">
        {d === 0 ? (
          <LinkedText k="realModel.gen.prefillNow" params={{ T: fmtInt(T) }} links={{ T: mq.T }} />
        ) : (
          <LinkedText k="realModel.gen.decodeNow" params={{ s: fmtInt(d), word: model.vocab[newest.id], pos: fmtInt(newest.position), T: fmtInt(T) }} links={{ T: mq.T }} />
        )}
      </p>
      <CacheOverview cache={cache} fresh={fresh} layer={state.layer} kvHead={state.kvHead} onPick={(layer, kvHead) => onChange({ ...state, layer, kvHead })} />
      <div className="rm-pickers rm-aside">
        <IndexPicker label={t('realModel.gen.layer')} count={model.config.nLayers} value={state.layer} onChange={(layer) => onChange({ ...state, layer })} name="layer" />
        <IndexPicker label={t('realModel.gen.kvHead')} count={model.config.nKvHeads} value={state.kvHead} onChange={(kvHead) => onChange({ ...state, kvHead })} name="kvHead" />
        <div className="rm-picker" role="group" aria-label="K / V">
          {(['k', 'v'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={state.matrix === m} onClick={() => onChange({ ...state, matrix: m })} data-control={`matrix-${m}`}>
              {m.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      <div className="rm-aside">
        <CacheNumbers model={model} cache={cache} layer={state.layer} kvHead={state.kvHead} matrix={state.matrix} fresh={fresh} />
      </div>
      <p data-value="gen.bytes" className="rm-aside">
        <LinkedText k="realModel.gen.bytes" params={{ T: fmtInt(T), n: fmtInt(bytes.numbersPerToken), bytes: fmtInt(bytes.total) }} links={{ T: mq.T, n: mq.perToken, bytes: mq.bytes }} />
      </p>
      <p className="hint">{richText(t('realModel.gen.bytesSource'))}</p>
    </div>
  );
}
