import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtTick } from '../../lesson/format';
import { fmtBinary, groupDigits } from '../../lesson/memory/bytes';
import type { MemoryNumbers } from '../../lesson/memory/derive';
import type { MemoryState } from '../../lesson/memory/model';
import { type MarkerInput, plotGeometry, tokensLabel } from '../../lesson/memory/plot';
import { mq } from '../../lesson/memory/links';
import { findPreset } from '../../lesson/memory/presets';
import { ScrollX } from '../common/ScrollX';
import { useViewPrefs } from '../ViewContext';
import { plainText, richText, svgText } from '../common/richText';

/** The plot's box and label size: on screen it scales with its column; on a projector it is drawn 1:1 with 24 px labels. */
const SCREEN = { box: { width: 720, plotHeight: 210, left: 70, right: 230, bottom: 48 }, px: 14 };
const PROJECTOR = { box: { width: 620, plotHeight: 170, left: 128, right: 200, bottom: 60 }, px: 24 };
/** Line style per curve: dash pattern and marker, so colour never carries the meaning alone. */
const STYLE: Record<string, { dash: string; cls: string; mark: string }> = {
  current: { dash: '', cls: 'c0', mark: '●' },
  mla: { dash: '', cls: 'c0', mark: '●' },
  mha: { dash: '8 4', cls: 'c1', mark: '■' },
  gqa: { dash: '3 3', cls: 'c2', mark: '▲' },
  mqa: { dash: '12 3 3 3', cls: 'c3', mark: '◆' },
};
const int = (x: number) => groupDigits(BigInt(x));

