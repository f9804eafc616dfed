import { type ReactNode, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { sharedAxis } from '../../lesson/bars';
import { fmt, fmtInt, fmtPercent, fmtSig } from '../../lesson/format';
import { kiviFacts, type QuantView, type SchemeId } from '../../lesson/shrink/derive';
import { AXES, BITS, type BitsChoice, BOUNDS, type ShrinkState } from '../../lesson/shrink/model';
import { bitsTex, groupTex } from '../../lesson/shrink/tex';
import { Bars } from '../common/Bars';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess, Predict } from '../common/Predict';
import { StepLayout } from '../common/StepLayout';
import type { PanelProps } from './panelProps';
import { Choice, ShrinkInt } from './ShrinkInt';
import { SweepPlot } from './SweepPlot';

/** Bits, the axis of the key and value scales, the per-channel block, and what the cache then takes. */
export function QuantControls({ state, onChange, only, data }: Pick<PanelProps, 'state' | 'onChange'> & { only?: 'block'; data?: QuantView }) {
  const { t } = useI18n();
  const axes = AXES.map((a) => ({ id: a, label: t(`shrink.axis.${a}`) }));
  const block = <ShrinkInt value={state.block} min={BOUNDS.block[0]} max={BOUNDS.block[1]} label={t('shrink.block')} cellId="shrink.block" onCommit={(b) => onChange({ ...state, block: b })} />;
  if (only === 'block') return <div className="shrink-row">{block}</div>;
  return (
    <>
      <div className="shrink-row">
        <Choice<BitsChoice> legend={t('shrink.bits')} name="shrink-bits" value={state.bits} options={BITS.map((b) => ({ id: b, label: t('shrink.bits.option', { bits: b }) }))} onChange={(bits) => onChange({ ...state, bits })} />
        <Choice<ShrinkState['kAxis']> legend={t('shrink.kAxis')} name="shrink-k" value={state.kAxis} options={axes} onChange={(kAxis) => onChange({ ...state, kAxis })} />
        <Choice<ShrinkState['vAxis']> legend={t('shrink.vAxis')} name="shrink-v" value={state.vAxis} options={axes} onChange={(vAxis) => onChange({ ...state, vAxis })} />
        {block}
      </div>
      {data && (
        <p className="shrink-summary" data-value="bytes">
          {t('shrink.bytes', { bytes: fmtInt(data.bytes.quantized), fp16: fmtInt(data.bytes.fp16), share: fmtPercent(data.bytes.share), perNumber: fmtSig(data.bytes.perNumber) })}
        </p>
      )}
    </>
  );
}

/** The reconstruction error per layer, keys and values on one axis from 0, and the largest error against its bound. */
export function QuantErrors({ data }: { data: QuantView }) {
  const { t } = useI18n();
  const axis = sharedAxis(data.errors.map((e) => e.relative));
  const items = data.errors.map((e) => ({
    key: `${e.layer}.${e.kind}`,
    label: t(e.kind === 'k' ? 'shrink.err.k' : 'shrink.err.v', { layer: fmtInt(e.layer + 1) }),
    value: e.relative,
    text: fmtPercent(e.relative),
    title: t('shrink.err.max', { max: fmt(e.maxAbs) }),
    dataValue: `err.${e.layer}.${e.kind}`,
  }));
  return (
    <div className="shrink-errors">
      <Bars items={items} axis={axis} group="quant-error" caption={t('shrink.err.caption')} valueHeader={t('shrink.err.value')} labelHeader={t('shrink.err.label')} />
      <p className="shrink-note">{t('shrink.err.bound', { max: fmt(data.maxAbs), bound: fmt(data.bound) })}</p>
    </div>
  );
}

/** One group of stored numbers worked through: step, codes, what is read back, the bound. */
export function QuantGroup({ data, bits }: { data: QuantView; bits: number }) {
  const { t } = useI18n();
  const ex = data.example;
  return ex ? <Formula tex={groupTex(ex, bits)} /> : <p className="shrink-note">{t('shrink.group.full', { t: fmtInt(data.strip.at) })}</p>;
}

/** The KIVI step: guess which storage keeps the outputs closest at 2 bits, then every scheme at 8, 4 and 2 bits. */
export function KiviGuess({ model, state, narrative, stage }: PanelProps & { narrative: ReactNode; stage: ReactNode }) {
  const { t } = useI18n();
  const f = useMemo(() => kiviFacts(model, state), [model, state]);
  const ids: SchemeId[] = ['kivi', 'token', 'channel'];
  const names = Object.fromEntries(ids.map((id) => [id, t(`shrink.scheme.${id}`)]));
  const at2 = (id: SchemeId) => fmt(f.sweep[id][BITS.indexOf('2')].meanKl);
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      panel={
        <Predict
          question={t('shrink.kivi.question')}
          options={ids.map((id) => ({ id, label: names[id] }))}
          correct={[f.best2]}
          answers={ids.map(at2)}
          explanation={t('shrink.kivi.explanation', { kivi: at2('kivi'), token: at2('token'), channel: at2('channel') })}
        >
          <div className="shrink-kivi">
            <SweepPlot plot={f.plot} names={names} caption={t('shrink.kivi.plot', { T: fmtInt(f.T) })} xLabel={t('shrink.kivi.bitsAxis')} yLabel={t('shrink.plot.klAxis')} kind="kl" dataName="bits-kl" />
            <table className="shrink-bits-table">
              <caption>{t('shrink.kivi.bitsCaption', { block: fmtInt(state.block) })}</caption>
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
                {ids.map((id) => (
                  <tr key={id}>
                    <th scope="row">{names[id]}</th>
                    {f.bitsPerNumber[id].map((b, i) => (
                      <td key={BITS[i]} className="num" data-value={`bpn.${id}.${BITS[i]}`}>
                        {fmtSig(b)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Predict>
      }
      formula={
        <AfterGuess placeholder={<HiddenUntilGuess />}>
          <Formula tex={bitsTex(Number(state.bits), model.config.headDim, state.block, { token: t('shrink.axis.token'), channel: t('shrink.axis.channel') })} />
        </AfterGuess>
      }
    />
  );
}
