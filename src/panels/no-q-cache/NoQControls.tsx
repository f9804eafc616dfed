import { useI18n } from '../../i18n/I18nContext';
import { NEW_TOKEN, type NoQState } from '../../lesson/no-q-cache/model';

/** Add/remove "on" and the causal-mask switch; both keyboard operable and labelled in words. */
export function NoQControls({ state, onChange, highlight }: { state: NoQState; onChange: (s: NoQState) => void; highlight: readonly string[] }) {
  const { t } = useI18n();
  const hi = (part: string) => (highlight.includes(part) ? ' emph' : '');
  return (
    <div className="noq-controls" role="group" aria-label={t('noq.controls')}>
      <button type="button" className={`noq-add${hi('add')}`} data-action="toggle-on" onClick={() => onChange({ ...state, added: !state.added })}>
        {state.added ? t('noq.remove', { token: NEW_TOKEN }) : t('noq.addBtn', { token: NEW_TOKEN })}
      </button>
      <label className={`noq-switch${hi('mask')}`}>
        <input type="checkbox" role="switch" data-action="mask" checked={state.causal} onChange={(e) => onChange({ ...state, causal: e.target.checked })} />
        <span>{t('noq.mask.label')}</span>
        <strong className={state.causal ? 'mask-on' : 'mask-off'}>{state.causal ? t('noq.mask.on') : t('noq.mask.off')}</strong>
      </label>
    </div>
  );
}
