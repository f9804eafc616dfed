import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { entriesAnswer, needsAnswer } from '../../lesson/no-q-cache/predict';
import { EARLY_TOKENS, NEW_TOKEN } from '../../lesson/no-q-cache/model';
import { fmt } from '../../lesson/format';
import { nq } from '../../lesson/no-q-cache/links';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';

const ROW = 2;
/** The new token's column ("on", after the three earlier tokens). */
const NEW_COL = EARLY_TOKENS.length;
const NEEDS = ['nothing', 'kvNew', 'qOld', 'qNew'] as const;
const ENTRIES = ['row', 'both', 'all'] as const;

/**
 * "What is needed to bring the row of “sat” up to date after “on” arrives?" (the point of the
 * chapter: without the mask, its old query). Computed from the live comparison under the current
 * mask; flipping the mask asks again. `children` is the evidence, rendered only after the guess.
 */
export function PredictRow({ n, causal, children }: { n: NoQNumbers; causal: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const r = n.current.rows[ROW];
  const p = { row: EARLY_TOKENS[ROW], token: NEW_TOKEN, w: fmt(r.newColWeight), dw: fmt(r.weightDiff), do: fmt(r.outputDiff) };
  const mask = causal ? t('noq.mask.on') : t('noq.mask.off');
  const verdict = t(r.same ? 'noq.changes.same' : 'noq.changes.stale');
  return (
    <Predict
      resetKey={String(causal)}
      question={t('noq.predict.q', { ...p, mask })}
      options={NEEDS.map((id) => ({ id, label: t(`noq.predict.opt.${id}`, p) }))}
      correct={[needsAnswer(n.current, ROW)]}
      // The weight on the new token is the stage grid's cell (row, new column) when that cell is not masked (a masked one reads −∞).
      explanation={<LinkedText k={r.same ? 'noq.predict.same' : 'noq.predict.changed'} params={p} links={{ w: n.current.maskedAfter[ROW][NEW_COL] ? undefined : nq.cell('after', ROW, NEW_COL) }} />}
      answers={r.same ? [verdict] : [verdict, p.dw]}
    >
      {children}
    </Predict>
  );
}

/** "“on” has joined: which entries of the weight matrix must be computed now?" Computed from which cells are new or changed. */
export function PredictEntries({ n, causal, children }: { n: NoQNumbers; causal: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const c = n.current;
  const p = { token: NEW_TOKEN, row: c.keysRead, col: c.earlierQNeeded, changed: c.rows.length - c.unchangedRows, total: c.rows.length };
  const count = t('noq.entries.count', p);
  return (
    <Predict
      resetKey={String(causal)}
      question={t('noq.entries.q', { token: NEW_TOKEN, mask: causal ? t('noq.mask.on') : t('noq.mask.off') })}
      options={ENTRIES.map((id) => ({ id, label: t(`noq.entries.opt.${id}`, { token: NEW_TOKEN }) }))}
      correct={[entriesAnswer(c)]}
      explanation={`${count} ${t(entriesAnswer(c) === 'row' ? 'noq.entries.whyRow' : 'noq.entries.whyAll', { token: NEW_TOKEN })}`}
      answers={[count]}
    >
      <p data-value="noq.entries" className="projector-fold">
        {count}
      </p>
      {children}
    </Predict>
  );
}
