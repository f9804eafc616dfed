import { useEffect, useRef } from 'react';
import type { Model, ModelCache } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { wordLang } from '../../lesson/real-model/sentence';
import { mq } from '../../lesson/real-model/links';
import { TokenChip } from '../common/TokenChip';
import { DimHeader, ValueCells } from './VectorTable';

/**
 * One head's cached keys or values, (T, d_head), every number printed; the rows just appended are marked
 * "new" (highlighted and labelled). The table scrolls vertically and keeps the newest row in view.
 */
export function CacheNumbers({ model, cache, layer, kvHead, matrix, fresh }: { model: Model; cache: ModelCache; layer: number; kvHead: number; matrix: 'k' | 'v'; fresh: readonly number[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const M = cache.layers[layer][matrix][kvHead]; // (T, hd)
  const hd = model.config.headDim;
  const caption = t(matrix === 'k' ? 'realModel.gen.tableK' : 'realModel.gen.tableV', { l: fmtInt(layer + 1), g: fmtInt(kvHead + 1), T: fmtInt(M.length), hd: fmtInt(hd) });
  const last = fresh[fresh.length - 1] ?? 0;
  useEffect(() => {
    const box = ref.current;
    const row = box?.querySelector<HTMLElement>(`tr[data-row="${last}"]`);
    if (box && row) box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight + row.offsetHeight * 2);
  }, [last]);
  // The caption sits above the box that scrolls both ways, wrapped to the column, so it is read whole without
  // scrolling (inside, it was as wide as the 16 columns); the table keeps it as its name for screen readers.
  return (
    <div className="rm-cache">
      <p className="rm-cache-caption" aria-hidden="true">
        {caption}
      </p>
      <div className="rm-cache-scroll scroll-x" ref={ref} tabIndex={0} role="region" aria-label={caption}>
      <table className="numbers rm-cache-table" data-value={`cache.${matrix}`}>
        <caption className="sr-only">{caption}</caption>
        <DimHeader first={t('realModel.gen.token')} hd={hd} />
        <tbody>
          {M.map((row, i) => {
            const word = model.vocab[cache.ids[i]];
            const isNew = fresh.includes(i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
              <tr key={i} data-row={i} className={isNew ? 'new-row' : undefined}>
                <th scope="row" data-q={mq.tok(i)} tabIndex={0}>
                  <span className="composer-pos">{fmtInt(cache.positions[i])}</span> <TokenChip token={word} index={i} lang={wordLang(word)} />
                  {isNew && <span className="rm-new-tag"> {t('realModel.gen.newRow')}</span>}
                </th>
                <ValueCells v={row} q={mq.row(i)} />
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </div>
  );
}
