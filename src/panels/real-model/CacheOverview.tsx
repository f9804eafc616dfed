import type { CSSProperties } from 'react';
import type { ModelCache } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { mq } from '../../lesson/real-model/links';
import { richText } from '../common/richText';

/** Height of one row stripe in px: 6 px, less when many rows must fit 120 px. */
const rowHeight = (T: number) => Math.max(1.5, Math.min(6, 120 / Math.max(1, T)));

/**
 * Small multiples of every layer's and K/V head's cache: K and V side by side, one stripe per cached token,
 * the rows just appended highlighted (and outlined, so colour is not the only cue). Choosing one selects
 * it for the numbers below.
 */
export function CacheOverview({ cache, fresh, layer, kvHead, onPick }: { cache: ModelCache; fresh: readonly number[]; layer: number; kvHead: number; onPick: (l: number, g: number) => void }) {
  const { t } = useI18n();
  const T = cache.ids.length;
  const style = { '--row-h': `${rowHeight(T)}px` } as CSSProperties;
  return (
    <figure className="rm-overview" data-value="overview">
      <figcaption>{richText(t('realModel.gen.overview', { caches: fmtInt(cache.layers.length * cache.layers[0].k.length) }))}</figcaption>
      <div className="rm-overview-grid" style={style}>
        {cache.layers.map((L, l) =>
          L.k.map((K, g) => {
            const label = t('realModel.gen.pick', { l: fmtInt(l + 1), g: fmtInt(g + 1), T: fmtInt(K.length) });
            return (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: layer and head indices
                key={`${l}-${g}`}
                type="button"
                className="rm-mini"
                aria-pressed={l === layer && g === kvHead}
                data-cache={`${l}.${g}`}
                data-rows={K.length}
                onClick={() => onPick(l, g)}
              >
                <span className="rm-mini-label">{label}</span>
                <span className="rm-mini-pic" aria-hidden="true">
                  {(['k', 'v'] as const).map((m) => (
                    <span key={m} className="rm-mini-rows">
                      <span className="rm-mini-head">{m.toUpperCase()}</span>
                      {K.map((_, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
                        <span key={i} className={fresh.includes(i) ? 'fresh' : undefined} data-q={mq.row(i)} />
                      ))}
                    </span>
                  ))}
                </span>
              </button>
            );
          }),
        )}
      </div>
    </figure>
  );
}
