import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { reqQ } from '../../lesson/serve/links';
import { addRequest, cellMax, minMaxLen, nextSeed, REQ_COLS, removeRequest, requestsEdited, reseed, resetRequests, setRequestCell } from '../../lesson/serve/edits';
import { BOUNDS, DEFAULT_SEED, type ServeState } from '../../lesson/serve/model';
import { ScrollX } from '../common/ScrollX';
import { IntField } from './IntField';

interface Props {
  state: ServeState;
  onChange: (s: ServeState) => void;
  /** Show the maximum length (contiguous reservation) input. */
  maxLen?: boolean;
}

/** The request sequence every run of parts B–D serves: one column per request, every cell editable, redrawn from a seed. */
export function RequestsEditor({ state, onChange, maxLen = false }: Props) {
  const { t } = useI18n();
  // The seed only draws rows; the rows themselves are the state (and the link).
  const [seed, setSeed] = useState(DEFAULT_SEED);
  return (
    <details className="inputs serve-requests">
      <summary>
        <h3>{t('serve.req.title')}</h3> <span className="serve-req-summary">{t('serve.req.summary', { n: state.reqs.length })}</span>
      </summary>
      <ScrollX label={t('serve.req.title')}>
        <table className="serve-req-table">
          <thead>
            <tr>
              <th scope="col">{t('serve.req.request')}</th>
              {state.reqs.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: request i is column i
                <th key={i} scope="col" data-q={reqQ(i)}>
                  <span className={`key own-${i % 8}`} aria-hidden="true" />R{i}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REQ_COLS.map((col, j) => (
              <tr key={col}>
                <th scope="row">{t(`serve.req.${col}`)}</th>
                {state.reqs.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: request i is column i
                  <td key={i}>
                    <IntField
                      hideLabel
                      value={row[j]}
                      min={BOUNDS[col][0]}
                      max={BOUNDS[col][1]}
                      allowed={cellMax(state, i, col)}
                      tooBig={{ key: 'serve.error.sum', params: { maxLen: state.maxLen, max: cellMax(state, i, col) } }}
                      label={t('serve.req.cell', { col: t(`serve.req.${col}`), id: i })}
                      cellId={`req.${i}.${col}`}
                      onCommit={(v) => onChange(setRequestCell(state, i, col, v))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <div className="input-tools serve-req-tools">
        <button type="button" data-action="req-add" onClick={() => onChange(addRequest(state))} disabled={state.reqs.length >= BOUNDS.count[1]}>
          {t('serve.req.add')}
        </button>
        <button type="button" data-action="req-remove" onClick={() => onChange(removeRequest(state))} disabled={state.reqs.length <= BOUNDS.count[0]}>
          {t('serve.req.remove')}
        </button>
        <IntField
          value={seed}
          min={BOUNDS.seed[0]}
          max={BOUNDS.seed[1]}
          label={t('serve.req.seed')}
          cellId="seed"
          onCommit={(v) => {
            setSeed(v);
            onChange(reseed(state, v));
          }}
        />
        <button
          type="button"
          data-action="req-reseed"
          onClick={() => {
            setSeed(nextSeed(seed));
            onChange(reseed(state, nextSeed(seed)));
          }}
        >
          {t('serve.req.next')}
        </button>
        {maxLen && (
          <IntField
            value={state.maxLen}
            min={minMaxLen(state)}
            max={BOUNDS.maxLen[1]}
            label={t('serve.req.maxLen')}
            cellId="maxLen"
            onCommit={(v) => onChange({ ...state, maxLen: v })}
          />
        )}
        <button type="button" onClick={() => onChange(resetRequests(state))} disabled={!requestsEdited(state)}>
          {t('serve.req.reset')}
        </button>
      </div>
      {maxLen && <p className="hint">{t('serve.req.maxLenHint', { min: minMaxLen(state) })}</p>}
      <p className="hint">{t('serve.req.hint')}</p>
    </details>
  );
}
