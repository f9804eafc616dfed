import { frameShares } from '../../core/serveSummary';
import type { ServeFrame } from '../../core/serveSim';
import { useI18n } from '../../i18n/I18nContext';
import { MemoryMap } from './MemoryMap';
import { SharesBar } from './SharesBar';

const ids = (xs: readonly number[]) => (xs.length === 0 ? '—' : xs.map((x) => `R${x}`).join(' '));

interface Props {
  frame: ServeFrame;
  slots: number;
  total: number;
  block: number;
  caption: string;
  dataName: string;
  ended: boolean;
  focus?: readonly number[];
}

/** One run at the counter's step: its memory map, who runs and who waits, and the memory's shares. */
export function RunFrame({ frame, slots, total, block, caption, dataName, ended, focus }: Props) {
  const { t } = useI18n();
  return (
    <div className="serve-run" data-run={dataName}>
      <MemoryMap memory={frame.memory} counts={frame.counts} block={block} caption={caption} focus={focus} />
      <p className="serve-status" data-value={`${dataName}.status`}>
        {ended
          ? t('serve.run.ended', { step: frame.step, total })
          : t('serve.run.status', { running: ids(frame.running), waiting: ids(frame.waiting), finished: frame.finished, total })}
      </p>
      <SharesBar shares={frameShares(frame.counts, slots)} label={t('serve.run.sharesNow')} dataName={dataName} />
    </div>
  );
}
