import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useViewPrefs } from '../ViewContext';
import { fmt, fmtInt, fmtPercent } from '../../lesson/format';
import { wordLang } from '../../lesson/real-model/sentence';
import { budgetPlots, h2oScores, keptSize, sinksFacts } from '../../lesson/shrink/derive';
import { BOUNDS, CONTEXT, POLICIES, type PolicyKind } from '../../lesson/shrink/model';
import { h2oTex } from '../../lesson/shrink/tex';
import { sq } from '../../lesson/shrink/links';
import { LinkedText } from '../common/LinkedText';
import { Formula } from '../common/Formula';
import { AfterGuess, Predict, useRevealed } from '../common/Predict';
import type { PanelProps } from './panelProps';
import { Choice, ShrinkInt } from './ShrinkInt';
import { Summary } from './ShrinkView';
import { PlotLegend, SweepPlot } from './SweepPlot';

/** The cache budget B (rows the newest token reads) with the text's length beside it; on the budget step also the policy drawn. */
export function BudgetControls({ model, state, onChange, view, policy = false }: PanelProps & { policy?: boolean }) {
  const { t } = useI18n();
  const size = keptSize(model, view);
  return (
    <>
    <div className="shrink-row">
      {policy && (
        <Choice<PolicyKind>
          legend={t('shrink.policy')}
          name="shrink-policy"
          value={state.policy}
          options={POLICIES.map((p) => ({ id: p, label: t(`shrink.policy.${p}`) }))}
          onChange={(p) => onChange({ ...state, policy: p })}
          q={sq.policy}
        />
      )}
      <span className="shrink-budget">
        <ShrinkInt value={state.budget} min={BOUNDS.budget[0]} max={BOUNDS.budget[1]} label={t('shrink.budget')} cellId="shrink.budget" q={sq.budget} onCommit={(budget) => onChange({ ...state, budget })} />
        <span className="shrink-note">
          <LinkedText k="shrink.budget.of" params={{ T: fmtInt(view.T) }} links={{ T: sq.T }} />
        </span>
      </span>
    </div>
    <p className="shrink-note shrink-kept" data-value="kept-size">
      <LinkedText
        k="shrink.kept.size"
        params={{ t: fmtInt(view.at), rows: fmtInt(size.rows), all: fmtInt(size.all), bytes: fmtInt(size.bytes), full: fmtInt(size.full) }}
        links={{ t: sq.tok(view.at), rows: sq.keptRows, all: sq.allRows, bytes: sq.keptBytes, full: sq.allBytes }}
      />
    </p>
    </>
  );
}

/** The sinks step's inputs: budget, sinks, and StreamingLLM's positions within the cache. */
export function SinksControls(props: PanelProps) {
  const { state, onChange } = props;
  const { t } = useI18n();
  // The positions switch changes only the prediction: while that is hidden until the guess, it links to nothing on screen.
  const concealed = !useRevealed();
  return (
    <>
      <BudgetControls {...props} />
      <div className="shrink-row">
        <ShrinkInt value={state.sinks} min={BOUNDS.sinks[0]} max={BOUNDS.sinks[1]} label={t('shrink.sinks')} cellId="shrink.sinks" q={sq.sinks} onCommit={(sinks) => onChange({ ...state, sinks })} />
        <label className="shrink-switch" data-q={concealed ? undefined : sq.renumber}>
          <input type="checkbox" checked={state.renumber} onChange={(e) => onChange({ ...state, renumber: e.target.checked })} />
          {t('shrink.renumber')}
        </label>
      </div>
    </>
  );
}

/** Attention sinks: first a guess (does keeping the first tokens help our model?), then the numbers. */
export function SinksGuess({ model, state, view }: PanelProps) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const f = useMemo(() => sinksFacts(model, state), [model, state]);
  const options = (['lower', 'same', 'higher'] as const).map((id) => ({ id, label: t(`shrink.sinks.option.${id}`) }));
  return (
    <div className="shrink-guess">
      <Predict
        question={t('shrink.sinks.question', { B: fmtInt(state.budget), S: fmtInt(state.sinks) })}
        options={options}
        correct={[f.answer]}
        answers={[fmt(f.sinksKl)]}
        explanation={
          <LinkedText
            k="shrink.sinks.explanation"
            params={{
              w: fmt(f.windowKl),
              s: fmt(f.sinksKl),
              B: fmtInt(state.budget),
              S: fmtInt(state.sinks),
              observed: f.share ? fmtPercent(f.share.observed) : '—',
              uniform: f.share ? fmtPercent(f.share.uniform) : '—',
              // A slide's verdict is shorter (same finding, same source); the summary line's means are in the explanation.
              verdict: t(`shrink.sinks.${projector ? 'verdictShort' : 'verdict'}.${f.verdict}`),
            }}
            // The summary's mean KL is the sinks policy's when the stage runs it (the step opens with it).
            links={{ B: sq.budget, S: sq.sinks, s: state.policy === 'sinks' ? sq.mean : undefined }}
          />
        }
      />
      {!projector && (
        <AfterGuess>
          <Summary view={view} />
        </AfterGuess>
      )}
    </div>
  );
}

