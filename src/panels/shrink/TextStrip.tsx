import { type CSSProperties, type KeyboardEvent, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import type { StripView, TokenView } from '../../lesson/shrink/derive';
import { sq } from '../../lesson/shrink/links';
import { useStagePart } from '../stage/StageContext';
import { useViewPrefs } from '../ViewContext';
import { LinkedText } from '../common/LinkedText';

/** What the strip draws under each word: nothing more (the full cache), the kept rows (eviction), the storage (quantization). */
export type StripMode = 'full' | 'evict' | 'quant';

interface Props {
  view: StripView;
  mode: StripMode;
  /** Layers × K/V heads of the kept dots (eviction). */
  grid: { layers: number; heads: number };
  /** Name of the shrunk cache in the detail line, e.g. "the window" / "int2 (KIVI)". */
  label: string;
  onSelect: (t: number) => void;
}

/** The kept rows of one token at the selected position: a dot per layer (rows) × K/V head (columns), filled when kept, a ring when evicted (shapes, not glyphs: they stay small on a projector). */
function Dots({ kept, heads, t }: { kept: readonly boolean[]; heads: number; t: number }) {
  return (
    <span className="kept-dots" style={{ '--heads': heads } as CSSProperties} aria-hidden="true" data-q={sq.row(t)}>
      {kept.map((k, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed layer × head grid
        <span key={i} className={k ? 'dot kept' : 'dot evicted'} />
      ))}
    </span>
  );
}

/**
 * The stage's figure: the text the model reads, one chip per token. On shrink steps each chip carries a bar
 * (KL divergence of the prediction made after that token, all bars on one axis from 0, the zero line at the
 * chip's base) and ✓ / ✗ (same / different top word); eviction steps add, for the selected position, one dot
 * per layer and K/V head (● kept, ○ evicted). A listbox: ← / → / Home / End choose the position.
 */
export function TextStrip({ view, mode, grid, label, onSelect }: Props) {
  const { t } = useI18n();
  const text = useStagePart('text', 'strip-words');
  const shift = useStagePart('shift');
  const shrunk = useStagePart('shrunk');
  const next = useStagePart('next');
  const hideShift = shift.concealed || mode === 'full';
  // A projector slide has one line per legend entry: the same facts, fewer words.
  const short = useViewPrefs().projector ? 'Short' : '';
  const listRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const { tokens, at } = view;
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-pos="${at}"]`)?.focus();
  }, [at]);
  const go = (to: number) => {
    moved.current = true;
    onSelect(Math.max(0, Math.min(tokens.length - 1, to)));
  };
  const onKey = (e: KeyboardEvent) => {
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: tokens.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  const heads = grid.layers * grid.heads;
  const optionLabel = (tk: TokenView) =>
    [
      t('shrink.strip.option', { t: fmtInt(tk.t), word: tk.word }),
      tk.generated ? t('shrink.strip.generated') : '',
      hideShift ? '' : t(tk.agree ? 'shrink.strip.same' : 'shrink.strip.differs', { kl: fmt(tk.kl) }),
      tk.kept ? t('shrink.strip.kept', { n: fmtInt(tk.kept.filter(Boolean).length), total: fmtInt(heads) }) : '',
      tk.quantized === false ? t('shrink.strip.fp') : '',
    ]
      .filter(Boolean)
      .join(t('shrink.strip.sep'));
  const sel = tokens[at];
  const pos = sq.tok(at);
  return (
    <div className={`shrink-strip mode-${mode}`}>
      <div ref={listRef} role="listbox" aria-label={t('shrink.strip.label')} aria-orientation="horizontal" className={`strip-tokens ${text.props.className}`} data-stage-part="text" onKeyDown={onKey}>
        {tokens.map((tk) => {
          const h = hideShift ? 0 : Math.min(1, tk.kl / view.klMax);
          return (
            <div
              key={tk.t}
              role="option"
              aria-selected={tk.t === at}
              aria-label={optionLabel(tk)}
              tabIndex={tk.t === at ? 0 : -1}
              data-pos={tk.t}
              data-q={sq.tok(tk.t)}
              data-kl={hideShift ? undefined : tk.kl}
              className={`tok${tk.t === at ? ' selected' : ''}${tk.generated ? ' generated' : ''}${tk.t > at && mode === 'evict' ? ' later' : ''}`}
              onClick={() => go(tk.t)}
            >
              {mode !== 'full' && (
                <span className="kl-track" aria-hidden="true">
                  <span className={`kl-bar${hideShift ? ' hidden' : ''}`} style={{ height: `${h * 100}%` }} />
                </span>
              )}
              {mode !== 'full' && (
                <span className={`top1${hideShift ? '' : tk.agree ? ' same' : ' differs'}`} aria-hidden="true">
                  {hideShift ? '?' : tk.agree ? '✓' : '✗'}
                </span>
              )}
              <span className="tok-word" lang={tk.lang}>
                {tk.word}
              </span>
              {mode === 'evict' && tk.kept && <Dots kept={tk.kept} heads={grid.heads} t={tk.t} />}
              {mode === 'quant' && (
                // The "16" is drawn by CSS (::after): the option's name says it in words, and a name must contain an option's visible text (WCAG 2.5.3).
                <span className="tok-bits" aria-hidden="true" data-bits={tk.quantized ? undefined : '16'} data-q={sq.stored(tk.t)} />
              )}
            </div>
          );
        })}
      </div>
      <p className="strip-detail" aria-live="polite">
        <span {...next.props}>
          {mode === 'full' ? (
            <LinkedText k="shrink.detail.full" params={{ t: fmtInt(at), word: sel.word, next: sel.full.word, p: fmt(sel.full.p) }} links={{ t: pos, word: pos, next: sq.full, p: sq.full }} />
          ) : (
            <LinkedText
              k="shrink.detail.shrunk"
              params={{ t: fmtInt(at), word: sel.word, full: sel.full.word, p: fmt(sel.full.p), label, shrunk: hideShift ? '?' : sel.shrunk.word, q: hideShift ? '?' : fmt(sel.shrunk.p) }}
              // A concealed prediction is not linked (its "?" is no number to point at).
              wraps={['label']}
              links={{ t: pos, word: pos, full: sq.full, p: sq.full, ...(mode === 'evict' ? { label: sq.budget } : {}), ...(hideShift ? {} : { shrunk: sq.shrunk, q: sq.shrunk }) }}
            />
          )}
        </span>{' '}
        {mode !== 'full' && <span {...shift.props}>{hideShift ? t('shrink.detail.klHidden') : <LinkedText k="shrink.detail.kl" params={{ kl: fmt(sel.kl) }} links={{ kl: sq.kl }} />}</span>}
      </p>
      <p className="strip-legend">
        <span>{t('shrink.legend.generated')}</span>
        {mode !== 'full' && <span {...shift.props}>{t(`shrink.legend.bar${short}`, { max: fmt(view.klMax) })}</span>}
        {mode === 'evict' && (
          <span {...shrunk.props}>
            <LinkedText k={`shrink.legend.dots${short}`} params={{ layers: fmtInt(grid.layers), heads: fmtInt(grid.heads), t: fmtInt(at) }} links={{ t: pos }} />
          </span>
        )}
        {mode === 'quant' && <span {...shrunk.props}>{t(`shrink.legend.fp${short}`)}</span>}
      </p>
    </div>
  );
}
