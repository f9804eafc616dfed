import { useId } from 'react';
import { joinWords } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { WEIGHT_AXIS } from '../../lesson/bars';
import { fmt, fmtInt } from '../../lesson/format';
import type { BugNumbers, Top5 } from '../../lesson/rope/bug';
import { bq } from '../../lesson/rope/links';
import { LinkedText } from '../common/LinkedText';
import { BUG_MODES, GEN_STEPS, type RopeState } from '../../lesson/rope/model';
import { Bars } from '../common/Bars';
import { NumberCell } from '../common/NumberCell';
import { Predict } from '../common/Predict';
import { ScrollX } from '../common/ScrollX';
import { plainText, richText } from '../common/richText';

/** The decode loop as code, with the position expression of the chosen rule (identifiers: English in both languages). */
const CODE: Record<(typeof BUG_MODES)[number], string> = { right: 'T + s', zero: '0', 'off-by-one': 'T - 1 + s' };

/** The rule picker, how many tokens to generate, and the loop it runs. */
function LoopControls({ state, onChange, max }: { state: RopeState; onChange: (s: RopeState) => void; max: number }) {
  const { t } = useI18n();
  const genId = useId();
  return (
    <div className="rope-loop">
      <fieldset className="rope-modes" data-q={bq.rule}>
        <legend>{richText(t('rope.bug.rule'))}</legend>
        {BUG_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="rope-bug" value={m} checked={state.bug === m} onChange={() => onChange({ ...state, bug: m, atStep: 0 })} />
            {richText(t(`rope.bug.mode.${m}`))}
          </label>
        ))}
      </fieldset>
      <span className="rope-gen" data-q={bq.gen}>
        <label htmlFor={genId}>{richText(t('rope.bug.gen'))}</label>
        <NumberCell id={genId} value={Math.min(state.gen, max)} label={t('rope.bug.gen')} cellId="gen" rule={{ integer: true, min: GEN_STEPS[0], max }} onCommit={(g) => onChange({ ...state, gen: g, atStep: 0 })} />
      </span>
      <ScrollX>
      <pre className="rope-code" lang="en">
        <code>
          {'for s in range(N):\n    logits, cache = model(token, cache, '}
          <span data-q={bq.code} tabIndex={0}>{`pos=${CODE[state.bug]}`}</span>
          {')\n    token = logits.argmax()'}
        </code>
      </pre>
      </ScrollX>
    </div>
  );
}

/** The two loops word by word: positions fed, words generated, KL divergence and top-1 per decode step; a step's header picks the top-5 shown. */
function StepTable({ b, onPick, lang }: { b: BugNumbers; onPick: (s: number) => void; lang: (id: number) => string }) {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers rope-steps">
        <caption>{richText(t('rope.bug.tableCaption'))}</caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('rope.bug.step'))}</th>
            {b.steps.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decode steps in order
              <th key={i} scope="col" className={b.at === i + 1 ? 'emph' : undefined}>
                <button type="button" className="quiet" aria-pressed={b.at === i + 1} data-pick={i + 1} aria-label={plainText(t('rope.bug.pick', { s: i + 1 }))} onClick={() => onPick(i + 1)}>
                  {i + 1}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-row="right">
            <th scope="row">{richText(t('rope.bug.rowRight'))}</th>
            {b.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decode steps in order
              <td key={i} data-value={`right.${i + 1}`} data-q={bq.rightWord(i + 1)}>
                <span lang={lang(s.rightId)}>{s.right}</span>
                {s.rightPos !== null && (
                  <sub data-q={bq.right(i + 1)} tabIndex={0}>
                    {fmtInt(s.rightPos)}
                  </sub>
                )}
              </td>
            ))}
          </tr>
          <tr data-row="wrong">
            <th scope="row">{richText(t(b.mode === 'right' ? 'rope.bug.rowLoop' : 'rope.bug.rowWrong'))}</th>
            {b.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decode steps in order
              <td key={i} data-value={`wrong.${i + 1}`} className={s.wrong !== s.right ? 'differs' : undefined} data-q={bq.wrongWord(i + 1)}>
                {s.wrong !== s.right && <span aria-hidden="true">✗ </span>}
                <span lang={lang(s.wrongId)}>{s.wrong}</span>
                {s.wrongPos !== null && (
                  <sub data-q={bq.wrong(i + 1)} tabIndex={0}>
                    {fmtInt(s.wrongPos)}
                  </sub>
                )}
                {s.wrong !== s.right && <span className="sr-only"> {t('punct.paren', { text: t('rope.bug.differs') })}</span>}
              </td>
            ))}
          </tr>
          <tr data-row="kl">
            <th scope="row">{richText(t('rope.bug.rowKl'))}</th>
            {b.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decode steps in order
              <td key={i} className={`num${s.sameTop1 ? '' : ' differs'}`} data-value={`kl.${i + 1}`} data-q={bq.kl(i + 1)} tabIndex={0}>
                {fmt(s.kl)}
                {!s.sameTop1 && <span className="rope-flag"> {t('rope.bug.top1Changed')}</span>}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollX>
  );
}

