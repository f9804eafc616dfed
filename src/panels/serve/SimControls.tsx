import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { BLOCK_SIZES, type BlockSize, BOUNDS, POLICIES, type ServeState } from '../../lesson/serve/model';
import { useViewPrefs } from '../ViewContext';
import { IntField } from './IntField';
import { richText } from '../common/richText';

interface Props {
  state: ServeState;
  onChange: (s: ServeState) => void;
}

/** The block size B of paged memory (every size divides the 256 slots). */
function BlockPick({ state, onChange }: Props) {
  const { t } = useI18n();
  return (
    <label className="serve-pick">
      <span>{t('serve.ctl.block')}</span>
      <select data-cell="block" value={state.block} onChange={(e) => onChange({ ...state, block: e.target.value as BlockSize })}>
        {BLOCK_SIZES.map((b) => (
          <option key={b} value={b}>
            {t('serve.ctl.blockOption', { b })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Part B's controls: how contiguous memory reserves (max / pow2 / oracle; short names on a projector), or the block size. */
export function MemoryControls({ state, onChange, show }: Props & { show: 'policy' | 'block' }) {
  const { t } = useI18n();
  const name = useId();
  const { projector } = useViewPrefs();
  if (show === 'block') {
    return (
      <div className="serve-controls">
        <BlockPick state={state} onChange={onChange} />
      </div>
    );
  }
  return (
    <fieldset className="serve-controls serve-policy">
      <legend>{t('serve.ctl.policy')}</legend>
      {POLICIES.map((p) => (
        <label key={p}>
          <input type="radio" name={name} value={p} data-cell={`policy-${p}`} checked={state.policy === p} onChange={() => onChange({ ...state, policy: p })} /> {richText(projector ? t(`serve.policy.short.${p}`, { maxLen: state.maxLen }) : t(`serve.policy.${p}`))}
        </label>
      ))}
    </fieldset>
  );
}

/** Part C's controls: the shared prompt's length, the prefix cache on or off, the block size. */
export function PrefixControls({ state, onChange, cacheToggle = true }: Props & { cacheToggle?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="serve-controls">
      <IntField value={state.prefix} min={BOUNDS.prefix[0]} max={BOUNDS.prefix[1]} label={t('serve.ctl.prefix')} cellId="prefix" onCommit={(v) => onChange({ ...state, prefix: v })} />
      {cacheToggle && (
        <label className="switch">
          <input type="checkbox" data-cell="cache" checked={state.cache} onChange={(e) => onChange({ ...state, cache: e.target.checked })} />
          {t('serve.ctl.cache')}
        </label>
      )}
      <BlockPick state={state} onChange={onChange} />
    </div>
  );
}

/** Part D's control: how many requests the GPU batch holds at once. */
export function SlotsControl({ state, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="serve-controls">
      <IntField value={state.slots} min={BOUNDS.slots[0]} max={BOUNDS.slots[1]} label={t('serve.ctl.slots')} cellId="slots" onCommit={(v) => onChange({ ...state, slots: v })} />
    </div>
  );
}
