import type { Dispatch } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { Action, Notice } from '../state/appState';

/** A dismissible message, e.g. about a broken shared link. */
export function NoticeBanner({ notice, dispatch }: { notice: Notice | null; dispatch: Dispatch<Action> }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{t(notice.key, notice.params)}</span>
      <button type="button" onClick={() => dispatch({ type: 'dismiss' })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
