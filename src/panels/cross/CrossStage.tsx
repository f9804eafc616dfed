import { useI18n } from '../../i18n/I18nContext';
import type { CrossNumbers } from '../../lesson/cross/derive';
import { type CrossTarget, differsFromDefault, isEdited, resetVectors, setCell } from '../../lesson/cross/edits';
import { xq } from '../../lesson/cross/links';
import { type CrossState, DEC_TOKENS, ENC_LANG, ENC_TOKENS, encColour } from '../../lesson/cross/model';
import { fmtInt } from '../../lesson/format';
import { InputTools } from '../common/InputTools';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { type CellCommit, useCellCommit, VecCells } from '../common/VecCells';
import { useStagePart } from '../stage/StageContext';
import { appearing, useAppended } from '../stage/useAppended';
import { StageNum } from '../stage/StageNum';
import { CacheTable } from './CrossCacheTable';
import { richText } from '../common/richText';

/** Editable cells of row i of matrix m, linked as quantity `q`. */
function Cells({ state, m, i, token, commit, q }: { state: CrossState; m: CrossTarget; i: number; token: string; commit: CellCommit; q: string }) {
  const { t } = useI18n();
  return (
    <VecCells
      values={state[m][i]}
      id={`${m}.${i}`}
      q={q}
      label={(j) => t('cross.cell', { m: t(`cross.m.${m}`), token, dim: j + 1 })}
      edited={(j) => differsFromDefault(state, m, i, j)}
      onCommit={commit}
    />
  );
}

interface Props {
  state: CrossState;
  onChange: (s: CrossState) => void;
  n: CrossNumbers | null;
  /** Decoding position shown: 0 = before decoding, t = after t decoded tokens, null = hidden until the guess. */
  position: number | null;
}

/**
 * The cross-attention stage: the cross-attention cache (the encoder's K, V of 猫坐在垫子上, filled once,
 * editable) beside the self-attention cache (one row per decoded token, the newest sliding in), each
 * with the current decoder token's weights w and output o; the token's query q under both, editable;
 * on the decoding step the playback (CrossPlayback) sits above it, first in the stage.
 */
export function CrossStage({ state, onChange, n, position }: Props) {
  const { t, tn } = useI18n();
  const crossPart = useStagePart('cross-cache', 'stage-cache');
  const selfPart = useStagePart('self-cache', 'stage-cache');
  const crossW = useStagePart('cross-w');
  const selfW = useStagePart('self-w');
  const q = useStagePart('q', 'cross-q');
  const freshRow = useStagePart('new-row', 'new-row');
  const commit = useCellCommit(state, onChange, setCell);
  const hidden = position === null || crossPart.concealed;
  const p = hidden ? 0 : position;
  const appended = useAppended('cross-self', DEC_TOKENS.slice(0, p));
  const st = n && p > 0 ? n.steps[p - 1] : null;
  const hiddenNote = <span>{richText(t('stage.hidden'))}</span>;
  const crossRows = ENC_TOKENS.map((tok, i) => (
    <tr key={tok}>
      <th scope="row">
        <TokenChip token={tok} index={encColour(i)} lang={ENC_LANG} />
      </th>
      <td>
        <Cells state={state} m="Kenc" i={i} token={tok} commit={commit} q={xq.ck(i)} />
      </td>
      <td>
        <Cells state={state} m="Venc" i={i} token={tok} commit={commit} q={xq.cv(i)} />
      </td>
      {st ? <StageNum value={st.crossTrace.weights[0][i]} q={xq.cw(i)} part={crossW} /> : <td />}
    </tr>
  ));
  const selfRows = DEC_TOKENS.slice(0, p).map((tok, j) => {
    const fresh = j === p - 1;
    const newRow = appearing(freshRow, appended(tok));
    return (
      <tr key={tok} {...(fresh ? newRow.props : {})} className={fresh ? newRow.props.className : 'read-row'}>
        <th scope="row">
          <TokenChip token={tok} index={j} />
          {fresh && <span className="new-badge">{richText(t('stage.newBadge'))}</span>}
        </th>
        <td>
          <Cells state={state} m="Kdec" i={j} token={tok} commit={commit} q={xq.sk(j)} />
        </td>
        <td>
          <Cells state={state} m="Vdec" i={j} token={tok} commit={commit} q={xq.sv(j)} />
        </td>
        {st ? <StageNum value={st.selfTrace.weights[0][j]} q={xq.sw(j)} part={selfW} /> : <td />}
      </tr>
    );
  });
  const crossCount = n && !hidden ? n.crossCache.keys.length : null;
  const selfCount = hidden ? null : p;
  const token = p > 0 ? DEC_TOKENS[p - 1] : null;
  return (
    <>
      <ScrollX>
        <div className="stage-tables cross-stage">
          <CacheTable
            part={crossPart}
            weights={crossW}
            name="cross"
            caption={
              <>
                <span>{crossCount === null ? t('cross.stage.crossCache') : tn('cross.cache.cross', crossCount, { rows: fmtInt(crossCount) })}</span>
                <span className="cross-fixed"> {t('cross.stage.fixed')}</span>
              </>
            }
            rows={crossRows}
            placeholder={hidden ? hiddenNote : undefined}
            output={st ? st.crossTrace.output[0] : null}
            outputQ={xq.co}
            count={crossCount}
          />
          <CacheTable
            part={selfPart}
            weights={selfW}
            name="self"
            caption={
              <>
                <span>{selfCount === null ? t('cross.stage.selfCache') : tn('cross.cache.self', selfCount, { rows: fmtInt(selfCount) })}</span>
                <span className="cross-fixed"> {t('cross.stage.grows')}</span>
              </>
            }
            rows={selfRows}
            placeholder={hidden ? hiddenNote : p === 0 ? <span>{richText(t('cross.stage.empty'))}</span> : undefined}
            output={st ? st.selfTrace.output[0] : null}
            outputQ={xq.so}
            count={selfCount}
          />
        </div>
      </ScrollX>
      {token && (
        <p className={`cross-q-line ${q.props.className}`} data-stage-part="q">
          <span>{richText(t('cross.stage.qOf', { token }))}</span> <Cells state={state} m="Q" i={p - 1} token={token} commit={commit} q={xq.q} />
        </p>
      )}
      <InputTools resetLabel={t('cross.reset')} edited={isEdited(state)} onReset={() => onChange(resetVectors(state))} source={t('cross.inputs.note')} />
    </>
  );
}
