import { useI18n } from '../../i18n/I18nContext';
import type { CrossNumbers } from '../../lesson/cross/derive';
import { DEC_TOKENS, ENC_LANG, ENC_TOKENS, encColour } from '../../lesson/cross/model';
import { fmtFull, fmtInt, fmtVec } from '../../lesson/format';
import type { KVCache } from '../../core';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

/** A read-only cache table: one row per cached token with its k and v (numbers from the core's cache object). */
function CacheTable({ cache, tokens, colourOf, lang, caption, status, name }: { cache: KVCache; tokens: readonly string[]; colourOf: (i: number) => number; lang?: string; caption: string; status: string; name: string }) {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers cross-cache" data-cache={name} data-rows={cache.keys.length}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.token')}</th>
            <th scope="col">k</th>
            <th scope="col">v</th>
          </tr>
        </thead>
        <tbody>
          {cache.keys.map((k, i) => (
            <tr key={tokens[i]}>
              <th scope="row"><TokenChip token={tokens[i]} index={colourOf(i)} lang={lang} /></th>
              {/* The cache holds exactly the vectors typed above, so they print as typed (full value on hover). */}
              <td className="num" title={k.map(fmtFull).join(', ')}>{fmtVec(k, true)}</td>
              <td className="num" title={cache.values[i].map(fmtFull).join(', ')}>{fmtVec(cache.values[i], true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="status">{status}</p>
    </ScrollX>
  );
}

/** Step t: the cross cache (filled once) beside the self cache (one row per decoded token), then both weight maps. */
export function CachePanels({ n, t: step }: { n: CrossNumbers; t: number }) {
  const { t, tn } = useI18n();
  const st = n.steps[step - 1];
  const dec = DEC_TOKENS.slice(0, step);
  const decChips = dec.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
  const encChips = ENC_TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={encColour(i)} lang={ENC_LANG} />);
  // Rows decoded so far; self rows of earlier steps are shorter, so later keys show as masked.
  const selfValues = n.steps.slice(0, step).map((s) => DEC_TOKENS.slice(0, step).map((_, j) => s.selfTrace.weights[0][j] ?? 0));
  const selfMasked = n.selfMasked.slice(0, step).map((r) => r.slice(0, step));
  return (
    <>
      <div className="cross-caches">
        <CacheTable
          cache={st.crossCache}
          tokens={ENC_TOKENS}
          colourOf={encColour}
          lang={ENC_LANG}
          name="cross"
          caption={tn('cross.cache.cross', st.crossRows, { rows: fmtInt(st.crossRows) })}
          status={t('cross.cache.crossStatus', { added: st.crossAdded })}
        />
        <CacheTable
          cache={st.selfCache}
          tokens={DEC_TOKENS}
          colourOf={(i) => i}
          name="self"
          caption={tn('cross.cache.self', st.selfRows, { rows: fmtInt(st.selfRows) })}
          status={t('cross.cache.selfStatus', { added: st.selfAdded })}
        />
      </div>
      <div className="cross-maps">
        <Heatmap
          caption={t('cross.map.cross')}
          corner={t('cross.map.corner')}
          rowLabels={decChips}
          colLabels={encChips}
          values={n.steps.slice(0, step).map((s) => s.crossTrace.weights[0])}
          domain={[0, 1]}
          dataName="crossW"
          emphasisRows={[step - 1]}
        />
        <Heatmap
          caption={t('cross.map.self')}
          corner={t('cross.map.corner')}
          rowLabels={decChips}
          colLabels={decChips}
          values={selfValues}
          masked={selfMasked}
          domain={[0, 1]}
          dataName="selfW"
          emphasisRows={[step - 1]}
        />
      </div>
      <p className="hint">
        {t('cross.outputNote', { token: DEC_TOKENS[step - 1], cross: fmtVec(st.crossTrace.output[0]), self: fmtVec(st.selfTrace.output[0]) })}
      </p>
    </>
  );
}
