import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { SHARE_BUCKETS, type SparsityNumbers, shareBucket } from '../../lesson/cost/derive';
import { spq } from '../../lesson/cost/links';
import { type CostState, EPS_PRESETS, LIMITS, MAX_PEAK, nextSeed } from '../../lesson/cost/model';
import { fmt, fmtPercent, fmtShort } from '../../lesson/format';
import { Formula } from '../common/Formula';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';
import { NumberCell } from '../common/NumberCell';
import { EpsControl } from './EpsCell';

/** Controls of the random matrix: T, peakiness, ε, re-roll. */
export function SparsityInputs({ state, onChange }: { state: CostState; onChange: (s: CostState) => void }) {
  const { t } = useI18n();
  const peakId = useId();
  return (
    <section className="inputs" aria-label={t('cost.sp.inputs')}>
      <div className="sp-controls">
        <label className="cost-size">
          <span>{t('cost.sp.T')}</span>
          <NumberCell value={state.T} rule={{ integer: true, min: LIMITS.T[0], max: LIMITS.T[1] }} cellId="T" label={t('cost.sp.T')} onCommit={(T) => onChange({ ...state, T })} />
        </label>
        <label htmlFor={peakId} className="dim-label">
          {t('cost.sp.peak')} <span className="sp-peak-note">{t('cost.sp.peakNote')}</span>
        </label>
        <input id={peakId} type="range" min={0} max={MAX_PEAK} step={0.5} value={state.peak} data-control="peak" onChange={(e) => onChange({ ...state, peak: Number(e.target.value) })} />
        <output htmlFor={peakId}>{fmtShort(state.peak)}</output>
        <button type="button" data-control="reroll" onClick={() => onChange({ ...state, seed: nextSeed(state.seed) })}>
          {t('cost.sp.reroll')}
        </button>
      </div>
      <EpsControl value={state.eps} presets={EPS_PRESETS} onChange={(eps) => onChange({ ...state, eps })} />
    </section>
  );
}

/** A prediction first; after the guess the weight grid with its ε marks, the counts below ε (masked entries apart) and the article's thresholds. */
export function SparsityPanel({ n, state, tex }: { n: SparsityNumbers; state: CostState; tex: string }) {
  const { t } = useI18n();
  const c = n.count;
  const eps = fmt(state.eps);
  const [a, b, cc] = SHARE_BUCKETS.map((x) => fmtPercent(x));
  const rows = [
    { key: 'total', label: t('cost.sp.total'), value: fmtShort(c.total), q: spq.total },
    { key: 'masked', label: t('cost.sp.masked'), value: fmtShort(c.masked), q: spq.masked },
    { key: 'visible', label: t('cost.sp.visible'), value: fmtShort(c.visible), q: spq.visible },
    { key: 'below', label: t('cost.sp.below'), value: fmtShort(c.belowVisible), q: spq.below },
    { key: 'shareAll', label: t('cost.sp.shareAll'), value: fmtPercent(c.shareAll), q: spq.shareAll },
  ];
  return (
    <>
      <Predict
        question={t('cost.sp.predict', { eps, T: fmtShort(state.T), p: fmtShort(state.peak) })}
        options={[
          { id: 'b0', label: t('cost.sp.b0', { a }) },
          { id: 'b1', label: t('cost.sp.b1', { a, b }) },
          { id: 'b2', label: t('cost.sp.b2', { a: b, b: cc }) },
          { id: 'b3', label: t('cost.sp.b3', { a: cc }) },
        ]}
        correct={[`b${shareBucket(c.shareVisible)}`]}
        answers={[fmtPercent(c.shareVisible)]}
        explanation={
          <LinkedText
            k="cost.sp.explain"
            params={{ below: fmtShort(c.belowVisible), visible: fmtShort(c.visible), share: fmtPercent(c.shareVisible) }}
            links={{ below: spq.below, visible: spq.visible, share: spq.shareVisible }}
          />
        }
      >
        <p className="sp-share">
          {t('punct.colon', { label: t('cost.sp.shareVisible') })}<strong data-value="sp.shareVisible" data-q={spq.shareVisible} tabIndex={0}>{fmtPercent(c.shareVisible)}</strong>
        </p>
        <Formula tex={tex} />
        <table className="numbers sp-counts">
          <caption>{t('cost.sp.countCaption', { eps })}</caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num" data-value={`sp.${r.key}`} data-q={r.q} tabIndex={0}>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="numbers sp-presets">
          <caption>{t('cost.sp.presetsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">ε</th>
              <th scope="col">{t('cost.sp.shareVisible')}</th>
              <th scope="col">{t('cost.sp.shareAll')}</th>
            </tr>
          </thead>
          <tbody>
            {n.presets.map((p) => (
              <tr key={p.eps}>
                <th scope="row" className="num">{fmt(p.eps)}</th>
                <td className="num">{fmtPercent(p.count.shareVisible)}</td>
                <td className="num">{fmtPercent(p.count.shareAll)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-value="sp.top3">{t('cost.sp.top3', { T: fmtShort(state.T), mass: fmtPercent(n.top3Last) })}</p>
      </Predict>
      <aside className="erratum sp-honest">
        <p>{t('cost.sp.honest')}</p>
      </aside>
    </>
  );
}
