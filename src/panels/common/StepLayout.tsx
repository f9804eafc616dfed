import { type ReactNode, useContext, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MsgParams } from '../../i18n';
import type { LinkGraph } from '../../lesson/links';
import type { StepDef } from '../../lesson/types';
import { LinkScope } from '../link/LinkScope';
import { useViewPrefs } from '../ViewContext';
import { richText } from './richText';
import { AskSlotProvider, KeepQuestionsInPlace, useAsideQuestion, useWideScreen } from './AskSlot';
import { useHideEmpty } from './useHideEmpty';

/** The step's title and its short narrative (paragraphs separated by blank lines in the catalog). */
export function Narrative({ step, params, children }: { step: StepDef; params?: MsgParams; children?: ReactNode }) {
  const { t } = useI18n();
  const paragraphs = t(step.bodyKey, params).split(/\n\n+/);
  return (
    <div className="narrative">
      <h2 tabIndex={-1} className="step-title" data-step={step.id}>
        {richText(t(step.titleKey, params))}
      </h2>
      {paragraphs.map((p) => (
        <p key={p}>{richText(p)}</p>
      ))}
      {children}
    </div>
  );
}

interface Props {
  narrative: ReactNode;
  /** The step's own picture (bars, tables, a prediction). */
  panel: ReactNode;
  formula?: ReactNode;
  /** Editable inputs not drawn on a stage (chapters without a stage). */
  inputs?: ReactNode;
  /** The chapter's stage (<Stage>…</Stage>): with one, the step fits one screen around it. */
  stage?: ReactNode;
  /** Which quantity feeds which, for linked highlighting of every [data-q] number in the step. */
  links?: LinkGraph;
}

/**
 * One step on one screen. With a stage (the pattern every chapter moves to): the narrative on the
 * left; on the right the stage (strip + figure, the inputs on it) and under it the step's panel
 * beside the formula, or above it when both do not fit side by side. On phones one column in
 * reading order (narrative, stage, panel, formula), the strip sticky on top.
 * Without a stage (chapters not converted yet): narrative left, panel, formula and inputs right.
 * In the normal view of a wide screen a step's question sits in the narrative column, under the
 * narrative, unless it fits better in its own place in the panel (AskSlot.tsx measures); its answer
 * always appears in the panel. Slides and phones keep it in place.
 */
export function StepLayout({ narrative, panel, formula, inputs, stage, links }: Props) {
  const { projector } = useViewPrefs();
  const inPlace = useContext(KeepQuestionsInPlace);
  const wide = useWideScreen();
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const asideAllowed = Boolean(stage) && wide && !projector && !inPlace;
  const aside = useAsideQuestion(asideAllowed, root);
  useHideEmpty(root);
  if (!stage) {
    return (
        <LinkScope graph={links}>
          <div className="step-layout" ref={root}>
            <div className="step-narrative">{narrative}</div>
            <div className="step-panel">
              {panel}
              {formula && <div className="step-formula">{formula}</div>}
              {inputs}
            </div>
          </div>
        </LinkScope>
    );
  }
  return (
      <LinkScope graph={links}>
        <AskSlotProvider value={aside ? slot : null}>
          <div className="step-layout staged" ref={root}>
            <div className="step-narrative">
              {narrative}
              {asideAllowed && <div className="step-ask" ref={setSlot} />}
            </div>
            {stage}
            <div className="step-under">
              <div className="step-panel">
                {panel}
                {inputs}
              </div>
              {formula && <div className="step-formula">{formula}</div>}
            </div>
          </div>
        </AskSlotProvider>
      </LinkScope>
  );
}
