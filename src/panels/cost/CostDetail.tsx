import { useI18n } from '../../i18n/I18nContext';
import { type CostNumbers, GROWTH_OPTIONS, nearestGrowth } from '../../lesson/cost/derive';
import type { CostState } from '../../lesson/cost/model';
import { costPlot } from '../../lesson/cost/plot';
import { fmt, fmtShort } from '../../lesson/format';
import { Predict } from '../common/Predict';
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

/** The time, memory or bound step of the cost chapter. */
export function CostDetail({ stepId, s, n }: { stepId: string; s: CostState; n: CostNumbers }) {
  const { t } = useI18n();
  const c = n.cost;
  const bytes = (b: number, gib: number) => t('cost.count.bytes', { bytes: fmt(b), gib: fmt(gib) });
  if (stepId === 'time') {
    const plot = costPlot(s, [
      { name: t('cost.plot.full'), pick: (x) => x.fullMacs },
      { name: t('cost.plot.decode'), pick: (x) => x.decodeMacs },
    ]);
    return (
      <>
        <Predict
          question={t('cost.predict.question', { S2: fmtShort(n.S2) })}
          options={GROWTH_OPTIONS.map((k) => ({ id: String(k), label: t('cost.predict.option', { k }) }))}
          correct={[String(nearestGrowth(n.fullGrowth))]}
          answers={[fmt(n.fullGrowth)]}
          explanation={t('cost.predict.explain', { full: fmt(n.fullGrowth), decode: fmt(n.decodeGrowth), a: fmt(c.fullMacs), b: fmt(n.doubled.fullMacs) })}
        >
          <CountTable
            rows={[
              { key: 'fullGrowth', label: t('cost.count.fullGrowth'), value: fmt(n.fullGrowth) },
              { key: 'decodeGrowth', label: t('cost.count.decodeGrowth'), value: fmt(n.decodeGrowth) },
            ]}
          />
        </Predict>
        <CountTable
          rows={[
            { key: 'full', label: t('cost.count.full'), value: fmt(c.fullMacs) },
            { key: 'decode', label: t('cost.count.decode'), value: fmt(c.decodeMacs) },
            { key: 'ratio', label: t('cost.count.ratio'), value: fmt(n.fullOverDecode) },
          ]}
        />
        <LogPlot plot={plot} caption={t('cost.plot.time')} />
      </>
    );
  }
  if (stepId === 'memory') {
    const plot = costPlot(s, [
      { name: t('cost.plot.scores'), pick: (x) => x.scoresBytes },
      { name: t('cost.plot.cache'), pick: (x) => x.cacheBytes },
    ]);
    return (
      <>
        <CountTable
          rows={[
            { key: 'scores', label: t('cost.count.scores'), value: bytes(c.scoresBytes, n.scoresGiB) },
            { key: 'cache', label: t('cost.count.cache'), value: bytes(c.cacheBytes, n.cacheGiB) },
            { key: 'scoresOverCache', label: t('cost.count.scoresOverCache'), value: fmt(n.scoresOverCache) },
          ]}
        />
        <LogPlot plot={plot} caption={t('cost.plot.memory')} />
      </>
    );
  }
  return (
    <>
      <CountTable
        rows={[
          { key: 'flopsDecode', label: t('cost.count.flopsDecode'), value: fmt(n.decodeFlops) },
          { key: 'kvRead', label: t('cost.count.kvRead'), value: bytes(c.cacheBytes, n.cacheGiB) },
          { key: 'decodeI', label: t('cost.count.decodeI'), value: fmt(c.decodeIntensity) },
          { key: 'prefillI', label: t('cost.count.prefillI'), value: fmt(c.prefillIntensity) },
        ]}
      />
      <p className="hint">{t('cost.bound.note', { decodeI: fmt(c.decodeIntensity) })}</p>
    </>
  );
}
