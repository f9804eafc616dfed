import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { MAX_POSITION, OWN, type RopeState } from '../../lesson/rope/model';
import { rq } from '../../lesson/rope/links';
import type { PairsNumbers } from '../../lesson/rope/pairs';
import { type DialSpec, Dials } from './Dials';
import { TokenSelect } from './HeadPicker';
import { PositionControl } from './PositionControl';
import { richText } from '../common/richText';

type Words = readonly { word: string; lang: string }[];

/** Dials of q (solid, turned m·θ_i from its faint unturned self) and k (dashed, turned n·θ_i), pair by pair, with their numbers. */
export function pairDials(n: PairsNumbers, t: ReturnType<typeof useI18n>['t']): DialSpec[] {
  return n.pairs.map((p) => ({
    i: p.i,
    arrows: [
      { kind: 'q-before', pair: p.qRaw },
      { kind: 'k', pair: p.k, tag: 'k' },
      { kind: 'q', pair: p.q, tag: 'q' },
    ],
    arc: { from: p.qRaw, turn: p.qTurn },
    lines: [
      <strong key="i">{richText(t('rope.dial.pair', { i: p.i }))}</strong>,
      <span key="theta" data-q={rq.theta(p.i)} tabIndex={0}>
        {richText(t('rope.dial.theta', { i: p.i, theta: fmt(p.theta) }))}
      </span>,
      <span key="q" data-value={`turn.q.${p.i}`} data-q={rq.qTurn(p.i)} tabIndex={0}>
        {richText(t('rope.dial.qTurn', { m: fmtInt(n.m), a: fmt(p.qTurn) }))}
      </span>,
      <span key="k" data-value={`turn.k.${p.i}`} data-q={rq.kTurn(p.i)} tabIndex={0}>
        {richText(t('rope.dial.kTurn', { n: fmtInt(n.n), a: fmt(p.kTurn) }))}
      </span>,
      <span key="dot" data-value={`share.${p.i}`} data-q={rq.share(p.i)} tabIndex={0}>
        {richText(t('rope.dial.share', { v: fmt(p.dot) }))}
      </span>,
    ],
    label: t('rope.dial.label', { i: p.i, theta: fmt(p.theta), m: fmtInt(n.m), a: fmt(p.qTurn), n: fmtInt(n.n), b: fmt(p.kTurn), v: fmt(p.dot) }),
  }));
}

/** Step "pairs": move the query's and the key's positions and watch every pair turn at its own rate. */
export function PairsPanel({ n, state, onChange, words, emph }: { n: PairsNumbers; state: RopeState; onChange: (s: RopeState) => void; words: Words; emph: boolean }) {
  const { t } = useI18n();
  const q = words[n.qRow];
  const k = words[n.kRow];
  const own = state.qPos === OWN && state.kPos === OWN;
  return (
    <>
      <div className="rope-controls">
        <TokenSelect label={t('rope.key.pick')} value={n.kRow} words={words.slice(0, n.qRow + 1)} action="key-row" onChange={(r) => onChange({ ...state, kRow: r, kPos: OWN })} />
        <PositionControl label={t('rope.pos.q', { word: q.word })} value={n.m} min={0} max={MAX_POSITION} cellId="pos.m" q={rq.m} emph={emph} onCommit={(m) => onChange({ ...state, qPos: m })} />
        <PositionControl label={t('rope.pos.k', { word: k.word })} value={n.n} min={0} max={MAX_POSITION} cellId="pos.n" q={rq.n} emph={emph} onCommit={(v) => onChange({ ...state, kPos: v })} />
        <button type="button" disabled={own} data-action="own-positions" onClick={() => onChange({ ...state, qPos: OWN, kPos: OWN })}>
          {richText(t('rope.pos.own'))}
        </button>
      </div>
      <Dials
        dials={pairDials(n, t)}
        scale={n.scale}
        selected={state.pair}
        onSelect={(i) => onChange({ ...state, pair: i })}
        caption={t('rope.dials.caption', { q: q.word, k: k.word, m: fmtInt(n.m), n: fmtInt(n.n) })}
      />
      <p className="rope-legend">{richText(t('rope.dials.legend'))}</p>
      <p className="hint">{richText(t('rope.pairs.source', { half: fmtInt(n.pairs.length) }))}</p>
      <p className="rope-score" data-value="score" data-q={rq.score} tabIndex={0}>
        {richText(t('rope.score', { m: fmtInt(n.m), n: fmtInt(n.n), v: fmt(n.score), scaled: fmt(n.scaled) }))}
      </p>
    </>
  );
}
