import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';

import { fitBar, type FitNumbers } from '../../lesson/serve/fit';
import { fq } from '../../lesson/serve/links';
import { BOUNDS, type ServeState } from '../../lesson/serve/model';
import { WithCode } from '../common/WithCode';
import { CardBar } from './CardBar';
import { IntField } from './IntField';

const int = fmtInt;

/** Part A's calculator: the card as a stacked bar, and the two answers (longest context at this batch, largest batch at this context). */
export function FitPanel({ n, state, onChange }: { n: FitNumbers; state: ServeState; onChange: (s: ServeState) => void }) {
  const { t } = useI18n();
  const bar = fitBar(n);
  const limit = n.weights.maxContext;
  return (
    <div className="detail serve-fit">
      <div className="serve-fit-inputs">
        <IntField value={state.batch} min={BOUNDS.batch[0]} max={BOUNDS.batch[1]} label={t('serve.fit.batch')} cellId="batch" q={fq.batch} onCommit={(v) => onChange({ ...state, batch: v })} />
        <IntField value={state.context} min={BOUNDS.context[0]} max={BOUNDS.context[1]} label={t('serve.fit.context')} cellId="context" q={fq.context} onCommit={(v) => onChange({ ...state, context: v })} />
        <IntField value={state.usable} min={BOUNDS.usable[0]} max={BOUNDS.usable[1]} label={t('serve.fit.usable')} cellId="usable" q={fq.usable} onCommit={(v) => onChange({ ...state, usable: v })} />
      </div>
      <CardBar bar={bar} />
      {n.maxBatch === 0 && n.maxContext === 0 ? (
        <p className="error" data-value="fit.noRoom">
          {t('serve.fit.noRoom', { gpus: int(n.gpusForWeights) })}
        </p>
      ) : (
        <ul className="serve-answers">
          <li>
            {t('serve.fit.maxContext', { batch: int(state.batch) })} <strong data-value="fit.maxContext" data-q={fq.maxContext} tabIndex={0}>{int(n.maxContext)}</strong>{' '}
            <button type="button" data-action="use-context" disabled={n.maxContext < 1 || n.maxContext > BOUNDS.context[1] || n.maxContext === state.context} onClick={() => onChange({ ...state, context: n.maxContext })}>
              {t('serve.fit.use')}
            </button>
            {n.maxContext > limit && (
              <span className="hint">
                {' '}
                <WithCode text={t('serve.fit.trained', { model: n.preset.name, limit: int(limit), field: '\u0000' })} code="max_position_embeddings" />
              </span>
            )}
          </li>
          <li>
            {t('serve.fit.maxBatch', { context: int(state.context) })} <strong data-value="fit.maxBatch" data-q={fq.maxBatch} tabIndex={0}>{int(n.maxBatch)}</strong>{' '}
            <button type="button" data-action="use-batch" disabled={n.maxBatch < 1 || n.maxBatch > BOUNDS.batch[1] || n.maxBatch === state.batch} onClick={() => onChange({ ...state, batch: n.maxBatch })}>
              {t('serve.fit.use')}
            </button>
          </li>
        </ul>
      )}
      <p className="hint">
        <WithCode text={t('serve.fit.units', { field: '\u0000' })} code="gpu_memory_utilization" />
      </p>
    </div>
  );
}
