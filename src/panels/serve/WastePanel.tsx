import type { MemoryShares } from '../../core/serveSummary';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtPercent } from '../../lesson/format';
import { POOL_SLOTS } from '../../lesson/serve/model';
import { PAPER_FIG2, PAPER_TITLE, paperShares, SHAREGPT_MEAN } from '../../lesson/serve/paper';
import type { MemoryRuns } from '../../lesson/serve/sims';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

const KEYS = ['used', 'reserved', 'wasted', 'free'] as const;
const SYSTEMS = ['max', 'pow2', 'oracle', 'vllm'] as const;

/** One bar on the shared 0–100 % axis with every share printed; `rest` is the part a source does not break down. */
function ShareRow({ label, shares, rest, source, dataName }: { label: string; shares: Partial<MemoryShares>; rest?: number; source: 'here' | 'paper'; dataName: string }) {
  return (
    <tr className={`source-${source}`}>
      <th scope="row">{richText(label)}</th>
      <td className="waste-track" aria-hidden="true">
        <span className="waste-bar">
          {KEYS.map((k) => (shares[k] ? <span key={k} className={`share share-${k}`} style={{ width: `${(shares[k] ?? 0) * 100}%` }} /> : null))}
          {rest ? <span className="share share-rest" style={{ width: `${rest * 100}%` }} /> : null}
        </span>
      </td>
      {KEYS.map((k) => (
        <td key={k} className={`num col-${k}`} data-value={`${dataName}.${k}`}>
          {shares[k] === undefined ? '—' : fmtPercent(shares[k] ?? 0)}
        </td>
      ))}
      <td className="num col-rest">{rest ? fmtPercent(rest) : ''}</td>
    </tr>
  );
}

/** A translated sentence whose {title} is the paper's title, kept in English as published. */
function WithTitle({ text }: { text: string }) {
  const [before, after = ''] = text.split('\u0000');
  return (
    <>
      {before}
      <cite lang="en">{PAPER_TITLE}</cite>
      {after}
    </>
  );
}

/** Our measured shares for every allocator, each beside the vLLM paper's Fig. 2 bar, on one 0–100 % axis. */
export function WastePanel({ runs }: { runs: MemoryRuns }) {
  const { t } = useI18n();
  const here = { max: runs.contiguous.max, pow2: runs.contiguous.pow2, oracle: runs.contiguous.oracle, vllm: runs.paged };
  return (
    <div className="detail serve-waste">
      <ScrollX>
        <table className="numbers waste-table">
          <caption>{t('serve.waste.caption', { slots: POOL_SLOTS })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('serve.waste.system')}</th>
              <th scope="col" className="waste-axis">
                <span>0</span>
                <span>100 %</span>
              </th>
              {KEYS.map((k) => (
                <th key={k} scope="col" className={`num col-${k}`}>
                  <span className={`key share-${k}`} aria-hidden="true" />
                  {t(`serve.waste.short.${k}`)}
                </th>
              ))}
              <th scope="col" className="num col-rest">
                <span className="key share-rest" aria-hidden="true" />
                {t('serve.waste.rest')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SYSTEMS.map((id) => {
              const paper = paperShares(id);
              const run = here[id];
              return [
                <ShareRow
                  key={`${id}-here`}
                  label={`${t(`serve.waste.here.${id}`, { block: runs.block })}${run.summary.basis === 'running' ? ' †' : ''}`}
                  shares={run.summary.shares}
                  source="here"
                  dataName={`waste.${id}`}
                />,
                <ShareRow key={`${id}-paper`} label={t(`serve.waste.paper.${id}`)} shares={paper.shares} rest={paper.rest} source="paper" dataName={`paper.${id}`} />,
              ];
            })}
          </tbody>
        </table>
      </ScrollX>
      <p className="hint">
        {t('serve.waste.rowsNote')} {t('serve.waste.basis')}
        {SYSTEMS.some((id) => here[id].summary.basis === 'running') && ` † ${t('serve.waste.neverWaited')}`}
      </p>
    </div>
  );
}

/** Requests running at once and steps to serve them all, here and in the paper's Fig. 13a. */
export function WasteBatch({ runs }: { runs: MemoryRuns }) {
  const { t } = useI18n();
  const here = { max: runs.contiguous.max, pow2: runs.contiguous.pow2, oracle: runs.contiguous.oracle, vllm: runs.paged };
  return (
    <div className="waste-batch-wrap">
      <ScrollX>
        <table className="numbers waste-batch">
          <caption>{t('serve.waste.batchCaption')}</caption>
          <thead>
            <tr>
              <td />
              {SYSTEMS.map((id) => (
                <th key={id} scope="col" className="num">
                  {richText(t(`serve.waste.col.${id}`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('serve.waste.meanRunning')}</th>
              {SYSTEMS.map((id) => (
                <td key={id} className="num" data-value={`batch.${id}`}>
                  {fmt(here[id].summary.meanRunning, 2)}
                </td>
              ))}
            </tr>
            <tr className="source-paper">
              <th scope="row">{t('serve.waste.paperBatched')}</th>
              {SYSTEMS.map((id) => (
                <td key={id} className="num">
                  {fmt(PAPER_FIG2.find((p) => p.id === id)?.batched ?? 0, 2)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('serve.waste.makespan', { n: runs.reqs.length })}</th>
              {SYSTEMS.map((id) => (
                <td key={id} className="num" data-value={`makespan.${id}`}>
                  {here[id].summary.makespan ?? '—'}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollX>
      <p className="hint">
        <WithTitle text={t('serve.waste.source.note', { input: fmt(SHAREGPT_MEAN.input, 2), output: fmt(SHAREGPT_MEAN.output, 2), title: '\u0000' })} />
      </p>
    </div>
  );
}
