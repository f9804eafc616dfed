import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type CostNumbers, GROWTH_OPTIONS, nearestGrowth } from '../../lesson/cost/derive';
import { type CostState, KERNELS } from '../../lesson/cost/model';
import { cq } from '../../lesson/cost/links';
import { costPlot } from '../../lesson/cost/plot';
import { type CostTexLabels, timeTex } from '../../lesson/cost/tex';
import { fmt, fmtInt, fmtRatio, fmtShort, fmtSig } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import { Formula } from '../common/Formula';
import { LinkedText } from '../common/LinkedText';
import { Note } from '../common/Note';
import { Predict } from '../common/Predict';
import { usePhone } from '../common/usePhone';
import { LogPlot } from './LogPlot';

/** A two-column table of named numbers; data-value on each value. */
function CountTable({ rows }: { rows: { key: string; label: string; value: string }[] }) {
  const { t } = useI18n();
  return (
    <table className="numbers cost-counts">
      <thead>
        <tr>
          <th scope="col">{t('cost.count.what')}</th>
          <th scope="col">{t('cost.count.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num" data-value={`cost.${r.key}`}>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The switch between a standard kernel (stores S × S) and a fused one (FlashAttention: never does). */
export function KernelSwitch({ state, onChange }: { state: CostState; onChange: (s: CostState) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="cost-kernel">
      <legend>{t('cost.kernel.label')}</legend>
      {KERNELS.map((k) => (
        <label key={k} className="predict-option">
          <input type="radio" name={name} value={k} data-cell={`kernel.${k}`} checked={state.kernel === k} onChange={() => onChange({ ...state, kernel: k })} />
          {t(`cost.kernel.${k}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The time, memory or bound step of the cost chapter. */
export function CostDetail({ stepId, s, n, labels }: { stepId: string; s: CostState; n: CostNumbers; labels: CostTexLabels }) {
  const { t } = useI18n();
  const phone = usePhone();
  const c = n.cost;
  const bytes = (b: number) => t('cost.count.bytes', { bytes: fmtInt(b), binary: fmtBinary(b) });
  if (stepId === 'time') {
    const plot = costPlot(s, [
      { name: t('cost.plot.full'), pick: (x) => x.fullMacs },
      { name: t('cost.plot.decode'), pick: (x) => x.decodeMacs },
    ], phone);
    return (
      <>
        {/* The counts themselves are on the stage. How the counts grow with S (table, formula, plot and its legend) is the answer: hidden until the guess. */}
        <div className="cost-time">
        <Predict
          question={t('cost.predict.question', { S2: fmtShort(n.S2) })}
          options={GROWTH_OPTIONS.map((k) => ({ id: String(k), label: t('cost.predict.option', { k }) }))}
          correct={[String(nearestGrowth(n.fullGrowth))]}
          answers={[fmtSig(n.fullGrowth)]}
          explanation={
            <LinkedText
              k="cost.predict.explain"
              params={{ full: fmtSig(n.fullGrowth), decode: fmtSig(n.decodeGrowth), a: fmt(c.fullMacs), b: fmt(n.doubled.fullMacs) }}
              links={{ a: cq.full }}
            />
          }
        >
          <CountTable
            rows={[
              { key: 'fullGrowth', label: t('cost.count.fullGrowth'), value: fmtRatio(n.fullGrowth) },
              { key: 'decodeGrowth', label: t('cost.count.decodeGrowth'), value: fmtRatio(n.decodeGrowth) },
            ]}
          />
          <Formula tex={timeTex(s, n, labels)} />
          <LogPlot plot={plot} caption={t('cost.plot.time')} />
        </Predict>
        </div>
      </>
    );
  }
  if (stepId === 'memory') {
    const fused = s.kernel === 'fused';
    const plot = costPlot(s, [
      fused ? { name: t('cost.plot.fused'), pick: (x) => x.fusedExtraBytes } : { name: t('cost.plot.scores'), pick: (x) => x.scoresBytes },
      { name: t('cost.plot.cache'), pick: (x) => x.cacheBytes },
    ], phone);
    // The kernel switch and both sizes are on the stage; here their ratio and how they grow with S.
    return (
      <>
        <CountTable
          rows={[
            fused
              ? { key: 'fusedOverCache', label: t('cost.count.fusedOverCache'), value: `1/${fmtShort(n.cacheOverFused)}` }
              : { key: 'scoresOverCache', label: t('cost.count.scoresOverCache'), value: fmtRatio(n.scoresOverCache) },
          ]}
        />
        <LogPlot plot={plot} caption={t(fused ? 'cost.plot.memoryFused' : 'cost.plot.memory')} />
      </>
    );
  }
  return (
    <>
      <CountTable
        rows={[
          { key: 'flopsDecode', label: t('cost.count.flopsDecode'), value: fmt(n.decodeFlops) },
          { key: 'kvRead', label: t('cost.count.kvRead'), value: bytes(c.cacheBytes) },
          { key: 'prefillAll', label: t('cost.count.prefillAll'), value: fmtSig(c.prefillIntensityQKVO) },
        ]}
      />
      <Note title={t('cost.bound.noteTitle')}>
        <p>{t('cost.bound.note', { decodeI: fmtSig(c.decodeIntensity), prefillAll: fmtSig(c.prefillIntensityQKVO) })}</p>
      </Note>
    </>
  );
}
