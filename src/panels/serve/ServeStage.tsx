import { useI18n } from '../../i18n/I18nContext';
import { serveStage } from '../../lesson/serve/stage';
import { useStagePart } from '../stage/StageContext';

/** One part of the flow: its symbol (projector mode, where the strip is hidden) or, for the step's own parts, what it is in words. */
function Part({ id, symbol, label, first }: { id: string; symbol: string; label: string; first: boolean }) {
  const part = useStagePart(id, 'serve-flow-chip');
  return (
    <li {...part.props}>
      {!first && <span aria-hidden="true">→ </span>}
      <span className="serve-flow-symbol">{symbol}</span>
      {part.emphasis === 'emph' && <span className="serve-flow-label"> {label}</span>}
    </li>
  );
}

/**
 * The serving stage: the flow weights → card memory → blocks → shared prefixes → batch, the step's parts
 * emphasised and said in words (the strip above names every part; on a projector this list is the strip).
 */
export function ServeStage() {
  const { t } = useI18n();
  const cache = useStagePart('cache', 'serve-flow-chip');
  return (
    <div className="serve-stage">
      <span className="serve-stage-where">{t('serve.stage.where')}</span>
      <ol className="serve-stage-flow">
        {serveStage.flow.map((p, i) => (
          <Part key={p.id} id={p.id} symbol={p.symbol} label={t(p.labelKey)} first={i === 0} />
        ))}
        <li {...cache.props}>
          <span aria-hidden="true">· </span>
          <span className="serve-flow-symbol">KV</span>
          {cache.emphasis === 'emph' && <span className="serve-flow-label"> {t('serve.stage.cache')}</span>}
        </li>
      </ol>
    </div>
  );
}
