import { useI18n } from '../../i18n/I18nContext';
import { type BlockView, cowView, slotKind, slotLabel } from '../../lesson/serve/cow';
import type { ServeFrame } from '../../core/serveSim';
import { blockQ } from '../../lesson/serve/links';
import { ScrollX } from '../common/ScrollX';
import { useViewPrefs } from '../ViewContext';

/** One block, slot by slot, each slot naming the token it holds (s = shared prompt, R = a request's own); its name is linked to the block tables. */
function BlockRow({ label, view, kind, dataName }: { label: string; view: BlockView; kind: 'cached' | 'copy'; dataName: string }) {
  return (
    <tr className={`cow-${kind}`} data-value={dataName}>
      <th scope="row" data-q={blockQ(view.block)}>
        {label}
      </th>
      {view.tokens.map((tok, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: slot position
        <td key={j} className={`cow-${slotKind(tok)}`}>
          {slotLabel(tok)}
        </td>
      ))}
    </tr>
  );
}

/** Copy on write at this step: the cache's partly filled prefix block, unchanged, and every running request's private copy of it (short row names on a projector). */
export function CowPanel({ frame, prefix, block }: { frame: ServeFrame; prefix: number; block: number }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const v = cowView(frame, prefix, block);
  if (!v.partial) return <p className="serve-note" data-value="cow.none">{t('serve.cow.whole', { prefix, block })}</p>;
  if (!v.cached) return <p className="serve-note" data-value="cow.notYet">{t('serve.cow.notYet')}</p>;
  return (
    <div className="serve-cow">
      <ScrollX>
        <table className="cow-table">
          <caption>{t('serve.cow.caption', { logical: v.logical, copies: frame.memory.copies })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(projector ? 'serve.cow.physical' : 'serve.cow.block')}</th>
              {v.cached.tokens.map((_, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: slot position
                <th key={j} scope="col">
                  {j}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <BlockRow label={t(projector ? 'serve.cow.cachedShort' : 'serve.cow.cached', { block: v.cached.block, refs: v.cached.refs })} view={v.cached} kind="cached" dataName="cow.cached" />
            {v.copies.slice(0, 4).map((c) => (
              <BlockRow key={c.id} label={t(projector ? 'serve.cow.copyShort' : 'serve.cow.copy', { id: c.id, block: c.view.block, refs: c.view.refs })} view={c.view} kind="copy" dataName={`cow.copy.${c.id}`} />
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className="hint">{t('serve.cow.legend')}</p>
      {v.copies.length > 4 && <p className="hint">{t('serve.cow.more', { n: v.copies.length - 4 })}</p>}
      {v.sharedFull.length > 0 && (
        <p data-value="cow.full">{t('serve.cow.full', { blocks: v.sharedFull.map((b) => `${b.block} (×${b.refs})`).join(', ') })}</p>
      )}
    </div>
  );
}
