import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { sharedAxis } from '../../lesson/bars';
import { fmt, fmtInt, fmtPercent, fmtSig } from '../../lesson/format';
import { kiviFacts, type QuantView, type SchemeId } from '../../lesson/shrink/derive';
import { AXES, BITS, type BitsChoice, BOUNDS, type ShrinkState } from '../../lesson/shrink/model';
import { bitsTex, groupTex } from '../../lesson/shrink/tex';
import { sq } from '../../lesson/shrink/links';
import type { LinkGraph } from '../../lesson/links';
import { LinkedText } from '../common/LinkedText';
import { Bars } from '../common/Bars';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess, Predict } from '../common/Predict';
import { StepLayout } from '../common/StepLayout';
import { useViewPrefs } from '../ViewContext';
import type { PanelProps } from './panelProps';
import { Choice, ShrinkInt } from './ShrinkInt';
import { SweepPlot } from './SweepPlot';

/** Bits, the axis of the key and value scales and the per-channel block (or the block alone). */
export function QuantControls({ state, onChange, only }: Pick<PanelProps, 'state' | 'onChange'> & { only?: 'block' }) {
  const { t } = useI18n();
  const axes = AXES.map((a) => ({ id: a, label: t(`shrink.axis.${a}`) }));
  const block = <ShrinkInt value={state.block} min={BOUNDS.block[0]} max={BOUNDS.block[1]} label={t('shrink.block')} cellId="shrink.block" q={sq.block} onCommit={(b) => onChange({ ...state, block: b })} />;
  if (only === 'block') return <div className="shrink-row">{block}</div>;
  return (
    <div className="shrink-row">
      <Choice<BitsChoice> legend={t('shrink.bits')} name="shrink-bits" value={state.bits} options={BITS.map((b) => ({ id: b, label: t('shrink.bits.option', { bits: b }) }))} onChange={(bits) => onChange({ ...state, bits })} q={sq.bits} />
      <Choice<ShrinkState['kAxis']> legend={t('shrink.kAxis')} name="shrink-k" value={state.kAxis} options={axes} onChange={(kAxis) => onChange({ ...state, kAxis })} q={sq.kAxis} />
      <Choice<ShrinkState['vAxis']> legend={t('shrink.vAxis')} name="shrink-v" value={state.vAxis} options={axes} onChange={(vAxis) => onChange({ ...state, vAxis })} q={sq.vAxis} />
      {block}
    </div>
  );
}

/** What the quantized cache takes: bytes against 16 bits, and bits per number with the scales. */
export function QuantBytes({ data }: { data: QuantView }) {
  return (
    <p className="shrink-summary" data-value="bytes">
      <LinkedText
        k="shrink.bytes"
        params={{ bytes: fmtInt(data.bytes.quantized), fp16: fmtInt(data.bytes.fp16), share: fmtPercent(data.bytes.share), perNumber: fmtSig(data.bytes.perNumber) }}
        links={{ bytes: sq.qBytes, fp16: sq.fp16, share: sq.share, perNumber: sq.perNumber }}
      />
    </p>
  );
}

/**
 * The reconstruction error per layer, keys and values on one axis from 0, and the largest error against its bound.
 * On a projector keys and values are two charts side by side (same axis), and the bound moves to the folded group.
 */
export function QuantErrors({ data }: { data: QuantView }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const axis = sharedAxis(data.errors.map((e) => e.relative));
  const item = (e: QuantView['errors'][number], label: string) => ({
    key: `${e.layer}.${e.kind}`,
    label,
    value: e.relative,
    text: fmtPercent(e.relative),
    title: t('shrink.err.max', { max: fmt(e.maxAbs) }),
    dataValue: `err.${e.layer}.${e.kind}`,
    q: sq.err(e.layer, e.kind),
  });
  if (projector) {
    const kinds = (['k', 'v'] as const).map((kind) => ({
      kind,
      items: data.errors.filter((e) => e.kind === kind).map((e) => item(e, t('shrink.err.layer', { layer: fmtInt(e.layer + 1) }))),
    }));
    return (
      <div className="shrink-errors split">
        <div className="shrink-errors-pair">
          {kinds.map(({ kind, items }) => (
            <Bars key={kind} items={items} axis={axis} group="quant-error" caption={t(kind === 'k' ? 'shrink.err.keys' : 'shrink.err.values')} valueHeader={t('shrink.err.value')} labelHeader={t('shrink.err.label')} />
          ))}
        </div>
      </div>
    );
  }
  const items = data.errors.map((e) => item(e, t(e.kind === 'k' ? 'shrink.err.k' : 'shrink.err.v', { layer: fmtInt(e.layer + 1) })));
  return (
    <div className="shrink-errors">
      <Bars items={items} axis={axis} group="quant-error" caption={t('shrink.err.caption')} valueHeader={t('shrink.err.value')} labelHeader={t('shrink.err.label')} />
      <QuantBound data={data} />
    </div>
  );
}

/** The largest error in the cache against its bound, half the largest step. */
export function QuantBound({ data }: { data: QuantView }) {
  return (
    <p className="shrink-note">
      <LinkedText k="shrink.err.bound" params={{ max: fmt(data.maxAbs), bound: fmt(data.bound) }} links={{ max: sq.maxAbs, bound: sq.bound }} />
    </p>
  );
}

