import './origin.css';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { clampPick, deriveOrigin, type OriginNumbers, type Pick } from '../../lesson/origin/derive';
import { originLinks } from '../../lesson/origin/links';
import { ORIGIN_ARTICLE, type OriginState, TOKENS } from '../../lesson/origin/model';
import { doubledTex, entryTex, shapesTex } from '../../lesson/origin/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Note } from '../common/Note';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { ArticlePanel } from './ArticlePanel';
import { LinearPanel } from './LinearPanel';
import { OriginStage } from './OriginStage';
import { ProjectionPanel } from './ProjectionPanel';
import { richText } from '../common/richText';

/** The panel of one step. */
function Detail({ stepId, n, pick, state, onChange }: { stepId: string; n: OriginNumbers; pick: Pick; state: OriginState; onChange: (s: OriginState) => void }) {
  const { t } = useI18n();
  switch (stepId) {
    case 'embeddings':
      return (
        <>
          <p>{richText(t('origin.embeddings.fact1', { t: TOKENS.length, d: state.dModel }))}</p>
          <Note title={t('origin.embeddings.noteTitle')}>
            <p>{richText(t('origin.embeddings.fact2'))}</p>
          </Note>
        </>
      );
    case 'weights':
      return (
        <ul className="facts">
          <li>{richText(t('origin.weights.fact1', { d: state.dModel, k: state.dK }))}</li>
          <li>{richText(t('origin.weights.fact2'))}</li>
        </ul>
      );
    case 'projections':
      return <ProjectionPanel n={n} pick={pick} />;
    case 'linear':
      return <LinearPanel n={n} state={state} onChange={onChange} />;
    default:
      return <ArticlePanel n={n} onLoad={() => onChange(structuredClone(ORIGIN_ARTICLE))} />;
  }
}

/** The TeX under the panel, from the same numbers; none on the article step, whose K and V are the stage's own columns. */
function formulaFor(stepId: string, n: OriginNumbers, pick: Pick, s: OriginState): string | null {
  if (stepId === 'projections') return entryTex(n, pick);
  if (stepId === 'linear') return doubledTex(n);
  if (stepId === 'article') return null;
  return shapesTex(TOKENS.length, s.dModel, s.dK);
}

/** Chapter 2: Q = X·W_Q, K = X·W_K, V = X·W_V on the stage, every entry editable and explained term by term. */
export function OriginView({ chapter, step, state, onChange }: ChapterViewProps<OriginState>) {
  const [rawPick, setPick] = useState<Pick>({ which: 'Q', row: 1, col: 1 });
  const pick = clampPick(rawPick, state);
  const result = deriveOrigin(state, pick); // cheap: three 4×6 by 6×4 products
  const links = useMemo(() => originLinks(TOKENS.length, state.dModel, state.dK), [state.dModel, state.dK]);
  const n = result.ok ? result.n : null;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <OriginStage state={state} onChange={onChange} n={n} pick={step.id === 'projections' ? pick : null} onPick={setPick} checks={step.id === 'article' && n ? n.article : null} />
    </Stage>
  );
  const narrative = <Narrative step={step} params={{ d: state.dModel, k: state.dK }} />;
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const tex = formulaFor(step.id, result.n, pick, state);
  const formula = tex === null ? undefined : <Formula tex={tex} />;
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      links={links}
      panel={
        <div className="detail">
          <Detail stepId={step.id} n={result.n} pick={pick} state={state} onChange={onChange} />
        </div>
      }
      // The doubled k_cat is the prediction's answer: its formula waits for the guess.
      formula={step.id === 'linear' && formula ? <AfterGuess placeholder={<HiddenUntilGuess />}>{formula}</AfterGuess> : formula}
    />
  );
}
