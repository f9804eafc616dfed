import { type ReactNode, useContext, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { reachedParts } from '../../lesson/stage/emphasis';
import type { ChapterDef, StepDef } from '../../lesson/types';
import { useRevealed } from '../common/Predict';
import { StageCtx, useStagePart } from './StageContext';
import { plainText, richText } from '../common/richText';

/** One chip of the strip: the part's symbol, its meaning for screen readers and as a tooltip. */
function StripPart({ id, symbol, label, first, also = [] }: { id: string; symbol: string; label: string; first: boolean; also?: readonly string[] }) {
  const part = useStagePart(id, 'strip-part');
  const ctx = useContext(StageCtx);
  // The cache chip stands for every store part (k, v, the new row): emphasised when any of them is.
  const emph = part.emphasis === 'emph' || also.some((a) => ctx?.step.highlight?.includes(a));
  const className = emph ? part.props.className.replace('part-quiet', 'part-emph') : part.props.className;
  return (
    <li {...part.props} className={className} title={plainText(label)} aria-current={emph ? 'step' : undefined}>
      {!first && (
        <span className="strip-arrow" aria-hidden="true">
          →
        </span>
      )}
      <span className="strip-symbol" aria-hidden="true">
        {richText(symbol)}
      </span>
      <span className="sr-only">{plainText(label)}</span>
    </li>
  );
}

/**
 * A chapter's stage: the strip (its data flow as chips with arrows, the step's parts emphasised;
 * sticky at the top on phones) and the figure the chapter draws as `children`, whose parts call
 * useStagePart(id) for their emphasis. Returns two siblings so StepLayout can place the strip on
 * its own (grid area "strip") and keep it in view while the step scrolls.
 */
export function Stage({ chapter, step, children }: { chapter: ChapterDef; step: StepDef; children: ReactNode }) {
  const { t } = useI18n();
  const revealed = useRevealed();
  const reached = useMemo(() => reachedParts(chapter, step.id), [chapter, step.id]);
  const value = useMemo(() => ({ step, reached, revealed }), [step, reached, revealed]);
  const def = chapter.stage;
  if (!def) return null;
  const store = def.store?.[0];
  return (
    <StageCtx.Provider value={value}>
      <div className="stage-strip" data-stage={def.id}>
        <ol aria-label={t('stage.strip')}>
          {store && (
            <StripPart id={store.id} symbol={store.symbol} label={t(store.labelKey)} first also={def.store?.map((p) => p.id)} />
          )}
          {def.flow.map((p, i) => (
            <StripPart key={p.id} id={p.id} symbol={p.symbol} label={t(p.labelKey)} first={i === 0} />
          ))}
        </ol>
      </div>
      <figure className="stage" aria-label={plainText(t(def.titleKey))} data-stage={def.id}>
        {children}
      </figure>
    </StageCtx.Provider>
  );
}
