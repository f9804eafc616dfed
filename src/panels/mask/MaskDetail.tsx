import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtVec } from '../../lesson/format';
import { catRowAnswer, type MaskNumbers } from '../../lesson/mask/derive';
import { type MaskState, TOKENS } from '../../lesson/mask/model';
import { Heatmap } from '../common/Heatmap';
import { Predict } from '../common/Predict';
import { TokenChip } from '../common/TokenChip';
import { Stepper } from './Stepper';
import { MaskSwitch } from './MaskSwitch';
import { ScrollX } from '../common/ScrollX';

interface Props {
  stepId: string;
  n: MaskNumbers;
  state: MaskState;
  onChange: (s: MaskState) => void;
}

const chips = (from = 0) => TOKENS.slice(from).map((tok, i) => <TokenChip key={tok} token={tok} index={from + i} />);
const not = (m: readonly (readonly boolean[])[]) => m.map((r) => r.map((ok) => !ok));
const BLOCK_KEYS = { label: 'mask.block.size', value: 'mask.block.value', fewer: 'mask.block.fewer', more: 'mask.block.more' } as const;
/** The Predict options: what softmax does to row "cat" once "sat" and "on" are masked (misconceptions included). */
const OPTIONS = ['keep', 'share', 'small', 'negative'] as const;

/** The part of the panel that belongs to the current step of the attention-matrix chapter. */
export function MaskDetail({ stepId, n, state, onChange }: Props) {
  const { t } = useI18n();
  const corner = t('mask.corner');
  const toggle = <MaskSwitch causal={state.causal} onToggle={(causal) => onChange({ ...state, causal })} />;
  const weights = (
    <Heatmap
      caption={t(state.causal ? 'mask.weights.captionCausal' : 'mask.weights.captionBi')}
      corner={corner}
      rowLabels={chips()}
      colLabels={chips()}
      values={n.trace.weights}
      domain={[0, 1]}
      dataName="weights"
      masked={not(n.mask)}
    />
  );
  switch (stepId) {
    case 'scores':
      return <Heatmap caption={t('mask.scores.caption')} corner={corner} rowLabels={chips()} colLabels={chips()} values={n.scores} dataName="scores" />;
    case 'scaled':
      return (
        <>
          <Heatmap caption={t('mask.scaled.caption', { d: n.d, sqrt: fmt(n.sqrtD) })} corner={corner} rowLabels={chips()} colLabels={chips()} values={n.scaled} dataName="scaled" />
          <aside className="erratum">
            <h3>{t('mask.scaled.erratumTitle')}</h3>
            <p>{t('mask.scaled.erratum')}</p>
          </aside>
        </>
      );
    case 'causal-mask': {
      const row = n.catRow;
      return (
        <>
          {toggle}
          <Heatmap
            caption={t(state.causal ? 'mask.masked.caption' : 'mask.masked.captionBi')}
            corner={corner}
            rowLabels={chips()}
            colLabels={chips()}
            values={n.masked}
            masked={not(n.mask)}
            dataName="masked"
            emphasisRows={[1]}
          />
          <Predict
            question={t('mask.predict.question')}
            options={OPTIONS.map((id) => ({ id, label: t(`mask.predict.opt.${id}`) }))}
            correct={[catRowAnswer(n)]}
            explanation={t('mask.predict.explain', { causal: fmtVec(row.causal), open: fmtVec(row.open), sum: fmt(row.sum) })}
            answers={[fmtVec(row.causal)]}
          >
            <CatRowTable causal={row.causal} open={row.open} />
          </Predict>
        </>
      );
    }
    case 'weights':
      return (
        <>
          {toggle}
          {weights}
          <p className="hint" data-value="rowSums">
            {t('mask.weights.sums', { sums: fmtVec(n.rowSums) })}
          </p>
        </>
      );
    case 'encoder-decoder':
      return (
        <>
          {toggle}
          <ScrollX>
            <table className="numbers">
              <caption>{t('mask.modes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.token')}</th>
                  <th scope="col">{t('mask.modes.before')}</th>
                  <th scope="col">{t('mask.modes.after')}</th>
                </tr>
              </thead>
              <tbody>
                {n.before.map((row, i) => (
                  <tr key={TOKENS[i]}>
                    <th scope="row"><TokenChip token={TOKENS[i]} index={i} /></th>
                    <td className="num">{fmtVec(row)}</td>
                    <td className="num" data-value={`after.${i}`}>{fmtVec(n.after[i])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
          <p className={n.earlierUnchanged ? 'verdict-ok' : 'hint'} role="status" data-value="modes.verdict">
            {t(n.earlierUnchanged ? 'mask.modes.same' : 'mask.modes.changed')}
          </p>
          {weights}
        </>
      );
    default:
      return <BlockDetail n={n} state={state} onChange={onChange} />;
  }
}

/** Row "cat" of the weights with and without the mask, one column per key. */
function CatRowTable({ causal, open }: { causal: readonly number[]; open: readonly number[] }) {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers">
        <caption>{t('mask.predict.rowCaption')}</caption>
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
            <th scope="row">{t('mask.predict.withMask')}</th>
            {causal.map((w, j) => (
              <td key={TOKENS[j]} className="num" data-value={`catRow.causal.${j}`}>{fmt(w)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('mask.predict.withoutMask')}</th>
            {open.map((w, j) => (
              <td key={TOKENS[j]} className="num">{fmt(w)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The newest queries against every key: the bottom-right mask, and the top-left one that would be wrong. */
function BlockDetail({ n, state, onChange }: { n: MaskNumbers; state: MaskState; onChange: (s: MaskState) => void }) {
  const { t } = useI18n();
  const b = n.blockView;
  const corner = t('mask.corner');
  return (
    <>
      <Stepper keys={BLOCK_KEYS} value={state.block} min={1} max={TOKENS.length} onChange={(block) => onChange({ ...state, block })} />
      <Heatmap
        caption={t('mask.block.caption', { b: b.mask.length })}
        corner={corner}
        rowLabels={chips(b.first)}
        colLabels={chips()}
        values={b.trace.scaled}
        masked={not(b.mask)}
        dataName="block"
      />
      <Heatmap
        caption={t('mask.block.wrongCaption')}
        corner={corner}
        rowLabels={chips(b.first)}
        colLabels={chips()}
        values={b.topLeftAdditive}
        masked={not(b.topLeft)}
        dataName="topLeft"
      />
      <p className={b.matchesFull ? 'verdict-ok' : 'error'} role="status">{t(b.matchesFull ? 'mask.block.matches' : 'mask.block.differs')}</p>
    </>
  );
}
