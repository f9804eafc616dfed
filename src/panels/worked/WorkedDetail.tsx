import { useI18n } from '../../i18n/I18nContext';
import { type BarAxis, sharedAxis } from '../../lesson/bars';
import { fmt, fmtFull } from '../../lesson/format';
import type { QuantityId } from '../../lesson/links';
import { tokenColour } from '../../lesson/tokens';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { wq } from '../../lesson/worked/links';
import { CACHED_TOKENS } from '../../lesson/worked/model';
import { Bars } from '../common/Bars';
import { TokenChip } from '../common/TokenChip';
import { OutputDetail } from './OutputDetail';
import { SelfDetail } from './SelfDetail';
import { SummaryDetail } from './SummaryDetail';
import { WeightsDetail } from './WeightsDetail';
import { richText } from '../common/richText';

interface TokenBarsProps {
  values: readonly number[];
  name: string;
  caption: string;
  header: string;
  /** The axis shared by every chart it is compared with (scores and scaled scores share one; weights use WEIGHT_AXIS). */
  axis: BarAxis;
  group: 'scores' | 'weights';
  /** Token i's quantity id (linked highlighting): its bar and number light with the same quantity on the stage and in the formula. */
  q: (i: number) => QuantityId;
}

/**
 * A bar chart of one number per cached token, with data-value="<name>.<i>" on each number. Bar and number carry
 * the token's quantity id, but are no Tab stops of their own: the stage's number of the same quantity is one.
 */
export function TokenBars({ values, name, caption, header, axis, group, q }: TokenBarsProps) {
  const { t } = useI18n();
  return (
    <Bars
      axis={axis}
      group={group}
      caption={caption}
      labelHeader={t('table.token')}
      valueHeader={header}
      items={values.map((v, i) => ({
        key: String(i),
        label: <TokenChip token={CACHED_TOKENS[i] ?? 'on'} index={i} />,
        value: v,
        text: fmt(v),
        title: fmtFull(v),
        dataValue: `${name}.${i}`,
        q: q(i),
        linkBar: true,
        tabStop: false,
        colour: tokenColour(CACHED_TOKENS[i] ?? 'on', i),
      }))}
    />
  );
}

/** The part of the panel that belongs to the current step of the worked example. */
export function WorkedDetail({ stepId, n }: { stepId: string; n: WorkedNumbers }) {
  const { t } = useI18n();
  switch (stepId) {
    case 'setting':
      return (
        <ul className="facts">
          <li>{richText(t('worked.setting.reused', { tokens: CACHED_TOKENS.join(', ') }))}</li>
          <li><strong>{richText(t('worked.setting.new'))}</strong></li>
        </ul>
      );
    case 'scores':
      return <TokenBars values={n.article.scores} name="scores" caption={t('worked.scores.caption')} header={t('worked.scores.header')} axis={sharedAxis(n.article.scores)} group="scores" q={wq.score} />;
    case 'scale': {
      // Scores and scaled scores on one axis (with its zero line), so the division by √d_k is visible as shorter bars.
      const axis = sharedAxis(n.article.scores, n.article.scaled);
      return (
        <>
          {!n.scaled && <p className="erratum">{richText(t('worked.scale.off'))}</p>}
          <TokenBars values={n.article.scores} name="scores" caption={t('worked.scores.caption')} header={t('worked.scores.header')} axis={axis} group="scores" q={wq.score} />
          <TokenBars
            values={n.article.scaled}
            name="scaled"
            caption={t(n.scaled ? 'worked.scale.caption' : 'worked.scale.captionOff', { d: n.d, sqrt: fmt(n.sqrtD) })}
            header={t(n.scaled ? 'worked.scale.header' : 'worked.scale.headerOff')}
            axis={axis}
            group="scores"
            q={wq.scaled}
          />
        </>
      );
    }
    case 'weights':
      return <WeightsDetail n={n} />;
    case 'output':
      return <OutputDetail n={n} />;
    case 'self-attend':
      return <SelfDetail n={n} />;
    case 'summary':
      return <SummaryDetail n={n} />;
    default:
      return null;
  }
}
