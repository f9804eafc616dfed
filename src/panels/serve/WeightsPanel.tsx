import { useState } from 'react';
import { richText } from '../common/richText';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { sharedAxis } from '../../lesson/bars';
import { fmtBinary } from '../../lesson/memory/bytes';
import { bytesOf, type FitNumbers } from '../../lesson/serve/fit';
import { fq } from '../../lesson/serve/links';
import { Bars } from '../common/Bars';
import { ScrollX } from '../common/ScrollX';

const int = fmtInt;

/** Parameters of the chosen model by part (bars on one axis), the exact total against the published count, and every tensor on request. */
export function WeightsPanel({ n, dtype }: { n: FitNumbers; dtype: string }) {
  const { t } = useI18n();
  const w = n.weights;
  const matches = n.matchesPublished;
  return (
    <div className="detail serve-weights">
      <Bars
        caption={t('serve.weights.caption', { model: n.preset.name })}
        labelHeader={t('serve.weights.part')}
        valueHeader={t('serve.weights.params')}
        axis={sharedAxis(n.groups.map((g) => g.params))}
        group="params"
        items={n.groups.map((g) => ({ key: g.group, label: t(`serve.group.${g.group}`), value: g.params, text: int(g.params), dataValue: `params.${g.group}`, q: fq.group(g.group) }))}
      />
      <p className="serve-total">
        <span>{t('serve.weights.total')}</span> <strong data-value="params.total" data-q={fq.params} tabIndex={0}>{int(n.params)}</strong>{' '}
        <span className={matches ? 'verdict-ok' : 'error'}>
          {matches
            ? t(w.rounded ? 'serve.weights.matchRounded' : 'serve.weights.match', { published: w.rounded ? String(n.publishedBillions) : int(w.published) })
            : t('serve.weights.mismatch', { published: int(w.published) })}
        </span>
      </p>
      <p>
        {t('serve.weights.bytes', { dtype })}{' '}
        <strong data-value="weights.bytes" data-q={fq.W} tabIndex={0}>{fmtBinary(bytesOf(n.weightBits))}</strong>
      </p>
    </div>
  );
}

/** Where the counts come from, and every tensor with its shape and copies on request. */
export function TensorList({ n }: { n: FitNumbers }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const w = n.weights;
  return (
    <div className="serve-tensor-list">
      <p className="hint">
        {richText(t(n.preset.own ? 'serve.weights.ownSource' : 'serve.weights.source'))} <code lang="en">{w.fields}</code>
      </p>
      <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
        {t(all ? 'serve.weights.hideTensors' : 'serve.weights.showTensors')}
      </button>
      {all && (
        <ScrollX>
          <table className="numbers serve-tensors">
            <caption>{t('serve.weights.tensorsCaption', { model: n.preset.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('serve.weights.tensor')}</th>
                <th scope="col">{t('serve.weights.shape')}</th>
                <th scope="col" className="num">{t('serve.weights.copies')}</th>
                <th scope="col" className="num">{t('serve.weights.params')}</th>
              </tr>
            </thead>
            <tbody>
              {n.tensors.map((x) => (
                <tr key={x.id}>
                  <th scope="row">
                    <code lang="en">{w.names[x.id] ?? x.id}</code>
                  </th>
                  <td className="num">{x.shape.map(int).join(' × ')}</td>
                  <td className="num">{int(x.copies)}</td>
                  <td className="num">{int(x.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
    </div>
  );
}
