import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import type { RowNumbers, SpreadNumbers } from '../../lesson/scaling/derive';
import { Histograms } from './Histogram';
import { rawWeightId } from '../../lesson/scaling/links';
import { MAX_DK, MIN_DK, nextSeed, ROW_KEYS, type ScalingState } from '../../lesson/scaling/model';
import { wq } from '../../lesson/worked/links';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';
import { useStagePart } from '../stage/StageContext';
import { StageNum } from '../stage/StageNum';
import { plainText, richText } from '../common/richText';

/**
 * The scaling chapter's stage, on the attention flow: d_k (slider and field) and a new draw of q and
 * k sit on the ÷√d_k part they drive. On the spread steps (`spread`) it shows the distributions of
 * q·kᵢ and q·kᵢ/√d_k (the scores and scaled parts); on the softmax steps one query against ROW_KEYS
 * random keys, row by row: q·kᵢ → ÷√d_k → softmax, beside softmax without the division. The
 * weights are "?" while the saturation step's prediction is open.
 */
export function ScalingStage({ state, onChange, row, spread, emphasis }: { state: ScalingState; onChange: (s: ScalingState) => void; row: RowNumbers | null; spread: SpreadNumbers | null; emphasis: 'unscaled' | 'scaled' | null }) {
  const { t } = useI18n();
  const sliderId = useId();
  const scores = useStagePart('scores');
  const scaled = useStagePart('scaled');
  const weights = useStagePart('weights');
  const keys = Array.from({ length: ROW_KEYS }, (_, i) => i);
  return (
    <>
      <div {...scaled.props} className={`scaling-dk ${scaled.props.className}`}>
        <label htmlFor={sliderId} className="dim-label">
          {richText(t('scaling.dk.label'))}
        </label>
        <input
          id={sliderId}
          className="dk-slider"
          type="range"
          min={MIN_DK}
          max={MAX_DK}
          step={1}
          value={state.dk}
          aria-label={plainText(t('scaling.dk.slider'))}
          data-control="dk-slider"
          onChange={(e) => onChange({ ...state, dk: Number(e.target.value) })}
        />
        <NumberCell value={state.dk} rule={{ integer: true, min: MIN_DK, max: MAX_DK }} cellId="dk" label={t('scaling.dk.cell')} onCommit={(dk) => onChange({ ...state, dk })} />
        <button type="button" data-control="reroll" onClick={() => onChange({ ...state, seed: nextSeed(state.seed) })}>
          {richText(t('scaling.reroll'))}
        </button>
      </div>
      <div className="stage-tall">
      {spread && emphasis ? (
        <Histograms n={spread} emphasis={emphasis} parts={{ unscaled: scores, scaled }} />
      ) : (
      <ScrollX>
        <div className="stage-tables scaling-stage">
          <table className="stage-table stage-flow scaling-row">
            <caption>{richText(t('scaling.stage.caption', { keys: fmtShort(ROW_KEYS), dk: fmtShort(state.dk) }))}</caption>
            <thead>
              <tr>
                <th scope="col">{richText(t('scaling.row.keyHeader'))}</th>
                <th scope="col" {...scores.props} title={plainText(t('stage.part.scores'))}>
                  q·kᵢ
                </th>
                <th scope="col" {...scaled.props} title={plainText(t('stage.part.scaled'))}>
                  <span className="flow-arrow" aria-hidden="true">→ </span>
                  {richText('÷√d_k')}
                </th>
                <th scope="col" {...weights.props} title={plainText(t('stage.part.weights'))}>
                  <span className="flow-arrow" aria-hidden="true">→ </span>softmax
                </th>
                <th scope="col" {...weights.props} title={plainText(t('scaling.stage.rawWeights'))}>
                  {richText(t('scaling.stage.rawHeader'))}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((i) => (
                <tr key={i}>
                  <th scope="row">{richText(t('scaling.row.key', { i: i + 1 }))}</th>
                  {row ? (
                    <>
                      <StageNum value={row.scoresRaw[i]} q={wq.score(i)} part={scores} />
                      <StageNum value={row.scoresScaled[i]} q={wq.scaled(i)} part={scaled} />
                      <StageNum value={row.weightsScaled[i]} q={wq.weight(i)} part={weights} />
                      <StageNum value={row.weightsRaw[i]} q={rawWeightId(i)} part={weights} className="num scaling-raw" />
                    </>
                  ) : (
                    <td colSpan={4} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ScrollX>
      )}
      </div>
      <div className="input-tools">
        <span className="hint">{richText(t('scaling.seed', { seed: fmtShort(state.seed) }))}</span>
        <details className="stage-help">
          <summary>{richText(t('stage.help'))}</summary>
          <p className="hint">{richText(t('scaling.inputs.hint'))}</p>
        </details>
      </div>
    </>
  );
}