/** H2O: per layer and K/V head the heavy hitters kept at the selected position with their scores, and the score's formula. */
export function HeavyTable({ model, state, view }: PanelProps) {
  const { t } = useI18n();
  const heads = useMemo(() => h2oScores(model, state), [model, state]);
  const first = heads[0].rows.filter((r) => r.heavy).sort((a, b) => b.score - a.score)[0];
  const { projector } = useViewPrefs();
  const caption = t('shrink.h2o.table', { t: fmtInt(view.at) });
  // On a projector the table is folded (one line; the dots on the stage show what is kept), so the step fits one screen.
  return (
    <div className="shrink-heavy-wrap">
      <details className="shrink-heavy-fold" open={!projector} key={String(projector)}>
        <summary>{caption}</summary>
      <table className="shrink-heavy" data-value="heavy" aria-label={caption}>
        <tbody>
          {heads.map((h) => {
            const heavy = h.rows.filter((r) => r.heavy).sort((a, b) => b.score - a.score);
            return (
              <tr key={`${h.layer}.${h.head}`}>
                <th scope="row">{t('shrink.head', { layer: fmtInt(h.layer + 1), head: fmtInt(h.head + 1) })}</th>
                <td>
                  {heavy.length === 0
                    ? t('shrink.h2o.none')
                    : heavy.map((r) => (
                        <span key={r.t} className="heavy-item linked-q" data-q={sq.score(h.layer, h.head, r.t)} tabIndex={0}>
                          <span lang={wordLang(r.word)}>{r.word}</span>
                          <span className="heavy-pos">{t('shrink.h2o.at', { t: fmtInt(r.t) })}</span> {fmt(r.score)}
                        </span>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </details>
      <div className="step-formula">
        <Formula tex={h2oTex(first ? { word: first.word, pos: first.t, score: first.score, layer: 0, head: 0, t: view.at } : null)} />
      </div>
    </div>
  );
}

/** The budget sweep: mean KL and top-1 agreement of the three policies for every budget, the current one marked. */
export function BudgetPlots({ model, state }: PanelProps) {
  const { t } = useI18n();
  const plots = useMemo(() => budgetPlots(model, state), [model, state]);
  const names = Object.fromEntries(POLICIES.map((p) => [p, t(`shrink.policy.${p}`)]));
  const { projector } = useViewPrefs();
  const mark = { x: plots.mark, label: t('shrink.plot.mark', { B: fmtInt(state.budget) }), q: sq.budget };
  // On a projector the two plots share one legend under both (the current budget is the bold tick under the line).
  const common = { names, xLabel: t('shrink.plot.budget'), mark, legend: !projector };
  return (
    <div className="shrink-plots-wrap">
      <div className="shrink-plots">
        <SweepPlot {...common} plot={plots.kl} caption={t('shrink.plot.kl', { T: fmtInt(plots.T) })} projectorCaption={t('shrink.plot.klShort')} yLabel={t('shrink.plot.klAxis')} kind="kl" dataName="budget-kl" pointQ={{ series: state.policy, x: plots.mark, q: sq.mean }} />
        <SweepPlot {...common} plot={plots.agree} caption={t('shrink.plot.agree')} projectorCaption={t('shrink.plot.agreeShort')} yLabel={t('shrink.plot.agreeAxis')} kind="share" dataName="budget-agree" pointQ={{ series: state.policy, x: plots.mark, q: sq.agree }} />
      </div>
      {projector && <PlotLegend plot={plots.kl} names={names} />}
      <p className="shrink-note shrink-plot-note">{t('shrink.plot.note', { context: fmtInt(CONTEXT) })}</p>
    </div>
  );
}
