import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtVec } from '../../lesson/format';
import { catRowAnswer, type MaskNumbers } from '../../lesson/mask/derive';
import { catRowLinks, mq } from '../../lesson/mask/links';
import { TOKENS } from '../../lesson/mask/model';
import { Heatmap } from '../common/Heatmap';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';
import { TokenChip } from '../common/TokenChip';
import { Note } from '../common/Note';
import { ScrollX } from '../common/ScrollX';
import { useLinks } from '../link/LinkScope';
import { richText } from '../common/richText';

interface Props {
  stepId: string;
  n: MaskNumbers;
  /** The causal switch: whether the stage's grid is masked. */
  causal: boolean;
}

const chips = (from = 0) => TOKENS.slice(from).map((tok, i) => <TokenChip key={tok} token={tok} index={from + i} />);
const not = (m: readonly (readonly boolean[])[]) => m.map((r) => r.map((ok) => !ok));
/** The Predict options: what softmax does to row "cat" once "sat" and "on" are masked (misconceptions included). */
const OPTIONS = ['keep', 'share', 'small', 'negative'] as const;
/** The prediction's row: token 1, "cat". */
const CAT = 1;

/**
 * What the current step adds beside the stage's grid (the grid, the switch and the block size are on
 * the stage): the erratum, the prediction on row "cat", the row sums, the earlier outputs before and
 * after "on", the wrong top-left alignment. Null when the stage says it all.
 */
export function MaskDetail({ stepId, n, causal }: Props) {
  const { t } = useI18n();
  switch (stepId) {
    case 'scores':
      return null;
    case 'scaled':
      return (
        <Note title={t('mask.scaled.erratumTitle')}>
          <p>{richText(t('mask.scaled.erratum'))}</p>
        </Note>
      );
    case 'causal-mask':
      return <CausalStep n={n} switchOn={causal} />;
    case 'weights':
      return (
        <p data-value="rowSums" className="mask-sums">
          {richText(t('mask.weights.sums', { sums: fmtVec(n.rowSums) }))}
        </p>
      );
    case 'encoder-decoder':
      return (
        <>
          <ScrollX>
            {/* One column per dimension, so before and after line up digit by digit (and fit a projector). */}
            <table className="numbers mask-modes">
              <caption>{richText(t('mask.modes.caption'))}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>{richText(t('table.token'))}</th>
                  <th scope="colgroup" colSpan={n.d}>{richText(t('mask.modes.before'))}</th>
                  <th scope="colgroup" colSpan={n.d} className="mask-after">{richText(t('mask.modes.after'))}</th>
                </tr>
                <tr>
                  {[0, 1].flatMap((side) =>
                    n.before[0].map((_, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                      <th key={`${side}.${j}`} scope="col" className={side && !j ? 'mask-after' : undefined}>
                        {j + 1}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {n.before.map((row, i) => (
                  <tr key={TOKENS[i]}>
                    <th scope="row"><TokenChip token={TOKENS[i]} index={i} /></th>
                    {row.map((x, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                      <td key={`b${j}`} className="num">{fmt(x)}</td>
                    ))}
                    {n.after[i].map((x, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                      <td key={`a${j}`} className={j ? 'num' : 'num mask-after'} data-value={`after.${i}.${j}`}>{fmt(x)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
          <p className={n.earlierUnchanged ? 'verdict-ok' : 'error'} role="status" data-value="modes.verdict">
            {richText(t(n.earlierUnchanged ? 'mask.modes.same' : 'mask.modes.changed'))}
          </p>
        </>
      );
    default:
      return <BlockDetail n={n} />;
  }
}

/**
 * The prediction on row "cat": the question, then its weights with and without the mask. The explanation's rows and
 * sum are linked numbers (lesson/mask/links.ts catRowLinks): they light the table's cells, the masked grid's row
 * "cat" on the stage and in the formula, and q and the keys they come from.
 */
function CausalStep({ n, switchOn }: { n: MaskNumbers; switchOn: boolean }) {
  const { t } = useI18n();
  const row = n.catRow;
  const visible = JSON.stringify(n.causalMask[CAT]);
  useLinks(useMemo(() => catRowLinks(JSON.parse(visible), switchOn), [visible, switchOn]));
  return (
    <div className="mask-causal-step">
      <Predict
        question={t('mask.predict.question')}
        options={OPTIONS.map((id) => ({ id, label: t(`mask.predict.opt.${id}`) }))}
        correct={[catRowAnswer(n)]}
        explanation={
          <LinkedText
            k="mask.predict.explain"
            params={{ causal: fmtVec(row.causal), open: fmtVec(row.open), sum: fmt(row.sum) }}
            links={{ causal: mq.catRow('causal'), open: mq.catRow('open'), sum: mq.catSum }}
            wraps={['causal', 'open']}
          />
        }
        answers={[fmtVec(row.causal)]}
      >
        {/* The explanation states both rows: on a slide the table is folded (the normal view keeps it). */}
        <div className="projector-fold">
          <CatRowTable causal={row.causal} open={row.open} />
        </div>
      </Predict>
    </div>
  );
}

/**
 * Row "cat" of the weights with and without the mask, one column per key. Its cells and row headers are linked
 * (pointing lights them; the explanation's rows light them) but are no Tab stops of their own.
 */
function CatRowTable({ causal, open }: { causal: readonly number[]; open: readonly number[] }) {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers">
        <caption>{richText(t('mask.predict.rowCaption'))}</caption>
        <thead>
          <tr>
            <td />
            {TOKENS.map((tok, j) => (
              <th key={tok} scope="col"><TokenChip token={tok} index={j} /></th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="emph">
            <th scope="row" data-q={mq.catRow('causal')}>{richText(t('mask.predict.withMask'))}</th>
            {causal.map((w, j) => (
              <td key={TOKENS[j]} className="num" data-value={`catRow.causal.${j}`} data-q={mq.catW('causal', j)}>{fmt(w)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row" data-q={mq.catRow('open')}>{richText(t('mask.predict.withoutMask'))}</th>
            {open.map((w, j) => (
              <td key={TOKENS[j]} className="num" data-q={mq.catW('open', j)}>{fmt(w)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The top-left alignment that would be wrong (the right one is on the stage), and the computed verdict. */
function BlockDetail({ n }: { n: MaskNumbers }) {
  const { t } = useI18n();
  const b = n.blockView;
  return (
    <>
      <p className={b.matchesFull ? 'verdict-ok' : 'error'} role="status">{richText(t(b.matchesFull ? 'mask.block.matches' : 'mask.block.differs'))}</p>
      <Heatmap
        caption={t('mask.block.wrongCaption')}
        corner={t('mask.corner')}
        rowLabels={chips(b.first)}
        colLabels={chips()}
        values={b.topLeftAdditive}
        masked={not(b.topLeft)}
        dataName="topLeft"
      />
    </>
  );
}