/** Cache size against context length for the model and its MHA/GQA/MQA variants, with GPU memory lines, your T, the model's limits and a data table. */
export function SizePlot({ n, state, onChange }: { n: MemoryNumbers; state: MemoryState; onChange: (s: MemoryState) => void }) {
  const { t } = useI18n();
  const [table, setTable] = useState(false);
  const { projector } = useViewPrefs();
  const { box, px } = projector ? PROJECTOR : SCREEN;
  const markers: MarkerInput[] = [{ id: 'T', tokens: state.tokens, label: t('memory.marker.T', { T: int(state.tokens) }) }];
  if (n.context !== null) markers.push({ id: 'context', tokens: n.context, label: t('memory.marker.context', { n: int(n.context) }) });
  if (state.window > 0) markers.push({ id: 'window', tokens: state.window, label: t('memory.marker.window', { n: int(state.window) }) });
  // A projector has room for the GPU's name and its GiB only (the vendor's "GB" is in the note on screen).
  const gpus = n.gpus.map((g) => ({ id: g.id, gib: g.gib, label: t(projector ? 'memory.gpuShort' : 'memory.gpu', { name: g.name, gb: g.vendorGB, gib: fmt(g.gib, 1) }) }));
  const g = plotGeometry(n.curves, gpus, markers, state.scale, box, n.total.bytes, px);
  // Every context length is plotted; at 24 px every third one is labelled (1K, 8K, 64K, 512K) so labels never collide.
  const xLabelled = (i: number) => !projector || i % 3 === 0;
  // The chosen model by name (a proper noun: marked as English on a Chinese page), so a slide without the picker still says which model the curve is.
  const preset = n.presetId ? findPreset(n.presetId) : undefined;
  const model = preset ? '\u0000' : t('memory.curve.custom');
  const name = (id: string, kv: number) => {
    const text = t(`memory.curve.${id as 'current'}`, { kv, model });
    if (!preset || !text.includes('\u0000')) return text;
    const [before, after] = text.split('\u0000');
    return (
      <>
        {before}
        <span lang="en" data-value="curve.model">{preset.name}</span>
        {after}
      </>
    );
  };
  const caption = t('memory.plot.caption', { batch: state.batch, dtype: state.dtype });
  const { area } = g;
  return (
    <figure className="size-plot">
      <figcaption>{caption}</figcaption>
      <div className="plot-controls" role="group" aria-label={plainText(t('memory.plot.scale'))}>
        {(['log', 'linear'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={state.scale === s} onClick={() => onChange({ ...state, scale: s })}>
            {richText(t(`memory.plot.${s}`))}
          </button>
        ))}
        <button type="button" aria-expanded={table} onClick={() => setTable(!table)}>
          {richText(t(table ? 'memory.table.hide' : 'memory.table.show'))}
        </button>
      </div>
      {/* On a phone the plot keeps a readable size and scrolls sideways instead of shrinking its labels. */}
      <ScrollX label={caption}>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width={projector ? g.width : undefined} height={projector ? g.height : undefined} fontSize={px} role="img" aria-label={plainText(`${caption}. ${markers.map((m) => m.label).join('; ')}`)}>
        {g.yTicks.map((tk) => (
          <g key={tk.gib} className="tick">
            <line x1={area.left} x2={area.right} y1={tk.y} y2={tk.y} />
            <text x={area.left - Math.max(6, px * 0.6)} y={tk.y + px / 3} textAnchor="end">{fmtTick(tk.gib)}</text>
          </g>
        ))}
        {g.xTicks.map((tk, i) =>
          xLabelled(i) ? (
            <text key={tk.tokens} className="tick" x={tk.x} y={area.bottom + px + 4} textAnchor="middle">
              {tokensLabel(tk.tokens)}
            </text>
          ) : null,
        )}
        <text className="axis" x={(area.left + area.right) / 2} y={g.height - 4} textAnchor="middle">{svgText(t('memory.plot.x'))}</text>
        <text className="axis" x={px} y={(area.top + area.bottom) / 2} transform={`rotate(-90 ${px} ${(area.top + area.bottom) / 2})`} textAnchor="middle">{svgText(t('memory.plot.y'))}</text>
        {g.gpus.map((l) => (
          <g key={l.id} className="gpu-line" data-gpu={l.id}>
            <line x1={area.left} x2={area.right} y1={l.y} y2={l.y} />
            {/* A short leader from the line's end to its label when the label had to move away from it. */}
            <polyline className="leader" fill="none" points={`${area.right},${l.y} ${l.labelX - 2},${l.labelY - px / 3}`} />
            <text x={l.labelX} y={l.labelY}>{l.label}</text>
          </g>
        ))}
        {g.curves.map((c) => (
          <g key={c.id} className={`curve ${STYLE[c.id].cls}`}>
            <polyline fill="none" strokeDasharray={STYLE[c.id].dash} points={c.points.map((p) => `${p.x},${p.y}`).join(' ')} />
            {c.points.map((p) => (
              <text key={p.x} x={p.x} y={p.y + px / 3} textAnchor="middle" className="marker">{STYLE[c.id].mark}</text>
            ))}
          </g>
        ))}
        {g.markers.map((m) => (
          <g key={m.id} className={`v-marker v-${m.id}`} data-marker={m.id} data-tokens={m.tokens}>
            <line x1={m.x} x2={m.x} y1={area.top} y2={area.bottom} />
            <text x={m.labelX} y={m.labelY}>
              {m.clamped === 'left' ? '◀ ' : ''}
              {m.label}
              {m.clamped === 'right' ? ' ▶' : ''}
            </text>
          </g>
        ))}
        {g.dot && <circle data-q={mq.dot} className="t-dot" cx={g.dot.x} cy={g.dot.y} r={5} />}
      </svg>
      </ScrollX>
      <ul className="plot-legend">
        {g.curves.map((c) => (
          <li key={c.id} className={`curve ${STYLE[c.id].cls}`}>
            <span aria-hidden="true">{STYLE[c.id].mark} </span>
            {name(c.id, c.kvHeads)}
          </li>
        ))}
      </ul>
      <p className="hint plot-note">{richText(t('memory.gpu.note'))}</p>
      {table && (
        <ScrollX>
          <table className="numbers">
            <caption>{richText(t('memory.table.caption'))}</caption>
            <thead>
              <tr>
                <th scope="col">{richText(t('memory.table.tokens'))}</th>
                {n.curves.map((c) => <th key={c.id} scope="col">{name(c.id, c.kvHeads)}</th>)}
              </tr>
            </thead>
            <tbody>
              {g.xTicks.map((tk, i) => (
                <tr key={tk.tokens}>
                  <th scope="row">{int(tk.tokens)}</th>
                  {n.curves.map((c) => <td key={c.id} className="num">{fmtBinary(c.bytes[i])}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
    </figure>
  );
}
