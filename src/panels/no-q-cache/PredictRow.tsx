import { useI18n } from '../../i18n/I18nContext';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { EARLY_TOKENS, NEW_TOKEN } from '../../lesson/no-q-cache/model';
import { fmt } from '../../lesson/format';
import { Predict } from '../common/Predict';
import { AfterHeatmap, RowChangeTable } from './CompareDetail';

const ROW = 2;

/** "Will row “sat” change when “on” is added?": the answer is computed from the live numbers under the current mask. */
export function PredictRow({ n, causal }: { n: NoQNumbers; causal: boolean }) {
  const { t } = useI18n();
  const c = n.current;
  const r = c.rows[ROW];
  const p = { row: EARLY_TOKENS[ROW], token: NEW_TOKEN, w: fmt(r.newColWeight), dw: fmt(r.weightDiff), do: fmt(r.outputDiff) };
  const mask = causal ? t('noq.mask.on') : t('noq.mask.off');
  return (
    <Predict
      key={String(causal)}
      question={t('noq.predict.q', { ...p, mask })}
      options={[
        { id: 'yes', label: t('noq.predict.yes') },
        { id: 'no', label: t('noq.predict.no') },
      ]}
      correct={r.same ? ['no'] : ['yes']}
      explanation={r.same ? t('noq.predict.same', p) : t('noq.predict.changed', p)}
    >
      <RowChangeTable c={c} only={ROW} />
      <AfterHeatmap c={c} />
    </Predict>
  );
}
