import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { NoQNumbers } from '../../lesson/no-q-cache/derive';
import { ALL_TOKENS, type NoQState } from '../../lesson/no-q-cache/model';

/** A labelled select of the live tokens. */
function TokenSelect({ label, value, T, onPick, action }: { label: string; value: number; T: number; onPick: (i: number) => void; action: string }) {
  const id = useId();
  return (
    <span className="noq-pick">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-action={action} value={value} onChange={(e) => onPick(Number(e.target.value))}>
        {ALL_TOKENS.slice(0, T).map((tok, i) => (
          <option key={tok} value={i}>{tok}</option>
        ))}
      </select>
    </span>
  );
}

/** Article 004's reading of QKᵀ (the grid is on the stage): pick a row and a column; a row uses one q and every k, a column one k and every unmasked q. */
export function ReadingDetail({ n, state, onChange }: { n: NoQNumbers; state: NoQState; onChange: (s: NoQState) => void }) {
  const { t } = useI18n();
  const { row, col, colQueries } = n.reading;
  const toks = ALL_TOKENS.slice(0, n.T);
  return (
    <div className="noq-reading">
      <div className="noq-picks">
        <TokenSelect label={t('noq.rowcol.pickRow')} value={row} T={n.T} action="pick-row" onPick={(i) => onChange({ ...state, row: i })} />
        <TokenSelect label={t('noq.rowcol.pickCol')} value={col} T={n.T} action="pick-col" onPick={(j) => onChange({ ...state, col: j })} />
      </div>
      <ul className="facts">
        <li data-fact="row">{t('noq.rowcol.rowNeeds', { token: toks[row], T: n.T })}</li>
        <li data-fact="col">
          {t('noq.rowcol.colNeeds', { token: toks[col], used: colQueries.length, T: n.T, list: colQueries.map((i) => toks[i]).join(', ') })}
        </li>
      </ul>
    </div>
  );
}
