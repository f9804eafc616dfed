import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtPercent } from '../../lesson/format';
import { finishedBy, sharedSteps, speedBucket } from '../../lesson/serve/batchView';
import type { BatchRuns } from '../../lesson/serve/sims';
import { Predict } from '../common/Predict';
import { ScrollX } from '../common/ScrollX';
import { BusyChart } from './BusyChart';
import { Timeline } from './Timeline';

/** The schedulers' figures side by side: steps to finish everything, mean latency, slot use, finished by the counter's step. */
export function BatchTable({ runs, t, which }: { runs: BatchRuns; t: number; which: readonly ('static' | 'continuous')[] }) {
  const { t: tr } = useI18n();
  const n = runs.reqs.length;
  const rows = [
    { key: 'finishedNow', value: (k: 'static' | 'continuous') => `${finishedBy(runs[k], t)} / ${n}` },
    { key: 'makespan', value: (k: 'static' | 'continuous') => String(runs[k].makespan) },
    { key: 'latency', value: (k: 'static' | 'continuous') => fmt(runs[k].meanLatency, 1) },
    { key: 'utilization', value: (k: 'static' | 'continuous') => fmtPercent(runs[k].utilization) },
  ] as const;
  return (
    <ScrollX>
      <table className="numbers serve-batch-table">
        <thead>
          <tr>
            <td />
            {which.map((k) => (
              <th key={k} scope="col" className="num">
                {tr(`serve.batch.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{tr(`serve.batch.row.${r.key}`, { t, n })}</th>
              {which.map((k) => (
                <td key={k} className="num" data-value={`batch.${k}.${r.key}`}>
                  {r.value(k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}

/** Part D: static batching alone, or continuous batching (after a guess) against static on the same axes. */
export function BatchPanel({ runs, slots, t, mode }: { runs: BatchRuns; slots: number; t: number; mode: 'static' | 'continuous' }) {
  const { t: tr } = useI18n();
  const steps = sharedSteps(runs.static, runs.continuous);
  const staticLine = <Timeline trace={runs.static} steps={steps} slots={slots} t={t} caption={tr('serve.batch.staticCaption', { slots })} dataName="static" />;
  if (mode === 'static') {
    return (
      <div className="detail serve-batch">
        {staticLine}
        <BusyChart series={[{ key: 'static', trace: runs.static }]} steps={steps} slots={slots} caption={tr('serve.batch.busyCaption')} />
        <BusyChart series={[{ key: 'static', trace: runs.static }]} steps={steps} slots={slots} metric="finished" total={runs.reqs.length} caption={tr('serve.batch.finishedCaption')} />
      </div>
    );
  }
  const q = speedBucket(runs.static.makespan, runs.continuous.makespan);
  const params = { n: runs.reqs.length, slots, static: runs.static.makespan, continuous: runs.continuous.makespan, ratio: fmtPercent(q.ratio) };
  return (
    <div className="detail serve-batch">
      <Predict
        question={tr('serve.continuous.question', params)}
        options={(['same', 'three-quarters', 'half', 'less'] as const).map((id) => ({ id, label: tr(`serve.continuous.opt.${id}`) }))}
        correct={[q.bucket]}
        answers={[String(runs.continuous.makespan), params.ratio]}
        explanation={tr('serve.continuous.explain', params)}
      >
        <Timeline trace={runs.continuous} steps={steps} slots={slots} t={t} caption={tr('serve.batch.continuousCaption', { slots })} dataName="continuous" />
        <BusyChart
          series={[
            { key: 'static', trace: runs.static },
            { key: 'continuous', trace: runs.continuous },
          ]}
          steps={steps}
          slots={slots}
          caption={tr('serve.batch.busyCaption')}
        />
        <BusyChart
          series={[
            { key: 'static', trace: runs.static },
            { key: 'continuous', trace: runs.continuous },
          ]}
          steps={steps}
          slots={slots}
          metric="finished"
          total={runs.reqs.length}
          caption={tr('serve.batch.finishedCaption')}
        />
      </Predict>
    </div>
  );
}
