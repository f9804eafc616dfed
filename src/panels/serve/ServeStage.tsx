import type { ReactNode } from 'react';
import { useContext } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { serveStage } from '../../lesson/serve/stage';
import { StageCtx, useStagePart } from '../stage/StageContext';
import { richText } from '../common/richText';

/** One chip of the flow drawn in the figure (projector mode, where the strip above is hidden). */
function FlowChip({ id, symbol, sep }: { id: string; symbol: string; sep: string }) {
  const part = useStagePart(id, 'serve-flow-chip');
  return (
    <li {...part.props}>
      {sep && <span aria-hidden="true">{sep} </span>}
      {richText(symbol)}
    </li>
  );
}

/**
 * The serving stage: what the step is about in words (its highlighted parts of the flow weights → card
 * memory → blocks → shared prefixes → batch, beside the cache), then the step's picture with the controls
 * that drive it (`children`). On a projector, where the strip is hidden, the flow is drawn here as symbols.
 */
export function ServeStage({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const ctx = useContext(StageCtx);
  const parts = [...(serveStage.store ?? []), ...serveStage.flow];
  const named = parts.filter((p) => ctx?.step.highlight?.includes(p.id));
  const first = useStagePart(named[0]?.id ?? '', 'serve-stage-about');
  return (
    <div className="serve-stage">
      <ol className="serve-stage-flow" aria-hidden="true">
        {parts.map((p, i) => (
          <FlowChip key={p.id} id={p.id} symbol={p.symbol} sep={i === 0 ? '' : i === 1 ? '·' : '→'} />
        ))}
      </ol>
      {named.length > 0 && (
        <p {...first.props}>
          <span className="serve-stage-where">{t('serve.stage.where')}</span> {richText(named.map((p) => t('serve.stage.part', { label: t(p.labelKey), symbol: p.symbol })).join(t('serve.stage.sep')))}
        </p>
      )}
      {children}
    </div>
  );
}
