import { useI18n } from '../../i18n/I18nContext';
import { differsFromDefault, isEdited, type NoQTarget, resetVectors, setCell } from '../../lesson/no-q-cache/edits';
import { ALL_TOKENS, isArticleValue, type NoQState } from '../../lesson/no-q-cache/model';
import { NumberCell } from '../common/NumberCell';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

const TARGETS: readonly NoQTarget[] = ['Q', 'K', 'V'];

/** The editable q, k, v of every token; "on" is quiet while it is not in the sequence. */
export function NoQInputs({ state, onChange, emph }: { state: NoQState; onChange: (s: NoQState) => void; emph: boolean }) {
  const { t } = useI18n();
  return (
    <section className={`inputs${emph ? ' emph' : ''}`} aria-label={t('noq.inputs.caption')}>
      <ScrollX>
        <table className="cache-table noq-inputs">
          <caption>{t('noq.inputs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.token')}</th>
              <th scope="col">{t('noq.inputs.q')}</th>
              <th scope="col">{t('noq.inputs.k')}</th>
              <th scope="col">{t('noq.inputs.v')}</th>
            </tr>
          </thead>
          <tbody>
            {ALL_TOKENS.map((tok, i) => (
              <tr key={tok} className={i === 3 && !state.added ? 'quiet' : i === 3 ? 'new-row' : undefined}>
                <th scope="row">
                  <TokenChip token={tok} index={i} />
                  {i === 3 && <span className="status"> {state.added ? t('noq.inputs.inSeq') : t('noq.inputs.notYet')}</span>}
                </th>
                {TARGETS.map((m) => (
                  <td key={m}>
                    <span className="vec">
                      {state[m][i].map((x, j) => (
                        <NumberCell
                          // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
                          key={j}
                          value={x}
                          cellId={`${m}.${i}.${j}`}
                          label={t('noq.cell', { m: m.toLowerCase(), token: tok, dim: j + 1 })}
                          edited={differsFromDefault(state, m, i, j)}
                          onCommit={(v) => onChange(setCell(state, m, i, j, v))}
                        />
                      ))}
                    </span>
                    <span className="sr-only">{isArticleValue(m, i) ? t('noq.source.article') : t('noq.source.ours')}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <div className="input-tools">
        <button type="button" onClick={() => onChange(resetVectors(state))} disabled={!isEdited(state)}>
          {t('noq.reset')}
        </button>
      </div>
      <p className="hint">
        {t('noq.inputs.source')} {t('cell.help')}
      </p>
    </section>
  );
}
