import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { MAX_POSITION, OWN, type RopeState } from '../../lesson/rope/model';
import type { MoveNumbers } from '../../lesson/rope/move';
import { mq, rq } from '../../lesson/rope/links';
import { ScrollX } from '../common/ScrollX';
import { type DialSpec, Dials } from './Dials';
import { TokenSelect } from './HeadPicker';
import { PositionControl } from './PositionControl';
import { LinkedText } from '../common/LinkedText';
import { richText } from '../common/richText';

type Words = readonly { word: string; lang: string }[];

/** Step "rerotate": move a cached key to a new position by R(Δ) and compare it with the key computed there. */
export function MovePanel({ m, state, onChange, words }: { m: MoveNumbers; state: RopeState; onChange: (s: RopeState) => void; words: Words }) {
  const { t } = useI18n();
  const dials: DialSpec[] = m.pairs.map((p, i) => ({
    i,
    arrows: [
      { kind: 'k-before', pair: p.cached },
      { kind: 'q', pair: p.moved, tag: 'k′' },
      { kind: 'ring', pair: p.computed },
    ],
    arc: { from: p.cached, turn: p.turn },
    lines: [
      <strong key="i">{richText(t('rope.dial.pair', { i }))}</strong>,
      <span key="theta" data-q={rq.theta(i)} tabIndex={0}>
        {richText(t('rope.dial.theta', { i, theta: fmt(p.theta) }))}
      </span>,
      <span key="turn">
        <LinkedText k="rope.move.turn" params={{ d: fmtInt(m.delta), a: fmt(p.turn) }} links={{ a: mq.turn(i) }} />
      </span>,
    ],
    label: t('rope.move.dialLabel', { i, theta: fmt(p.theta), a: fmt(p.turn) }),
  }));
  const rows = [
    { key: 'cached', label: t('rope.move.cached', { p: fmtInt(m.from) }), values: m.cached, q: mq.cached, head: mq.from },
    { key: 'moved', label: t('rope.move.moved', { d: fmtInt(m.delta) }), values: m.moved, q: mq.moved, head: mq.delta },
    { key: 'computed', label: t('rope.move.computed', { p: fmtInt(m.to) }), values: m.computed, q: mq.computed, head: mq.to },
    { key: 'diff', label: t('rope.move.diff'), values: m.diffs, q: mq.diff, head: undefined },
  ];
  return (
    <>
      <div className="rope-controls">
        <TokenSelect label={t('rope.move.row')} value={m.row} words={words} action="move-row" onChange={(r) => onChange({ ...state, moveRow: r, moveTo: state.moveTo })} />
        <PositionControl label={t('rope.move.to', { word: m.word })} value={m.to} min={0} max={MAX_POSITION} cellId="move.to" q={mq.to} emph onCommit={(v) => onChange({ ...state, moveTo: v })} />
        <button type="button" disabled={state.moveTo === OWN} data-action="move-back" onClick={() => onChange({ ...state, moveTo: OWN })}>
          {richText(t('rope.move.back'))}
        </button>
      </div>
      <Dials
        dials={dials}
        scale={m.scale}
        caption={<LinkedText k="rope.move.dials" params={{ word: m.word, from: fmtInt(m.from), to: fmtInt(m.to) }} links={{ from: mq.from, to: mq.to }} />}
      />
      <p className="rope-legend">{richText(t('rope.move.legend'))}</p>
      <div className="rope-aside">
      <ScrollX>
        <table className="numbers rope-move">
          <caption>{richText(t('rope.move.caption', { word: m.word, layer: m.layer, g: m.group }))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('rope.move.entry'))}</th>
              {m.cached.map((_, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the key's entries in order
                <th key={j} scope="col">
                  {j}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row" data-q={r.head} tabIndex={r.head ? 0 : undefined}>
                  {r.label}
                </th>
                {r.values.map((x, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the key's entries in order
                  <td key={j} className="num" data-value={`${r.key}.${j}`} data-q={r.q(j)} tabIndex={0}>
                    {fmt(x)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      </div>
      {/* On a slide the formula below states the largest difference; the whole-sentence line stays in the normal view. */}
      <ul className="facts projector-fold">
        <li data-value="move.max">
          <LinkedText k="rope.move.max" params={{ v: fmt(m.maxDiff) }} links={{ v: mq.max }} />
        </li>
        <li data-value="move.whole">
          {m.wholeShift === null ? (
            <LinkedText k="rope.move.wholeNone" params={{ d: fmtInt(m.delta) }} links={{ d: mq.delta }} />
          ) : (
            <LinkedText k="rope.move.whole" params={{ d: fmtInt(m.delta), layer: m.layer, v: fmt(m.wholeShift) }} links={{ d: mq.delta, v: mq.whole }} />
          )}
        </li>
        <li>{richText(t('rope.move.next'))}</li>
      </ul>
    </>
  );
}
