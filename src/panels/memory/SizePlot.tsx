import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtTick } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import type { MemoryNumbers } from '../../lesson/memory/derive';
import type { MemoryState } from '../../lesson/memory/model';
import { plotGeometry, tokensLabel } from '../../lesson/memory/plot';
import { ScrollX } from '../common/ScrollX';

/** Staggered x offsets of the GPU labels, so close lines (80 and 141 GB on a log axis) do not overprint. */
const LABEL_X = [0, 160, 320];
const BOX = { width: 560, height: 320, left: 72, right: 16, top: 12, bottom: 44 };
/** Line style per curve: dash pattern and marker, so colour never carries the meaning alone. */
const STYLE: Record<string, { dash: string; cls: string; mark: string }> = {
  current: { dash: '', cls: 'c0', mark: '●' },
  mla: { dash: '', cls: 'c0', mark: '●' },
  mha: { dash: '8 4', cls: 'c1', mark: '■' },
  gqa: { dash: '3 3', cls: 'c2', mark: '▲' },
  mqa: { dash: '12 3 3 3', cls: 'c3', mark: '◆' },
};

/** Cache size against context length for the model and its MHA/GQA/MQA variants, with GPU memory lines and a data table. */
export function SizePlot({ n, state, onChange }: { n: MemoryNumbers; state: MemoryState; onChange: (s: MemoryState) => void }) {
  const { t } = useI18n();
  const [table, setTable] = useState(false);
  const g = plotGeometry(n.curves, n.gpuBytes, state.scale, BOX);
  const name = (id: string, kv: number) => t(`memory.curve.${id as 'current'}`, { kv });
  const bottom = BOX.height - BOX.bottom;
  return (
    <figure className="size-plot">
      <figcaption>{t('memory.plot.caption', { batch: state.batch, dtype: state.dtype })}</figcaption>
      <div className="plot-controls" role="group" aria-label={t('memory.plot.scale')}>
        {(['log', 'linear'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={state.scale === s} onClick={() => onChange({ ...state, scale: s })}>
            {t(`memory.plot.${s}`)}
          </button>
        ))}
        <button type="button" aria-expanded={table} onClick={() => setTable(!table)}>
          {t(table ? 'memory.table.hide' : 'memory.table.show')}
        </button>
      </div>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={t('memory.plot.caption', { batch: state.batch, dtype: state.dtype })}>
        {g.yTicks.map((tk) => (
          <g key={tk.gib} className="tick">
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={tk.y} y2={tk.y} />
            <text x={BOX.left - 6} y={tk.y + 4} textAnchor="end">{fmtTick(tk.gib)}</text>
          </g>
        ))}
        {g.xTicks.map((tk) => (
          <text key={tk.tokens} className="tick" x={tk.x} y={bottom + 16} textAnchor="middle">{tokensLabel(tk.tokens)}</text>
        ))}
        <text className="axis" x={(BOX.left + BOX.width) / 2} y={BOX.height - 4} textAnchor="middle">{t('memory.plot.x')}</text>
        <text className="axis" x={16} y={BOX.top + 140} transform={`rotate(-90 16 ${BOX.top + 140})`} textAnchor="middle">{t('memory.plot.y')}</text>
        {g.gpus.map((l, i) => l.visible && (
          <g key={l.bytes} className="gpu-line">
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={l.y} y2={l.y} />
            <text x={BOX.left + 4 + LABEL_X[i]} y={l.y - 4}>{t('memory.gpu', { gb: l.gb, gib: fmtBinary(l.bytes) })}</text>
          </g>
        ))}
        {g.curves.map((c) => (
          <g key={c.id} className={`curve ${STYLE[c.id].cls}`}>
            <polyline fill="none" strokeDasharray={STYLE[c.id].dash} points={c.points.map((p) => `${p.x},${p.y}`).join(' ')} />
            {c.points.map((p) => (
              <text key={p.x} x={p.x} y={p.y + 4} textAnchor="middle" className="marker">{STYLE[c.id].mark}</text>
            ))}
          </g>
        ))}
      </svg>
      <ul className="plot-legend">
        {g.curves.map((c) => (
          <li key={c.id} className={`curve ${STYLE[c.id].cls}`}>
            <span aria-hidden="true">{STYLE[c.id].mark} </span>
            {name(c.id, c.kvHeads)}
          </li>
        ))}
      </ul>
      {table && (
        <ScrollX>
          <table className="numbers">
            <caption>{t('memory.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('memory.table.tokens')}</th>
                {n.curves.map((c) => <th key={c.id} scope="col">{name(c.id, c.kvHeads)}</th>)}
              </tr>
            </thead>
            <tbody>
              {g.xTicks.map((tk, i) => (
                <tr key={tk.tokens}>
                  <th scope="row">{fmtInt(tk.tokens)}</th>
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