/** One group of stored numbers worked through: step, codes, what is read back, the bound. */
export function QuantGroup({ data, bits }: { data: QuantView; bits: number }) {
  const ex = data.example;
  return ex ? (
    <Formula tex={groupTex(ex, bits)} />
  ) : (
    <p className="shrink-note">
      <LinkedText k="shrink.group.full" params={{ t: fmtInt(data.strip.at) }} links={{ t: sq.tok(data.strip.at) }} />
    </p>
  );
}

/** On a projector: the worked group and the error bound folded to one line; drawn only once opened (so nothing hidden is laid out). */
export function QuantGroupFold({ data, bits }: { data: QuantView; bits: number }) {
  const { t } = useI18n();
  return (
    <Fold title={t('shrink.group.title')}>
      <QuantGroup data={data} bits={bits} />
      <QuantBound data={data} />
    </Fold>
  );
}

/** Bits per number each storage really costs (scales included), at every bit width. */
function BitsTable({ f, names, block }: { f: ReturnType<typeof kiviFacts>; names: Record<string, string>; block: number }) {
  const { t } = useI18n();
  return (
    <table className="shrink-bits-table">
      <caption>{t('shrink.kivi.bitsCaption', { block: fmtInt(block) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shrink.kivi.scheme')}</th>
          {BITS.map((b) => (
            <th key={b} scope="col">
              {t('shrink.bits.option', { bits: b })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SCHEMES.map((id) => (
          <tr key={id}>
            <th scope="row">{names[id]}</th>
            {f.bitsPerNumber[id].map((b, i) => (
              <td key={BITS[i]} className="num" data-value={`bpn.${id}.${BITS[i]}`} data-q={sq.bpn(id, BITS[i])} tabIndex={0}>
                {fmtSig(b)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A fold drawn only once opened (nothing hidden is laid out or measured): a step's side note, or on a projector its detail, behind one line. */
export function Fold({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="shrink-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children}
    </details>
  );
}

const SCHEMES: SchemeId[] = ['kivi', 'token', 'channel'];

/**
 * The KIVI step: guess which storage keeps the outputs closest at 2 bits, then every scheme at 8, 4 and 2 bits.
 * On a projector the plot goes under the step's text (short series names), and the bits table with its formula folds.
 */
export function KiviGuess({ model, state, narrative, stage, links }: PanelProps & { narrative: (extra?: ReactNode) => ReactNode; stage: ReactNode; links?: LinkGraph }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const f = useMemo(() => kiviFacts(model, state), [model, state]);
  const names = Object.fromEntries(SCHEMES.map((id) => [id, t(`shrink.scheme.${id}`)]));
  const at2 = (id: SchemeId) => fmt(f.sweep[id][BITS.indexOf('2')].meanKl);
  const formula = <Formula tex={bitsTex(Number(state.bits), model.config.headDim, state.block, { token: t('shrink.axis.token'), channel: t('shrink.axis.channel') })} />;
  const plot = (
    <SweepPlot
      plot={f.plot}
      names={projector ? Object.fromEntries(SCHEMES.map((id) => [id, t(`shrink.schemeShort.${id}`)])) : names}
      caption={t('shrink.kivi.plot', { T: fmtInt(f.T) })}
      projectorCaption={t('shrink.kivi.plotShort')}
      xLabel={t('shrink.kivi.bitsAxis')}
      yLabel={t('shrink.plot.klAxis')}
      kind="kl"
      dataName="bits-kl"
      flat
    />
  );
  const table = <BitsTable f={f} names={names} block={state.block} />;
  return (
    <StepLayout
      links={links}
      narrative={narrative(projector ? <AfterGuess>{<div className="shrink-kivi-side">{plot}</div>}</AfterGuess> : undefined)}
      stage={stage}
      panel={
        <Predict
          question={t('shrink.kivi.question')}
          options={SCHEMES.map((id) => ({ id, label: names[id] }))}
          correct={[f.best2]}
          answers={SCHEMES.map(at2)}
          explanation={
            // Does this text agree with the paper? On a slide the short verdict alone (the plot beside it has the numbers).
            projector
              ? f.best2 === 'kivi'
                ? t('shrink.kivi.verdictKiviShort')
                : t('shrink.kivi.verdictOtherShort', { best: t(`shrink.schemeShort.${f.best2}`) })
              : `${t('shrink.kivi.explanation', { kivi: at2('kivi'), token: at2('token'), channel: at2('channel') })} ${
                  f.best2 === 'kivi' ? t('shrink.kivi.verdictKivi') : t('shrink.kivi.verdictOther', { best: names[f.best2] })
                }`
          }
        >
          {projector ? (
            <Fold title={t('shrink.kivi.bitsCaption', { block: fmtInt(state.block) })}>
              {table}
              {formula}
            </Fold>
          ) : (
            <div className="shrink-kivi">
              {plot}
              {table}
            </div>
          )}
        </Predict>
      }
      formula={projector ? undefined : <AfterGuess placeholder={<HiddenUntilGuess />}>{formula}</AfterGuess>}
    />
  );
}
