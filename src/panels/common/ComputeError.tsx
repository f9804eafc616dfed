import { useI18n } from '../../i18n/I18nContext';

/** Shown in place of a panel when the core rejects the current inputs (its message names the problem). */
export function ComputeError({ detail }: { detail: string }) {
  const { t } = useI18n();
  return (
    <p className="error" role="alert">
      {t('error.compute', { detail })}
    </p>
  );
}
