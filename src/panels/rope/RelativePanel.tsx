import { useI18n } from '../../i18n/I18nContext';
import { sharedAxis } from '../../lesson/bars';
import { fmt, fmtInt } from '../../lesson/format';
import type { RopeState } from '../../lesson/rope/model';
import type { RelativeNumbers } from '../../lesson/rope/pairs';
import { rl, rq } from '../../lesson/rope/links';
import { Bars } from '../common/Bars';
import { Predict, useRevealed } from '../common/Predict';
import { type DialSpec, Dials } from './Dials';
import { useViewPrefs } from '../ViewContext';
import { PositionControl } from './PositionControl';
import { LinkedText } from '../common/LinkedText';
import { richText } from '../common/richText';

const MOVES = ['up', 'same', 'down'] as const;

/**
 * Each dial shows q and k at (m, n) faint and at (m + s, n + s) solid, both turned by s·θ, so moving the
 * slider moves the arrows before the guess too; each pair's share of q·k (the answer) only once `revealed`.
 */
function movedDials(r: RelativeNumbers, t: ReturnType<typeof useI18n>['t'], revealed: boolean): DialSpec[] {
  return r.shifted.pairs.map((p, i) => {
    const before = r.at.pairs[i];
    const turn = r.turns[i];
    return {
      i,
      arrows: [
        { kind: 'q-before', pair: before.q },
        { kind: 'k-before', pair: before.k },
        { kind: 'k', pair: p.k, tag: 'k' },
        { kind: 'q', pair: p.q, tag: 'q' },
      ],
      arc: { from: before.q, turn },
      lines: [
        <strong key="i">{richText(t('rope.dial.pair', { i }))}</strong>,
        <span key="theta" data-q={rq.theta(i)} tabIndex={0}>
          {richText(t('rope.dial.theta', { i, theta: fmt(p.theta) }))}
        </span>,
        <span key="turn" data-value={`turn2.${i}`} data-q={rl.turn(i)} tabIndex={0}>
          {richText(t('rope.rel.turn', { a: fmt(turn) }))}
        </span>,
        ...(revealed
          ? [
              <span key="dot" data-value={`share2.${i}`} data-q={rl.share(i)} tabIndex={0}>
                {richText(t('rope.rel.share', { a: fmt(before.dot), b: fmt(p.dot) }))}
              </span>,
            ]
          : []),
      ],
      label: revealed ? t('rope.rel.dialLabel', { i, theta: fmt(p.theta), a: fmt(turn), v: fmt(before.dot), w: fmt(p.dot) }) : t('rope.rel.dialLabelTurn', { i, theta: fmt(p.theta), a: fmt(turn) }),
    };
  });
}

/** Step "relative": predict what moving both q and k by s does to their score; then see it, pair by pair, and a distance that does change. */
export function RelativePanel({ r, state, onChange, words }: { r: RelativeNumbers; state: RopeState; onChange: (s: RopeState) => void; words: readonly { word: string; lang: string }[] }) {
  const { t, lang } = useI18n();
  const revealed = useRevealed();
  const { projector } = useViewPrefs();
  const { at, shifted, apart } = r;
  const p = { s: fmtInt(r.shift), m: fmtInt(at.m), n: fmtInt(at.n), m2: fmtInt(shifted.m), n2: fmtInt(shifted.n), q: words[at.qRow].word, k: words[at.kRow].word };
  // "m = 6, n = 1" never breaks; the note after it may go to the next line (a phone is narrow).
  const pos = (x: { m: number; n: number }, note?: 'rope.rel.rowShifted' | 'rope.rel.rowApart') => (
    <>
      <span className="rope-pos">{richText(t('rope.rel.rowAt', { m: fmtInt(x.m), n: fmtInt(x.n) }))}</span>
      {note && (lang === 'zh' ? t(note) : ` ${t(note)}`)}
    </>
  );
  const rows = [
    { key: 'at', label: pos(at), v: at.score, q: rq.score },
    { key: 'shifted', label: pos(shifted, 'rope.rel.rowShifted'), v: shifted.score, q: rl.score2 },
    { key: 'apart', label: pos(apart, 'rope.rel.rowApart'), v: apart.score, q: rl.score3 },
  ];
  const axis = sharedAxis(rows.map((x) => x.v));
  const verdict = t(`rope.rel.verdict.${r.move}`, { diff: fmt(r.diff) });
  return (
    <>
      <div className="rope-controls">
        <PositionControl label={t('rope.rel.shift')} value={r.shift} min={r.range[0]} max={r.range[1]} cellId="shift" q={rl.shift} emph onCommit={(s) => onChange({ ...state, shift: s })} />
      </div>
      <Dials dials={movedDials(r, t, revealed)} scale={at.scale} caption={<LinkedText k="rope.rel.dials" params={p} links={{ m: rq.m, n: rq.n, m2: rl.m2, n2: rl.n2 }} />} />
      {/* On a slide, after the guess, the bars are folded away: this line shows the moved score the explanation says holds still. */}
      {projector && revealed ? (
        <p className="rope-score" data-value="score" data-moved={p.s}>
          <LinkedText
            k="rope.rel.scoreBoth"
            params={{ m: p.m, n: p.n, v: fmt(at.score), m2: p.m2, n2: p.n2, w: fmt(shifted.score) }}
            links={{ m: rq.m, n: rq.n, v: rq.score, m2: rl.m2, n2: rl.n2, w: rl.score2 }}
          />
        </p>
      ) : (
        <p className="rope-score" data-value="score">
          <LinkedText k="rope.score" params={{ m: p.m, n: p.n, v: fmt(at.score), scaled: fmt(at.scaled) }} links={{ m: rq.m, n: rq.n, v: rq.score, scaled: rl.scaled }} />
        </p>
      )}
      <Predict
        question={t('rope.rel.q', p)}
        options={MOVES.map((id) => ({ id, label: t(`rope.rel.opt.${id}`) }))}
        correct={[r.move]}
        explanation={<LinkedText k={r.move === 'same' ? 'rope.rel.why' : 'rope.rel.whyMoved'} params={{ ...p, d: fmtInt(at.m - at.n), diff: fmt(r.diff) }} links={{ d: rl.dist, diff: rl.diff }} />}
        answers={[verdict]}
      >
        <p className="rope-verdict" data-value="rel.verdict" data-q={rl.diff} tabIndex={0}>
          {verdict}
        </p>
        <Bars
          items={rows.map((x) => ({ key: x.key, label: x.label, value: x.v, text: fmt(x.v), dataValue: `rel.${x.key}`, q: x.q, emphasis: x.key !== 'apart' }))}
          axis={axis}
          group="scores"
          caption={t('rope.rel.bars', { d: fmtInt(at.m - at.n) })}
          valueHeader={t('rope.rel.score')}
          labelHeader={t('rope.rel.positions')}
        />
      </Predict>
    </>
  );
}
