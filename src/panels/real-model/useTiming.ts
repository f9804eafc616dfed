import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '../../core/model';
import { type GenerationTiming, measureGeneration } from '../../lesson/real-model/measure';
import type { Choice } from '../../lesson/real-model/run';

/**
 * Measures generation with and without the cache after the page has painted (and again on `again`), for
 * the given prompt, n and choice; null while measuring. Runs on the main thread for about 0.3 s.
 */
export function useTiming(model: Model, prompt: readonly number[], n: number, choice: Choice): { timing: GenerationTiming | null; again: () => void } {
  const [timing, setTiming] = useState<GenerationTiming | null>(null);
  const [round, setRound] = useState(0);
  const latest = useRef(prompt);
  latest.current = prompt;
  const promptKey = prompt.join(',');
  const { temperature, seed } = choice;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for a new measurement of the same inputs
  useEffect(() => {
    setTiming(null);
    if (n === 0 || promptKey === '') return;
    const id = window.setTimeout(() => setTiming(measureGeneration(model, latest.current, n, { temperature, seed }, () => performance.now())), 50);
    return () => window.clearTimeout(id);
  }, [model, promptKey, n, temperature, seed, round]);
  const again = useCallback(() => setRound((r) => r + 1), []);
  return { timing, again };
}
