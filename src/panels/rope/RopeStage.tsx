import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import type { RopeState } from '../../lesson/rope/model';
import { ropeStage } from '../../lesson/rope/stage';
import { TokenChip } from '../common/TokenChip';
import { useStagePart } from '../stage/StageContext';
import { HeadPicker } from './HeadPicker';
import { richText } from '../common/richText';

/** One flow chip inside the figure (the strip is hidden in projector mode, so the figure names the flow itself). */
function FlowChip({ id, symbol, first }: { id: string; symbol: string; first: boolean }) {
  const part = useStagePart(id, 'rope-flow-chip');
  return (
    <li {...part.props}>
      {!first && <span aria-hidden="true">→ </span>}
      {richText(symbol)}
    </li>
  );
}

interface Props {
  words: readonly { word: string; lang: string }[];
  /** Rows the step's q and k come from (pairs and relative steps); omitted otherwise. */
  qRow?: number;
  kRow?: number;
  state: RopeState;
  onChange: (s: RopeState) => void;
  layers: number;
  heads: number;
  group: number;
  /** Show the head picker (the steps about the decode loop use every head). */
  pickHead: boolean;
  /** The step's panel lists the same rows (its cache table): a projector shows them once. */
  dupTokens?: boolean;
  /** Rows in the cache when the step decodes past the sentence (default: one per word). */
  cacheRows?: number;
  /** Quantity id of row i's position, where the step's panel links it (linked highlighting); none by default. */
  posQ?: (i: number) => string | undefined;
}

/**
 * The RoPE stage: the flow (projector mode; the strip shows it otherwise), the head the chapter reads (its
 * control), and the cache of the sentence as one row per token with its position — the keys stored after
 * their turn — the rows the step's q and k come from tagged.
 */
export function RopeStage({ words, qRow, kRow, state, onChange, layers, heads, group, pickHead, dupTokens = false, cacheRows, posQ }: Props) {
  const { t } = useI18n();
  const cache = useStagePart('cache', 'rope-stage-cache');
  const qk = useStagePart('qk');
  const tag = (i: number) => {
    const tags = [i === qRow ? 'q' : '', i === kRow ? 'k' : ''].filter(Boolean);
    if (!tags.length) return null;
    return (
      <span {...qk.props} className={`rope-stage-tag ${qk.props.className}`}>
        <span aria-hidden="true">{tags.join(', ')}</span>
        <span className="sr-only">{tags.map((x) => t(x === 'q' ? 'rope.stage.q' : 'rope.stage.k')).join(', ')}</span>
      </span>
    );
  };
  return (
    <div className="rope-stage">
      <ol className="rope-stage-flow" aria-hidden="true">
        {ropeStage.flow.map((p, i) => (
          <FlowChip key={p.id} id={p.id} symbol={p.symbol} first={i === 0} />
        ))}
      </ol>
      <p {...cache.props}>{richText(t('rope.stage.rows', { T: fmtInt(cacheRows ?? words.length) }))}</p>
      {pickHead && <HeadPicker state={state} onChange={onChange} layers={layers} heads={heads} group={group} />}
      <ol className={dupTokens ? 'rope-stage-tokens rope-dup' : 'rope-stage-tokens'} data-value="stage.tokens" data-words={words.map((w) => w.word).join(' ')}>
        {words.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row's identity is its position
          <li key={i} className="rope-stage-row">
            <span className="composer-pos" data-q={posQ?.(i)} tabIndex={posQ?.(i) ? 0 : undefined}>
              {fmtInt(i)}
            </span>
            <TokenChip token={w.word} index={i} lang={w.lang} />
            {tag(i)}
          </li>
        ))}
      </ol>
    </div>
  );
}
