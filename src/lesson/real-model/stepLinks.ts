/** The link graph of each step of the real-model chapter, from the numbers the step shows (lesson/real-model/links.ts). */
import type { Model } from '../../core/model';
import type { LinkGraph } from '../links';
import { cacheAt, type RealModelRun, topNext } from './derive';
import { attentionLinks, generateLinks, meetLinks, nextLinks, noCacheLinks, ropeLinks, workedLinks } from './links';
import { runningIds } from './workedPreset';

/** Name of the attention step's heatmap (its cells' quantity ids start with it). */
export const ATTENTION_MAP = 'att';

/** Which number feeds which on step `stepId`, for the run (its token followed) and the layer shown. */
export function stepLinks(model: Model, run: RealModelRun, stepId: string, layer: number): LinkGraph {
  const T = run.gen.ids.length;
  const T0 = run.gen.prompt.length;
  switch (stepId) {
    case 'meet':
      return meetLinks(T0);
    case 'next-token': {
      const step = run.gen.steps[0];
      return nextLinks(T0, step ? topNext(model, run, 0).map((w) => w.id) : [], step?.id ?? -1, run.choice.temperature > 0);
    }
    case 'generate':
      return generateLinks(cacheAt(run, run.decoded).ids.length, run.gen.steps[run.decoded]?.id ?? null);
    case 'attention':
      return attentionLinks(T, ATTENTION_MAP);
    case 'no-cache':
      return noCacheLinks(T);
    case 'rope':
      return ropeLinks(T, run.token, model.config.headDim / 2);
    default:
      return workedLinks(runningIds(model).length, Math.max(0, Math.min(layer, model.config.nLayers - 1)));
  }
}
