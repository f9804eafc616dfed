import { useI18n } from '../../i18n/I18nContext';
import { fmtVec } from '../../lesson/format';
import type { OriginNumbers } from '../../lesson/origin/derive';
import { scaleXRow } from '../../lesson/origin/edits';
import type { OriginState } from '../../lesson/origin/model';
import { Predict } from '../common/Predict';
import { richText } from '../common/richText';

/** Predict: doubling X's row "cat" doubles k_cat (the projection is linear), shown with live numbers. */
export function LinearPanel({ n, state, onChange }: { n: OriginNumbers; state: OriginState; onChange: (s: OriginState) => void }) {
  const { t } = useI18n();
  const d = n.doubled;
  const options = (['double', 'same', 'square', 'all'] as const).map((id) => ({ id, label: t(`origin.linear.opt.${id}`) }));
  return (
    <div className="origin-linear">
    <Predict
      question={t('origin.linear.question')}
      options={options}
      correct={['double']}
      answers={[fmtVec(d.after, true)]}
      explanation={t('origin.linear.explain', { before: fmtVec(d.before, true), after: fmtVec(d.after, true), twice: fmtVec(d.twice, true) })}
    >
      {/* On a projector the explanation and the formula state the same three vectors: the table is folded. */}
      <table className="numbers projector-fold">
        <tbody>
          <tr>
            <th scope="row">{richText(t('origin.linear.before'))}</th>
            <td className="num" data-value="kcat.before">{fmtVec(d.before, true)}</td>
          </tr>
          <tr className="emph">
            <th scope="row">{richText(t('origin.linear.after'))}</th>
            <td className="num" data-value="kcat.after">{fmtVec(d.after, true)}</td>
          </tr>
          <tr>
            <th scope="row">{richText(t('origin.linear.twice'))}</th>
            <td className="num">{fmtVec(d.twice, true)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => onChange(scaleXRow(state, 1, 2))}>
          {richText(t('origin.linear.apply'))}
        </button>
      </p>
    </Predict>
    </div>
  );
}
