import { richText } from './richText';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  /** The reset button's text, e.g. "Reset to the running example". */
  resetLabel: string;
  /** False when every input already has its default (the button is then disabled). */
  edited: boolean;
  onReset: () => void;
  /** Where the inputs come from, in the chapter's words; the common help on editing cells follows it. */
  source: string;
  /** Controls before the reset button (e.g. the vector length d). */
  children?: ReactNode;
}

/** The tools under a stage's editable cells: optional controls, "reset to the defaults", and a folded help line. */
export function InputTools({ resetLabel, edited, onReset, source, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="input-tools">
      {children}
      <button type="button" disabled={!edited} onClick={onReset}>
        {resetLabel}
      </button>
      <details className="stage-help">
        <summary>{t('stage.help')}</summary>
        <p className="hint">
          {source} {richText(t('cell.help'))}
        </p>
      </details>
    </div>
  );
}
