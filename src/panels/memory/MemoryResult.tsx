import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { fmtBinary, fmtExactBytes, fmtGB } from '../../lesson/memory/bytes';
import type { MemoryNumbers } from '../../lesson/memory/derive';
import { mq } from '../../lesson/memory/links';
import { richText } from '../common/richText';

/**
 * The sizes under the formula on the stage: per token (all layers) and per token per layer, in exact
 * bytes and binary units, and the numbers one token keeps in one layer. The whole cache is the
 * formula's result, on the line above.
 */
export function MemorySizes({ n }: { n: MemoryNumbers }) {
  const { t } = useI18n();
  const rows = [
    { key: 'perToken', size: n.perToken, q: mq.perToken },
    { key: 'perLayer', size: n.perLayer, q: mq.perLayer },
  ] as const;
  return (
    <ul className="mem-sizes">
      {rows.map((r) => (
        <li key={r.key} data-q={r.q}>
          {richText(t('punct.colon', { label: t(`memory.result.${r.key}`) }))}<span data-value={`${r.key}.exact`}>{fmtExactBytes(r.size.bits)}</span> ={' '}
          <span data-value={`${r.key}.binary`}>{fmtBinary(r.size.bytes)}</span>
        </li>
      ))}
      <li>{richText(t('memory.result.elements', { n: fmtInt(n.elements) }))}</li>
    </ul>
  );
}

/** The whole cache: exact bytes, binary units (the data-values tests and the benchmark read) and decimal GB. */
export function MemoryTotal({ n }: { n: MemoryNumbers }) {
  return (
    <>
      <span data-value="total.exact">{fmtExactBytes(n.total.bits)}</span> = <span data-value="total.binary">{fmtBinary(n.total.bytes)}</span>{' '}
      <span className="mem-gb">≈ {fmtGB(n.total.bytes)}</span>
    </>
  );
}
