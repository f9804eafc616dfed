import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MsgParams } from '../../i18n';
import type { StepDef } from '../../lesson/types';

/** The step's title and its short narrative (paragraphs separated by blank lines in the catalog). */
export function Narrative({ step, params, children }: { step: StepDef; params?: MsgParams; children?: ReactNode }) {
  const { t } = useI18n();
  const paragraphs = t(step.bodyKey, params).split(/\n\n+/);
  return (
    <div className="narrative">
      <h2 tabIndex={-1} className="step-title">
        {t(step.titleKey, params)}
      </h2>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {children}
    </div>
  );
}

/**
 * Narrative on the left; on the right the live panel, the formula under it, then the editable
 * inputs; stacked in that order on phones.
 */
export function StepLayout({ narrative, panel, formula, inputs }: { narrative: ReactNode; panel: ReactNode; formula?: ReactNode; inputs?: ReactNode }) {
  return (
    <div className="step-layout">
      <div className="step-narrative">{narrative}</div>
      <div className="step-panel">
        {panel}
        {formula && <div className="step-formula">{formula}</div>}
        {inputs}
      </div>
    </div>
  );
}