/** Top-5 bars of one distribution, on the fixed 0–1 probability axis. */
function TopBars({ top, caption, group, lang, q }: { top: Top5; caption: string; group: string; lang: (id: number) => string; q: (rank: number) => string }) {
  const { t } = useI18n();
  return (
    <Bars
      items={top.map((x, k) => ({ key: String(x.id), label: <span lang={lang(x.id)}>{x.word}</span>, value: x.p, text: fmt(x.p), dataValue: `${group}.${x.word}`, q: q(k) }))}
      axis={WEIGHT_AXIS}
      group="probabilities"
      caption={caption}
      valueHeader={t('rope.bug.p')}
      labelHeader={t('rope.bug.word')}
    />
  );
}

/** The comparison under the loop: the step table and the chosen step's top-5 with both rules. */
function Comparison({ b, state, onChange, lang }: { b: BugNumbers; state: RopeState; onChange: (s: RopeState) => void; lang: (id: number) => string }) {
  const { t } = useI18n();
  return (
    <>
      <p className="rope-verdict" data-value="bug.summary">
        <LinkedText k="rope.bug.summary" params={{ differ: fmtInt(b.differ), n: fmtInt(b.gen), kl: fmt(b.maxKl) }} links={{ differ: bq.differ, kl: bq.maxKl }} />
      </p>
      <StepTable b={b} onPick={(s) => onChange({ ...state, atStep: s })} lang={lang} />
      <div className="rope-tops">
        <TopBars top={b.rightTop} caption={t('rope.bug.topRight', { s: b.at })} group="topRight" lang={lang} q={bq.topRight} />
        <TopBars top={b.wrongTop} caption={t('rope.bug.topWrong', { s: b.at })} group="topWrong" lang={lang} q={bq.topWrong} />
      </div>
    </>
  );
}

const ANSWERS = ['none', 'some', 'all'] as const;

/** Steps "wrong-position" (predict first) and "fix": the decode loop with a position rule, against the right one. */
export function BugPanel({ b, state, onChange, ask, maxGen, lang }: { b: BugNumbers; state: RopeState; onChange: (s: RopeState) => void; ask: boolean; maxGen: number; lang: (id: number) => string }) {
  const { t } = useI18n();
  const answer = b.differ === 0 ? 'none' : b.differ === b.gen ? 'all' : 'some';
  const rule = t(`rope.bug.mode.${b.mode}`);
  const count = t('rope.bug.differCount', { differ: fmtInt(b.differ), n: fmtInt(b.gen) });
  return (
    <>
      <LoopControls state={state} onChange={onChange} max={maxGen} />
      {ask && (
        <p className="rope-right-words" data-value="bug.rightWords" data-q={bq.rightWords} tabIndex={0}>
          {richText(t('rope.bug.rightWords', { words: joinWords(b.steps.map((x) => x.right)) }))}
        </p>
      )}
      {ask ? (
        <Predict
          resetKey={b.mode}
          question={t('rope.bug.q', { rule, n: fmtInt(b.gen) })}
          options={ANSWERS.map((id) => ({ id, label: t(`rope.bug.opt.${id}`) }))}
          correct={[answer]}
          explanation={
            <LinkedText
              k="rope.bug.explain"
              params={{}}
              links={{}}
              nodes={{
                count: <LinkedText k="rope.bug.differCount" params={{ differ: fmtInt(b.differ), n: fmtInt(b.gen) }} links={{ differ: bq.differ, n: bq.gen }} />,
                why: <LinkedText k={b.differ === 0 ? 'rope.bug.whyNone' : 'rope.bug.why'} params={{ kl: fmt(b.maxKl) }} links={{ kl: bq.maxKl }} />,
              }}
            />
          }
          answers={[count]}
        >
          <p data-value="bug.count">
            <LinkedText k="rope.bug.differCount" params={{ differ: fmtInt(b.differ), n: fmtInt(b.gen) }} links={{ differ: bq.differ }} />
          </p>
          <Comparison b={b} state={state} onChange={onChange} lang={lang} />
        </Predict>
      ) : (
        <>
          <Comparison b={b} state={state} onChange={onChange} lang={lang} />
          <p className="rope-check" data-value="fix.check">
            <LinkedText k="rope.fix.check" params={{ v: fmt(b.vsNoCache) }} links={{ v: bq.check }} />
          </p>
        </>
      )}
    </>
  );
}
