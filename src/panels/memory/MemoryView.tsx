import './memory.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { groupDigits } from '../../lesson/memory/bytes';
import { applyPreset, deriveMemory } from '../../lesson/memory/derive';
import type { MemoryState } from '../../lesson/memory/model';
import { perTokenTex, totalTex } from '../../lesson/memory/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { GuessDetail } from './GuessDetail';
import { MemoryInputs } from './MemoryInputs';
import { MemoryResult } from './MemoryResult';
import { SizePlot } from './SizePlot';
import { ComputeError } from '../common/ComputeError';

/** The KV-cache memory calculator: presets from published configs, exact sizes, a plot against context length. */
export function MemoryView({ step, state, onChange }: ChapterViewProps<MemoryState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveMemory(state), [state]);
  const highlight = step.highlight ?? [];
  const narrative = <Narrative step={step} />;
  if (step.id === 'guess') return <StepLayout narrative={narrative} panel={<GuessDetail />} />;
  const inputs = <MemoryInputs state={state} onChange={onChange} highlight={highlight} />;
  if (!result.ok) {
    return <StepLayout narrative={narrative} panel={<ComputeError detail={result.detail} />} inputs={inputs} />;
  }
  const n = result.n;
  const panel = (
    <div className="detail">
      {step.id === 'mla' && state.layout !== 'mla' && (
        <button type="button" onClick={() => onChange(applyPreset(state, 'deepseek-v3'))}>
          {t('memory.mla.switch')}
        </button>
      )}
      {step.id === 'plot' && <SizePlot n={n} state={state} onChange={onChange} />}
      <MemoryResult n={n} emph={highlight.includes('total')} />
      {n.keptTokens < state.tokens && (
        <p data-value="window.kept">{t('memory.window.kept', { W: groupDigits(BigInt(state.window)), kept: groupDigits(BigInt(n.keptTokens)), T: groupDigits(BigInt(state.tokens)) })}</p>
      )}
      <p className="hint">{t('memory.units')}</p>
      {step.id === 'presets' && <p className="hint">{t('memory.preset.note')}</p>}
    </div>
  );
  const tex = step.id === 'presets' ? perTokenTex(state, n, t('memory.tex.perToken')) : totalTex(state, n);
  return <StepLayout narrative={narrative} panel={panel} formula={<Formula tex={tex} />} inputs={inputs} />;
}
