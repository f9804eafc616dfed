import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { validEps } from '../../lesson/cost/model';
import { fmt } from '../../lesson/format';
import { NumberCell } from '../common/NumberCell';

/** ε as presets (buttons) and a free NumberCell that must lie strictly between 0 and 1. */
export function EpsControl({ value, presets, onChange }: { value: number; presets: readonly number[]; onChange: (eps: number) => void }) {
  const { t } = useI18n();
  const [bad, setBad] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setBad(false);
  }
  return (
    <div className="input-tools" role="group" aria-label={t('cost.sp.eps')}>
      <span className="dim-label">{t('cost.sp.eps')}</span>
      {presets.map((p) => (
        <button key={p} type="button" aria-pressed={value === p} data-eps={p} onClick={() => onChange(p)}>
          {fmt(p)}
        </button>
      ))}
      <span className={`int-cell${bad ? ' invalid' : ''}`}>
        <NumberCell
          value={value}
          cellId="eps"
          label={t('cost.sp.epsCell')}
          onCommit={(v) => {
            const ok = validEps(v);
            setBad(!ok);
            if (ok) onChange(v);
          }}
        />
        {bad && (
          <span className="cell-error" role="alert" data-error="eps">
            {t('cost.sp.epsError', { last: fmt(value) })}
          </span>
        )}
      </span>
    </div>
  );
}
