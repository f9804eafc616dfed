import './memory.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { groupDigits } from '../../lesson/memory/bytes';
import { applyPreset, deriveMemory, stageIsQuestion } from '../../lesson/memory/derive';
import { memoryLinks } from '../../lesson/memory/links';
import type { MemoryState } from '../../lesson/memory/model';
import { perTokenTex, totalTex } from '../../lesson/memory/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { GuessDetail } from './GuessDetail';
import { MemoryStage } from './MemoryStage';
import { richText } from '../common/richText';

/** The KV-cache memory calculator: the inputs on the formula's factors (the stage), presets from published configs, exact sizes, a plot against context length. */
export function MemoryView({ chapter, step, state, onChange }: ChapterViewProps<MemoryState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveMemory(state), [state]);
  const links = useMemo(() => memoryLinks(state.layout), [state.layout]);
  const n = result.ok ? result.n : null;
  const narrative = <Narrative step={step} />;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <MemoryStage state={state} onChange={onChange} n={n} showPlot={step.id === 'plot'} />
    </Stage>
  );
  if (step.id === 'guess') return <StepLayout narrative={narrative} stage={stage} panel={<GuessDetail linked={stageIsQuestion(state)} />} links={links} />;
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const m = result.n;
  const kept = m.keptTokens < state.tokens && (
    <p data-value="window.kept">{richText(t('memory.window.kept', { W: groupDigits(BigInt(state.window)), kept: groupDigits(BigInt(m.keptTokens)), T: groupDigits(BigInt(state.tokens)) }))}</p>
  );
  // The plot step's picture is the plot on the stage: its panel only says what a sliding window keeps.
  const panel = (
    <div className="detail mem-detail">
      {step.id === 'mla' && state.layout !== 'mla' && (
        <button type="button" onClick={() => onChange(applyPreset(state, 'deepseek-v3'))}>
          {richText(t('memory.mla.switch'))}
        </button>
      )}
      {kept}
      <p className="hint">{richText(t('memory.units'))}</p>
      {step.id === 'presets' && <p className="hint">{richText(t('memory.preset.note'))}</p>}
    </div>
  );
  const tex = step.id === 'presets' ? perTokenTex(state, m, t('memory.tex.perToken')) : totalTex(state, m);
  return <StepLayout narrative={narrative} stage={stage} panel={panel} formula={step.id === 'plot' ? undefined : <Formula tex={tex} />} links={links} />;
}
