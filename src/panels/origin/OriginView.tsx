import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { clampPick, deriveOrigin, type OriginNumbers, type Pick } from '../../lesson/origin/derive';
import { ORIGIN_ARTICLE, type OriginState, TOKENS } from '../../lesson/origin/model';
import { articleTex, doubledTex, entryTex, shapesTex } from '../../lesson/origin/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { ArticlePanel } from './ArticlePanel';
import { LinearPanel } from './LinearPanel';
import { OriginInputs } from './OriginInputs';
import { ProjectionPanel } from './ProjectionPanel';
import { ComputeError } from '../common/ComputeError';

/** The panel of one step. */
function Detail({ stepId, n, pick, onPick, state, onChange }: { stepId: string; n: OriginNumbers; pick: Pick; onPick: (p: Pick) => void; state: OriginState; onChange: (s: OriginState) => void }) {
  const { t } = useI18n();
  switch (stepId) {
    case 'embeddings':
      return (
        <ul className="facts">
          <li>{t('origin.embeddings.fact1', { t: TOKENS.length, d: state.dModel })}</li>
          <li>{t('origin.embeddings.fact2')}</li>
        </ul>
      );
    case 'weights':
      return (
        <ul className="facts">
          <li>{t('origin.weights.fact1', { d: state.dModel, k: state.dK })}</li>
          <li>{t('origin.weights.fact2')}</li>
        </ul>
      );
    case 'projections':
      return <ProjectionPanel n={n} pick={pick} onPick={onPick} />;
    case 'linear':
      return <LinearPanel n={n} state={state} onChange={onChange} />;
    default:
      return <ArticlePanel n={n} onLoad={() => onChange(structuredClone(ORIGIN_ARTICLE))} />;
  }
}

/** The TeX under the panel, from the same numbers. */
function formulaFor(stepId: string, n: OriginNumbers, pick: Pick, s: OriginState): string {
  if (stepId === 'projections') return entryTex(n, pick);
  if (stepId === 'linear') return doubledTex(n);
  if (stepId === 'article') return articleTex(n);
  return shapesTex(TOKENS.length, s.dModel, s.dK);
}

/** Chapter 2: Q = X·W_Q, K = X·W_K, V = X·W_V, every entry editable and explained term by term. */
export function OriginView({ step, state, onChange }: ChapterViewProps<OriginState>) {
  const [rawPick, setPick] = useState<Pick>({ which: 'Q', row: 1, col: 1 });
  const pick = clampPick(rawPick, state);
  const result = deriveOrigin(state, pick); // cheap: three 4×6 by 6×4 products
  const highlight = step.highlight ?? [];
  const inputs = <OriginInputs state={state} onChange={onChange} highlight={highlight} pick={step.id === 'projections' ? pick : null} />;
  const narrative = <Narrative step={step} params={{ d: state.dModel, k: state.dK }} />;
  if (!result.ok) {
    return (
      <StepLayout
        narrative={narrative}
        panel={
          <>
            {inputs}
            <ComputeError detail={result.detail} />
          </>
        }
      />
    );
  }
  return (
    <StepLayout
      narrative={narrative}
      panel={
        <div className="detail">
          <Detail stepId={step.id} n={result.n} pick={pick} onPick={setPick} state={state} onChange={onChange} />
        </div>
      }
      formula={
        step.id === 'linear' ? (
          <AfterGuess placeholder={<HiddenUntilGuess />}>
            <Formula tex={formulaFor(step.id, result.n, pick, state)} />
          </AfterGuess>
        ) : (
          <Formula tex={formulaFor(step.id, result.n, pick, state)} />
        )
      }
      inputs={inputs}
    />
  );
}
