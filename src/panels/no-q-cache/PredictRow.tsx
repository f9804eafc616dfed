import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { EARLY_TOKENS, NEW_TOKEN } from '../../lesson/no-q-cache/model';
import { fmt } from '../../lesson/format';
import { Predict } from '../common/Predict';

const ROW = 2;

/**
 * "Compared with the sentence without “on”, will the row of “sat” change?": the answer is computed
 * from the live numbers under the current mask; flipping the mask asks again. `children` is the
 * evidence (comparison tables), rendered only after the guess.
 */
export function PredictRow({ n, causal, children }: { n: NoQNumbers; causal: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const c = n.current;
  const r = c.rows[ROW];
  const p = { row: EARLY_TOKENS[ROW], token: NEW_TOKEN, w: fmt(r.newColWeight), dw: fmt(r.weightDiff), do: fmt(r.outputDiff) };
  const mask = causal ? t('noq.mask.on') : t('noq.mask.off');
  const verdict = t(r.same ? 'noq.changes.same' : 'noq.changes.stale');
  return (
    <Predict
      resetKey={String(causal)}
      question={t('noq.predict.q', { ...p, mask })}
      options={[
        { id: 'yes', label: t('noq.predict.yes') },
        { id: 'no', label: t('noq.predict.no') },
      ]}
      correct={r.same ? ['no'] : ['yes']}
      explanation={r.same ? t('noq.predict.same', p) : t('noq.predict.changed', p)}
      answers={r.same ? [verdict] : [verdict, p.dw]}
    >
      {children}
    </Predict>
  );
}
