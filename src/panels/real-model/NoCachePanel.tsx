import { useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtMs, fmtRatio, fmtShort } from '../../lesson/format';
import { compareCache, type RealModelRun } from '../../lesson/real-model/derive';
import type { RealModelState } from '../../lesson/real-model/model';
import { mq } from '../../lesson/real-model/links';
import { wordLang } from '../../lesson/real-model/sentence';
import { Predict } from '../common/Predict';
import { TokenChip } from '../common/TokenChip';
import { useTiming } from './useTiming';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

const OPTIONS = ['same', 'rounding', 'different'] as const;

/** Words as chips, positions from `from`. */
function Words({ model, ids, from }: { model: Model; ids: readonly number[]; from: number }) {
  return (
    <span className="rm-words">
      {ids.slice(from).map((id, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: positions
        <TokenChip key={i} token={model.vocab[id]} index={from + i} lang={wordLang(model.vocab[id])} />
      ))}
    </span>
  );
}

/** Cache on / off: a guess first; then the words both ways, the largest logit difference, multiply-adds and measured time. */
export function NoCachePanel({ model, run, state, onChange }: { model: Model; run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const cmp = useMemo(() => compareCache(model, run), [model, run]);
  const { timing, again } = useTiming(model, run.gen.prompt, run.n, run.choice);
  if (!cmp) return <p className="error">{richText(t('realModel.off.none'))}</p>;
  const T0 = run.gen.prompt.length;
  const diff = cmp.maxLogitDiff === 0 ? fmtShort(0) : fmt(cmp.maxLogitDiff);
  const on = state.cache;
  const col = (cached: boolean) => (cached === on ? 'emph' : undefined);
  const verdict = t('realModel.off.sameWords', { same: t(cmp.same ? 'realModel.off.yes' : 'realModel.off.no'), n: fmtInt(run.n), V: fmtInt(model.config.vocabSize), diff });
  const ratio = timing ? fmtRatio(timing.uncachedMs / timing.cachedMs) : '';
  return (
    <div className="detail rm-off">
      <Predict
        question={t('realModel.off.predict')}
        options={OPTIONS.map((id) => ({ id, label: t(`realModel.off.${id}`) }))}
        correct={[cmp.same ? 'same' : 'rounding']}
        answers={[verdict]}
        explanation={t('realModel.off.explainWhy')}
      >
        <button type="button" role="switch" aria-checked={on} className="rm-switch" data-control="cache" onClick={() => onChange({ ...state, cache: !on })}>
          <span aria-hidden="true" className={`rm-switch-knob${on ? ' on' : ''}`} />
          {richText(t('realModel.off.switch'))}
        </button>
        <p className="rm-generated projector-fold" data-value="off.words" data-words={(on ? cmp.idsCached : cmp.idsUncached).map((id) => model.vocab[id]).join(' ')}>
          <Words model={model} ids={on ? cmp.idsCached : cmp.idsUncached} from={0} />
        </p>
        <ScrollX>
        <table className="numbers rm-off-table">
          <caption className="projector-fold">{richText(t('realModel.off.caption', { n: fmtInt(run.n), T0: fmtInt(T0) }))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('realModel.off.what'))}</th>
              <th scope="col" className={col(true)}>
                {richText(t('realModel.off.with'))}
                {on && <span className="rm-in-use"> {t('punct.paren', { text: t('realModel.off.current') })}</span>}
              </th>
              <th scope="col" className={col(false)}>
                {richText(t('realModel.off.without'))}
                {!on && <span className="rm-in-use"> {t('punct.paren', { text: t('realModel.off.current') })}</span>}
              </th>
              <th scope="col" className="num">
                {richText(t('realModel.off.ratio'))}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="projector-fold">
              <th scope="row">{richText(t('realModel.off.words'))}</th>
              <td className={col(true)} data-value="off.cached">
                <Words model={model} ids={cmp.idsCached} from={T0} />
              </td>
              <td className={col(false)} data-value="off.uncached">
                <Words model={model} ids={cmp.idsUncached} from={T0} />
              </td>
              <td />
            </tr>
            <tr>
              <th scope="row">{richText(t('realModel.off.macs'))}</th>
              <td className={`num ${col(true) ?? ''}`} data-value="off.macsCached" data-q={mq.macsOn} tabIndex={0}>
                {fmtInt(cmp.macsCached)}
              </td>
              <td className={`num ${col(false) ?? ''}`} data-value="off.macsUncached" data-q={mq.macsOff} tabIndex={0}>
                {fmtInt(cmp.macsUncached)}
              </td>
              <td className="num" data-value="off.macsRatio" data-q={mq.macsRatio} tabIndex={0}>
                {fmtRatio(cmp.macsUncached / cmp.macsCached)}
              </td>
            </tr>
            <tr>
              <th scope="row">{richText(t('realModel.off.time'))}</th>
              <td className={`num ${col(true) ?? ''}`} data-value="off.timeCached" data-q={mq.timeOn} tabIndex={0}>
                {timing ? fmtMs(timing.cachedMs) : t('realModel.off.measuring')}
              </td>
              <td className={`num ${col(false) ?? ''}`} data-value="off.timeUncached" data-q={mq.timeOff} tabIndex={0}>
                {timing ? fmtMs(timing.uncachedMs) : t('realModel.off.measuring')}
              </td>
              <td className="num" data-value="off.timeRatio" data-q={mq.timeRatio} tabIndex={0}>
                {ratio}
              </td>
            </tr>
          </tbody>
        </table>
        </ScrollX>
        <p data-value="off.same">{verdict}</p>
        <p className="projector-fold">{richText(t(cmp.maxLogitDiff === 0 ? 'realModel.off.explainExact' : 'realModel.off.explain', { diff }))}</p>
        <p className="hint projector-fold">{richText(t('realModel.off.macsWhat'))}</p>
        {timing && <p className="hint projector-fold">{richText(t('realModel.off.timing', { runs: fmtInt(timing.runs), ms: fmtInt(timing.totalMs) }))}</p>}
        <button type="button" className="projector-fold" onClick={again} disabled={!timing}>
          {richText(t('realModel.off.measure'))}
        </button>
      </Predict>
    </div>
  );
}
