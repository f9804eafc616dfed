import './cross.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type CrossNumbers, deriveCross } from '../../lesson/cross/derive';
import { type CrossState, DEC_TOKENS, ENC_TOKENS } from '../../lesson/cross/model';
import { type CrossTexLabels, rowsTex, stepTex } from '../../lesson/cross/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { CachePanels } from './CachePanels';
import { CountsTable } from './CountsTable';
import { CrossInputs } from './CrossInputs';
import { DecodeStepper } from './DecodeStepper';
import { PredictRows } from './PredictRows';
import { ScrollX } from '../common/ScrollX';
import { ComputeError } from '../common/ComputeError';

/** Where Q, K and V come from in each attention of the decoder. */
function SourcesTable() {
  const { t } = useI18n();
  const rows = ['q', 'k', 'v'] as const;
  return (
    <ScrollX>
      <table className="numbers cross-sources">
        <caption>{t('cross.sources.caption')}</caption>
        <thead>
          <tr>
            <td className="corner" />
            <th scope="col">{t('cross.sources.self')}</th>
            <th scope="col">{t('cross.sources.cross')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{t(`cross.sources.${r}` as 'cross.sources.q')}</th>
              <td>{t('cross.sources.fromDec')}</td>
              <td className={r === 'q' ? undefined : 'emph'}>{r === 'q' ? t('cross.sources.fromDec') : t('cross.sources.fromEnc')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The panel for one step. */
function Detail({ stepId, n, state, onChange }: { stepId: string; n: CrossNumbers; state: CrossState; onChange: (s: CrossState) => void }) {
  switch (stepId) {
    case 'two-sources':
      return <SourcesTable />;
    case 'predict-rows':
      return <PredictRows n={n} current={n.steps.length} />;
    case 'row-counts':
      return <CountsTable n={n} current={state.t} />;
    default:
      return (
        <>
          <DecodeStepper state={state} onChange={onChange} />
          <CachePanels n={n} t={state.t} />
        </>
      );
  }
}

/** Chapter "cross-attention": the encoder's K, V are cached once; the decoder's own cache grows per token. */
export function CrossView({ step, state, onChange }: ChapterViewProps<CrossState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveCross(state), [state]);
  const highlight = step.highlight ?? [];
  const params = { enc: ENC_TOKENS.join(''), dec: DEC_TOKENS.join(' '), nEnc: ENC_TOKENS.length, nDec: DEC_TOKENS.length };
  const inputs = <CrossInputs state={state} onChange={onChange} emph={highlight.includes('inputs')} />;
  if (!result.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={params} />}
        panel={<ComputeError detail={result.detail} />}
        inputs={inputs}
      />
    );
  }
  const n = result.n;
  const labels: CrossTexLabels = { cross: t('cross.tex.cross'), self: t('cross.tex.self'), rows: t('cross.tex.rows'), row: t('cross.tex.rows.one') };
  // The prediction is asked before any cache is shown: no formula, no cache tables on that step.
  const predict = step.id === 'predict-rows';
  const tex = step.id === 'row-counts' ? rowsTex(n, labels) : stepTex(n, state.t, DEC_TOKENS[state.t - 1], labels);
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params} />}
      panel={
        <div className="detail">
          <Detail stepId={step.id} n={n} state={state} onChange={onChange} />
        </div>
      }
      formula={predict ? undefined : <Formula tex={tex} />}
      inputs={predict ? undefined : inputs}
    />
  );
}
