import './cross.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type CrossNumbers, deriveCross } from '../../lesson/cross/derive';
import { type CrossState, DEC_TOKENS, ENC_TOKENS } from '../../lesson/cross/model';
import { type CrossTexLabels, rowsTex, stepDefsTex, stepTex } from '../../lesson/cross/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { CountsTable } from './CountsTable';
import { CrossPlayback } from './CrossPlayback';
import { CrossStage } from './CrossStage';
import { PredictRows } from './PredictRows';
import { ScrollX } from '../common/ScrollX';
import { ComputeError } from '../common/ComputeError';
import { useRevealed } from '../common/Predict';
import { Stage } from '../stage/Stage';
import { crossLinks } from '../../lesson/cross/links';
import { crossPosition } from '../../lesson/cross/stage';
import { useViewPrefs } from '../ViewContext';
import { richText } from '../common/richText';

/** Where Q, K and V come from in each attention of the decoder: only cross-attention's K, V come from the encoder. */
function SourcesTable() {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers cross-sources">
        <caption>{richText(t('cross.sources.caption'))}</caption>
        <thead>
          <tr>
            <td className="corner" />
            <th scope="col">{richText(t('cross.sources.q'))}</th>
            <th scope="col">{richText(t('cross.sources.kv'))}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{richText(t('cross.sources.self'))}</th>
            <td>{richText(t('cross.sources.fromDec'))}</td>
            <td>{richText(t('cross.sources.fromDec'))}</td>
          </tr>
          <tr>
            <th scope="row">{richText(t('cross.sources.cross'))}</th>
            <td>{richText(t('cross.sources.fromDec'))}</td>
            <td className="emph">{richText(t('cross.sources.fromEnc'))}</td>
          </tr>
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The panel for one step (the caches themselves are on the stage). */
function Detail({ stepId, n, state }: { stepId: string; n: CrossNumbers; state: CrossState }) {
  switch (stepId) {
    case 'two-sources':
      return <SourcesTable />;
    case 'predict-rows':
      return <PredictRows n={n} current={n.steps.length} />;
    case 'row-counts':
      return <CountsTable n={n} current={state.t} />;
    default:
      return null;
  }
}

/** The stage inside <Stage>, reading whether the step's prediction is answered. */
function StageBody({ step, state, onChange, n }: { step: ChapterViewProps<CrossState>['step']; state: CrossState; onChange: (s: CrossState) => void; n: CrossNumbers | null }) {
  const revealed = useRevealed();
  const position = crossPosition(step.id, state.t, revealed, DEC_TOKENS.length);
  return <CrossStage state={state} onChange={onChange} n={n} position={position} />;
}

/** Chapter "cross-attention": the encoder's K, V are cached once; the decoder's own cache grows per token, side by side on the stage. */
export function CrossView({ chapter, step, state, onChange }: ChapterViewProps<CrossState>) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const result = useMemo(() => deriveCross(state), [state]);
  const params = { enc: ENC_TOKENS.join(''), dec: DEC_TOKENS.join(' '), nEnc: ENC_TOKENS.length, nDec: DEC_TOKENS.length };
  const n = result.ok ? result.n : null;
  const selfRows = step.id === 'two-sources' ? 0 : step.id === 'predict-rows' ? DEC_TOKENS.length : state.t;
  const links = useMemo(() => crossLinks(ENC_TOKENS.length, selfRows), [selfRows]);
  // Decoding is driven from the top of the stage: first in Tab order, a Tab or two after the heading (not behind every linked number).
  const stage = (
    <Stage chapter={chapter} step={step}>
      {step.id === 'decode-steps' && <CrossPlayback state={state} onChange={onChange} />}
      <StageBody step={step} state={state} onChange={onChange} n={n} />
    </Stage>
  );
  const narrative = <Narrative step={step} params={params} />;
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const labels: CrossTexLabels = { cross: t('cross.tex.cross'), self: t('cross.tex.self'), rows: t('cross.tex.rows'), row: t('cross.tex.rows.one') };
  // The prediction is asked before any cache is shown: no formula on that step; none before decoding starts either.
  // On a slide the decoding formula keeps its two definitions: the stage beside it prints every w and o.
  const decodeTex = projector ? stepDefsTex(DEC_TOKENS[state.t - 1], labels) : stepTex(result.n, state.t, DEC_TOKENS[state.t - 1], labels);
  const tex = step.id === 'row-counts' ? rowsTex(result.n, labels) : step.id === 'decode-steps' ? decodeTex : null;
  const detail = step.id === 'decode-steps' ? null : <Detail stepId={step.id} n={result.n} state={state} />;
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      links={links}
      panel={detail ? <div className="detail">{detail}</div> : null}
      formula={tex === null ? undefined : <Formula tex={tex} />}
    />
  );
}
