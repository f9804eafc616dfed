import { useI18n } from '../../i18n/I18nContext';
import { type CrossTarget, differsFromDefault, isEdited, resetVectors, setCell } from '../../lesson/cross/edits';
import { type CrossState, DEC_TOKENS, ENC_LANG, ENC_TOKENS, encColour } from '../../lesson/cross/model';
import { NumberCell } from '../common/NumberCell';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

type Props = { state: CrossState; onChange: (s: CrossState) => void };

/** Editable cells of one row of one matrix. */
function Cells({ state, onChange, m, i, token }: Props & { m: CrossTarget; i: number; token: string }) {
  const { t } = useI18n();
  return (
    <span className="vec">
      {state[m][i].map((x, j) => (
        <NumberCell
          // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
          key={j}
          value={x}
          cellId={`${m}.${i}.${j}`}
          label={t('cross.cell', { m: t(`cross.m.${m}`), token, dim: j + 1 })}
          edited={differsFromDefault(state, m, i, j)}
          onCommit={(v) => onChange(setCell(state, m, i, j, v))}
        />
      ))}
    </span>
  );
}

/** The encoder's K, V and the decoder's q, k, v, all editable. */
export function CrossInputs({ state, onChange, emph }: Props & { emph: boolean }) {
  const { t } = useI18n();
  return (
    <section className={`inputs${emph ? ' emph' : ''}`} aria-label={t('cross.inputs.label')}>
      <div className="cross-inputs">
        <ScrollX>
          <table className="cache-table">
            <caption>{t('cross.inputs.enc')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.token')}</th>
                <th scope="col">{t('cross.m.Kenc')}</th>
                <th scope="col">{t('cross.m.Venc')}</th>
              </tr>
            </thead>
            <tbody>
              {ENC_TOKENS.map((tok, i) => (
                <tr key={tok}>
                  <th scope="row"><TokenChip token={tok} index={encColour(i)} lang={ENC_LANG} /></th>
                  <td><Cells state={state} onChange={onChange} m="Kenc" i={i} token={tok} /></td>
                  <td><Cells state={state} onChange={onChange} m="Venc" i={i} token={tok} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
        <ScrollX>
          <table className="cache-table">
            <caption>{t('cross.inputs.dec')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.token')}</th>
                <th scope="col">{t('cross.m.Q')}</th>
                <th scope="col">{t('cross.m.Kdec')}</th>
                <th scope="col">{t('cross.m.Vdec')}</th>
              </tr>
            </thead>
            <tbody>
              {DEC_TOKENS.map((tok, i) => (
                <tr key={tok}>
                  <th scope="row"><TokenChip token={tok} index={i} /></th>
                  <td><Cells state={state} onChange={onChange} m="Q" i={i} token={tok} /></td>
                  <td><Cells state={state} onChange={onChange} m="Kdec" i={i} token={tok} /></td>
                  <td><Cells state={state} onChange={onChange} m="Vdec" i={i} token={tok} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </div>
      <div className="input-tools">
        <button type="button" onClick={() => onChange(resetVectors(state))} disabled={!isEdited(state)}>
          {t('cross.reset')}
        </button>
      </div>
      <p className="hint">
        {t('cross.inputs.note')} {t('cell.help')}
      </p>
    </section>
  );
}
