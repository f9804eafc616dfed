import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { PartView } from './StageContext';

/**
 * One computed number on the stage, in a table cell: linked (data-q) and focusable so keyboard
 * users can point at it too; "·" while its part is not computed yet, "?" while a prediction hides it.
 */
export function StageNum({ value, q, part, className = 'num' }: { value: number; q: string; part: PartView; className?: string }) {
  const { t } = useI18n();
  if (!part.reached || part.concealed) {
    return (
      <td className={`${className} ${part.props.className} stage-blank`}>
        <span aria-hidden="true">{part.reached ? '?' : '·'}</span>
        <span className="sr-only">{t(part.reached ? 'stage.hidden' : 'stage.pending')}</span>
      </td>
    );
  }
  return (
    // Focusable: keyboard users point at a number to see where it comes from and goes (linked highlighting).
    <td className={`${className} ${part.props.className}`} data-q={q} tabIndex={0} title={fmtFull(value)}>
      {fmt(value)}
    </td>
  );
}
