import { useI18n } from '../../i18n/I18nContext';
import type { CrossNumbers } from '../../lesson/cross/derive';
import { DEC_TOKENS, ENC_TOKENS } from '../../lesson/cross/model';
import { Predict } from '../common/Predict';
import { CountsTable } from './CountsTable';

/** "After 3 decoded tokens, how many rows does the cross-attention cache hold?", checked against the live caches. */
export function PredictRows({ n, current }: { n: CrossNumbers; current: number }) {
  const { t } = useI18n();
  const last = n.steps[n.steps.length - 1];
  const o = n.options;
  const options = [
    { id: 'decoded', value: o.decoded },
    { id: 'encoder', value: o.encoder },
    { id: 'both', value: o.both },
    { id: 'product', value: o.product },
  ];
  return (
    <div className="cross-predict">
    <Predict
      question={t('cross.predict.q', { n: DEC_TOKENS.length })}
      options={options.map((x) => ({ id: x.id, label: t(`cross.predict.opt.${x.id}` as 'cross.predict.opt.decoded', { v: x.value }) }))}
      correct={options.filter((x) => x.value === last.crossRows).map((x) => x.id)}
      answers={[t('cross.predict.answer', { rows: last.crossRows })]}
      explanation={t('cross.predict.why', { rows: last.crossRows, enc: ENC_TOKENS.length, self: last.selfRows, n: DEC_TOKENS.length })}
    >
      {/* The explanation states both row counts: on a slide the table is folded (the normal view keeps it). */}
      <div className="projector-fold">
        <CountsTable n={n} current={current} />
      </div>
    </Predict>
    </div>
  );
}
