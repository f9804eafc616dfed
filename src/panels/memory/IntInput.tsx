import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { IntField, MemoryState } from '../../lesson/memory/model';
import { memoryRule } from '../../lesson/memory/validate';
import { NumberCell } from '../common/NumberCell';

interface Props {
  field: IntField;
  state: MemoryState;
  onCommit: (value: number) => void;
  disabled?: boolean;
}

/** One of the calculator's sizes: a visible label over the app's one numeric input, with this field's rule. */
export function IntInput({ field, state, onCommit, disabled = false }: Props) {
  const { t } = useI18n();
  const id = useId();
  const label = t(`memory.field.${field}`);
  return (
    <div className="int-input">
      <label htmlFor={id}>{label}</label>
      <NumberCell id={id} value={state[field]} label={label} cellId={field} rule={memoryRule(field, state)} disabled={disabled} onCommit={onCommit} />
    </div>
  );
}
