import { useI18n } from '../../i18n/I18nContext';
import { richText } from '../common/richText';

/** The causal / bidirectional switch: a labelled role="switch" button, its state also in words. */
export function MaskSwitch({ causal, onToggle }: { causal: boolean; onToggle: (causal: boolean) => void }) {
  const { t } = useI18n();
  return (
    <div className="mask-switch">
      <button type="button" role="switch" aria-checked={causal} onClick={() => onToggle(!causal)} data-switch="causal">
        <span className="switch-track" aria-hidden="true">
          <span className="switch-knob" />
        </span>
        <span>{richText(t('mask.switch.label'))}</span>
      </button>
      <span className="switch-state" aria-live="polite">
        {causal ? t('mask.switch.on') : t('mask.switch.off')}
      </span>
    </div>
  );
}
