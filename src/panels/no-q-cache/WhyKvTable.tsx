import { useI18n } from '../../i18n/I18nContext';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { EARLY_TOKENS, NEW_TOKEN } from '../../lesson/no-q-cache/model';
import { ScrollX } from '../common/ScrollX';

/** What adding "on" needs, with the mask and without: counts taken from the two live comparisons. */
export function WhyKvTable({ n }: { n: NoQNumbers }) {
  const { t } = useI18n();
  const on = n.current.causal ? n.current : n.other;
  const off = n.current.causal ? n.other : n.current;
  const total = EARLY_TOKENS.length;
  const rows = [
    { key: 'qNew', label: t('noq.why.qNew', { token: NEW_TOKEN }), a: t('noq.why.needed'), b: t('noq.why.needed') },
    { key: 'qOld', label: t('noq.why.qOld'), a: t('noq.why.count', { n: on.earlierQNeeded, total }), b: t('noq.why.count', { n: off.earlierQNeeded, total }) },
    { key: 'kv', label: t('noq.why.kv'), a: t('noq.why.count', { n: on.keysRead, total: on.after.weights.length }), b: t('noq.why.count', { n: off.keysRead, total: off.after.weights.length }) },
    { key: 'valid', label: t('noq.why.valid'), a: t('noq.why.count', { n: on.unchangedRows, total }), b: t('noq.why.count', { n: off.unchangedRows, total }) },
  ];
  return (
    <ScrollX>
      <table className="numbers noq-why">
        <caption>{t('noq.why.caption', { token: NEW_TOKEN })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('noq.why.what')}</th>
            <th scope="col">{t('noq.why.withMask')}</th>
            <th scope="col">{t('noq.why.withoutMask')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-why={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.a}</td>
              <td>{r.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
