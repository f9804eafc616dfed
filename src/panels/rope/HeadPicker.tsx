import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { RopeState } from '../../lesson/rope/model';
import { plainText, richText } from '../common/richText';

/** Which layer and query head the chapter looks at (native selects, keyboard operable); the key head it reads is printed. */
export function HeadPicker({ state, onChange, layers, heads, group }: { state: RopeState; onChange: (s: RopeState) => void; layers: number; heads: number; group: number }) {
  const { t } = useI18n();
  const layerId = useId();
  const headId = useId();
  return (
    <div className="rope-head" role="group" aria-label={plainText(t('rope.head.group'))}>
      <label htmlFor={layerId}>{richText(t('rope.head.layer'))}</label>
      <select id={layerId} data-action="layer" value={state.layer} onChange={(e) => onChange({ ...state, layer: Number(e.target.value) })}>
        {Array.from({ length: layers }, (_, l) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: layers are numbered
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <label htmlFor={headId}>{richText(t('rope.head.head'))}</label>
      <select id={headId} data-action="head" value={state.head} onChange={(e) => onChange({ ...state, head: Number(e.target.value) })}>
        {Array.from({ length: heads }, (_, h) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: heads are numbered
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
      <span className="status">{richText(t('rope.head.kv', { g: group }))}</span>
    </div>
  );
}

/** A select of the sentence's tokens (by row), each shown as its word and position. */
export function TokenSelect({ label, value, words, onChange, action }: { label: string; value: number; words: readonly { word: string; lang: string }[]; onChange: (row: number) => void; action: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="rope-token-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-action={action} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {words.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's rows in order
          <option key={i} value={i} lang={w.lang}>
            {t('rope.token.option', { word: w.word, p: i })}
          </option>
        ))}
      </select>
    </span>
  );
}
