import { type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { headOptions, identicalKV, isEdited, kvChoices, setHeads } from '../../lesson/heads/edits';
import { hq } from '../../lesson/heads/links';
import { HEADS_DEFAULTS, type HeadsState } from '../../lesson/heads/model';
import { useStagePart } from '../stage/StageContext';
import { useViewPrefs } from '../ViewContext';
import { HeadMaps, KV_MARK } from './HeadMaps';
import { plainText, richText } from '../common/richText';

interface Props {
  state: HeadsState;
  onChange: (s: HeadsState) => void;
  n: HeadsNumbers | null;
  /** The step's editable matrices (X, W_Q/W_K/W_V, W_O), drawn on the stage under the picture. */
  matrices?: ReactNode;
  /** Show each query head's attention weights (a heatmap framed in its colour) under the cache. */
  showMaps?: boolean;
  /** A step about something beside the toy (MLA, the prediction): on a projector only the cache line stays. */
  brief?: boolean;
}

/**
 * The multi-head stage: the choices of query heads h and K/V heads on top; then the KV cache as its
 * K/V heads, each a box (its colour, its mark ●▲■◆ and its name) holding the query heads that read
 * it, each query head a chip in its own colour with its name; then Concat(head₁ … head_h) · W_O,
 * each column of Concat in the colour of the head it came from. Colour is never the only cue.
 */
export function HeadsStage({ state, onChange, n, matrices, showMaps = false, brief = false }: Props) {
  const { t } = useI18n();
  const name = useId();
  const kv = useStagePart('kv', 'kv-groups');
  const heads = useStagePart('heads');
  const concat = useStagePart('concat', 'concat-strip');
  const wo = useStagePart('wo');
  const proj = useStagePart('proj', 'heads-matrices');
  const head = (i: number) => t('heads.groups.headN', { i: i + 1 });
  const { projector } = useViewPrefs();
  return (
    <>
      <div className={brief ? 'heads-left brief' : 'heads-left'}>
      <div className="heads-controls">
        <div role="radiogroup" aria-labelledby={`${name}-hl`} className="heads-choice">
          <span id={`${name}-hl`} className="heads-choice-label">
            {richText(t('heads.controls.h'))}
          </span>
          {headOptions().map(({ h, d }) => (
            <label key={h}>
              <input type="radio" name={`${name}-h`} data-cell={`h.${h}`} checked={state.h === h} onChange={() => onChange(setHeads(state, h))} /> {projector ? `h = ${h}` : t('heads.hOption', { h, d })}
            </label>
          ))}
        </div>
        <div role="radiogroup" aria-labelledby={`${name}-kl`} className="heads-choice">
          <span id={`${name}-kl`} className="heads-choice-label">
            {richText(t('heads.controls.kv'))}
          </span>
          {kvChoices(state.h).map(({ g, per, kind }) => (
            <label key={g} title={plainText(t(`heads.kv.${kind}`, { g, per }))}>
              <input type="radio" name={`${name}-kv`} data-cell={`kv.${g}`} checked={state.kvHeads === g} onChange={() => onChange({ ...state, kvHeads: g })} />{' '}
              {richText(t(`heads.kvShort.${kind}`, { g, per }))}
            </label>
          ))}
        </div>
      </div>
      {n && (
        <div {...kv.props}>
          <p className="kv-groups-title">{richText(t(projector ? 'heads.stage.cacheShort' : 'heads.stage.cacheTitle'))}</p>
          <ul className="kv-group-list">
            {Array.from({ length: n.kvHeads }, (_, g) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a K/V head's identity is its index
              <li key={g} className={`kv-group hc-${g % 4}`} data-q={hq.kvHead(g)} tabIndex={0}>
                <span className="kv-group-name">
                  <span className="kv-mark" aria-hidden="true">
                    {KV_MARK[g % 4]}
                  </span>{' '}
                  {richText(t('heads.groups.kvN', { g: g + 1 }))}
                </span>
                <ul className="q-head-list" aria-label={plainText(t('heads.stage.readBy'))}>
                  {n.groups.flatMap((gi, i) =>
                    gi === g
                      ? [
                          // biome-ignore lint/suspicious/noArrayIndexKey: a query head's identity is its index
                          <li key={i} className={`q-head hc-${i % 4} ${heads.props.className}`} data-stage-part="heads" data-q={hq.qHead(i)} tabIndex={0}>
                            <span className="head-swatch" aria-hidden="true" />
                            {head(i)}
                            <span className="sr-only" data-value={`group.${i}`}>
                              {richText(t('heads.stage.reads', { head: head(i), kv: t('heads.groups.kvN', { g: g + 1 }) }))}
                            </span>
                          </li>,
                        ]
                      : [],
                  )}
                </ul>
              </li>
            ))}
          </ul>
          <p className="kv-count" data-value={kv.concealed ? undefined : 'share.cache'}>
            {kv.concealed ? t('heads.stage.countHidden') : t('heads.share.cache', { g: n.kvHeads, d: n.d, n: n.toyElements, h: n.h, mha: n.toyElementsMha })}
          </p>
        </div>
      )}
      {n && (
        <div {...concat.props}>
          <span className="concat-word">Concat(</span>
          {n.concatHead.map((h, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
            <span key={j} className={`concat-col hc-${h % 4}`} data-q={hq.concatCol(j)} title={plainText(t('heads.concat.concat', { i: h + 1, j: j + 1 }))}>
              {h + 1}
              <span className="sr-only"> {t('heads.concat.concat', { i: h + 1, j: j + 1 })}</span>
            </span>
          ))}
          <span className="concat-word">)</span>
          <span {...wo.props} data-q={hq.output}>
            {richText('· W_O →')} {richText(t('heads.stage.output'))}
          </span>
        </div>
      )}
      </div>
      {n && showMaps && (
        <div className={`stage-maps ${heads.props.className}`} data-stage-part="heads">
          <HeadMaps n={n} />
        </div>
      )}
      {matrices && <div {...proj.props}>{matrices}</div>}
      <div className="input-tools">
        <button type="button" onClick={() => onChange(identicalKV(state))}>
          {richText(t('heads.identical'))}
        </button>
        <button type="button" onClick={() => onChange(structuredClone(HEADS_DEFAULTS))} disabled={!isEdited(state)}>
          {richText(t('heads.reset'))}
        </button>
      </div>
    </>
  );
}
