import type { Dispatch, SetStateAction } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { THEMES, type ViewPrefs } from '../state/viewPrefs';
import { toggleFullscreen } from './useViewKeys';

const THEME_KEY = { system: 'view.theme.system', light: 'view.theme.light', dark: 'view.theme.dark' } as const;

/** Projector mode, fullscreen, predictions on/off, blank screen and theme. */
export function ViewControls({ view, setView }: { view: ViewPrefs; setView: Dispatch<SetStateAction<ViewPrefs>> }) {
  const { t } = useI18n();
  return (
    <div className="view-controls" role="group" aria-label={t('view.label')}>
      <button type="button" aria-pressed={view.projector} onClick={() => setView((v) => ({ ...v, projector: !v.projector }))} title={t('view.projectorHint')} data-control="projector">
        {t('view.projector')}
      </button>
      {view.projector && (
        <>
          <button type="button" onClick={toggleFullscreen}>{t('view.fullscreen')}</button>
          <button type="button" aria-pressed={!view.predictions} onClick={() => setView((v) => ({ ...v, predictions: !v.predictions }))} data-control="reveal">
            {t('view.revealDirectly')}
          </button>
          <button type="button" onClick={() => setView((v) => ({ ...v, blank: true }))}>{t('view.blank')}</button>
        </>
      )}
      <label className="theme-select">
        <span>{t('view.theme')}</span>
        <select value={view.theme} onChange={(e) => setView((v) => ({ ...v, theme: e.target.value as ViewPrefs['theme'] }))} data-control="theme">
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(THEME_KEY[th])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
