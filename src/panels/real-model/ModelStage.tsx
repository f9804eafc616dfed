import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull, fmtInt } from '../../lesson/format';
import { modelStage } from '../../lesson/real-model/stage';
import { mq } from '../../lesson/real-model/links';
import { wordLang } from '../../lesson/real-model/sentence';
import { TokenChip } from '../common/TokenChip';
import { useStagePart } from '../stage/StageContext';
import { useAppended } from '../stage/useAppended';
import { LinkedText } from '../common/LinkedText';
import { richText } from '../common/richText';

/** What the stage shows: the cache's tokens (T), which rows the last pass appended, and the word it predicts next (if any). */
export interface ModelStageView {
  /** Token ids in the cache, one row per token (T). */
  ids: readonly number[];
  /** Positions of the rows the last pass wrote (all of the sentence at prefill, one per decode step). */
  fresh: readonly number[];
  /** The word chosen after these tokens and its probability; absent when the step shows none. */
  next?: { id: number; p: number };
  /** The next word and its probability take part in the step's linked numbers (next-token: the pick and its p). */
  linkNext?: boolean;
}

/** One flow chip drawn inside the figure (the strip is hidden in projector mode, so the figure names the flow itself). */
function FlowChip({ id, symbol, first }: { id: string; symbol: string; first: boolean }) {
  const part = useStagePart(id, 'rm-flow-chip');
  return (
    <li {...part.props}>
      {!first && <span aria-hidden="true">→ </span>}
      {richText(symbol)}
    </li>
  );
}

/**
 * The real model's stage: its data flow (projector mode; the strip shows it otherwise) and its KV cache as
 * one row per token — position, word, "new" on the rows the last pass appended — the same rows in every layer
 * and K/V head, then the word predicted next with its probability.
 */
export function ModelStage({ model, view }: { model: Model; view: ModelStageView }) {
  const { t } = useI18n();
  const cache = useStagePart('cache', 'rm-stage-cache');
  const newRow = useStagePart('new-row', 'new-row');
  const next = useStagePart('next', 'rm-stage-next');
  const { nLayers: L, nKvHeads: KV } = model.config;
  const fresh = new Set(view.fresh);
  const words = view.ids.map((id) => model.vocab[id]);
  const appended = useAppended('real-model', view.ids.map((id, i) => `${i}:${id}`));
  return (
    <div className="rm-stage">
      <ol className="rm-stage-flow" aria-hidden="true">
        {modelStage.flow.map((p, i) => (
          <FlowChip key={p.id} id={p.id} symbol={p.symbol} first={i === 0} />
        ))}
      </ol>
      <p {...cache.props}>
        <strong>KV</strong> <LinkedText k="realModel.stage.rows" params={{ L: fmtInt(L), KV: fmtInt(KV), T: fmtInt(view.ids.length) }} links={{ L: mq.L, KV: mq.KV, T: mq.T }} />
      </p>
      <ol className="rm-stage-tokens" data-value="stage.tokens" data-words={words.join(' ')}>
        {words.map((w, i) => {
          const isNew = fresh.has(i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's identity is its position
            <li key={i} className={isNew ? `rm-stage-row ${newRow.props.className}${appended(`${i}:${view.ids[i]}`) ? ' appear' : ''}` : 'rm-stage-row'} data-stage-part={isNew ? 'new-row' : undefined} data-q={mq.tok(i)} tabIndex={0}>
              <span className="composer-pos">{fmtInt(i)}</span>
              <TokenChip token={w} index={i} lang={wordLang(w)} />
              {isNew && <span className="rm-new-tag">{richText(t('stage.newBadge'))}</span>}
            </li>
          );
        })}
        {view.next && (
          <li {...next.props} data-value="stage.next">
            <span aria-hidden="true">→ </span>
            <span className="sr-only">{richText(t('realModel.gen.predicted'))} </span>
            <span data-q={view.linkNext ? mq.pick : undefined} tabIndex={view.linkNext ? 0 : undefined}>
              <TokenChip token={model.vocab[view.next.id]} index={view.ids.length} lang={wordLang(model.vocab[view.next.id])} />
            </span>
            <span className="num" title={fmtFull(view.next.p)} data-q={view.linkNext ? mq.p(view.next.id) : undefined} tabIndex={view.linkNext ? 0 : undefined}>
              {fmt(view.next.p)}
            </span>
          </li>
        )}
      </ol>
    </div>
  );
}
