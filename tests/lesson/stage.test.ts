import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lesson/chapters';
import { attentionStage } from '../../src/lesson/stage/attention';
import { partConcealed, partEmphasis, reachedParts, stageParts, stageProblems } from '../../src/lesson/stage/emphasis';
import type { ChapterDef } from '../../src/lesson/types';
import { workedChapter } from '../../src/lesson/worked/chapter';

describe('stage data', () => {
  it('every chapter with a stage names only its parts, and every step highlights at least one', () => {
    for (const c of chapters) expect(stageProblems(c), c.id).toEqual([]);
  });

  it('the worked example has the attention stage (it is the exemplar, never pending)', () => {
    expect(workedChapter.stage?.id).toBe('attention');
  });

  it('catches a step that names a part the stage does not have, or none', () => {
    const broken: ChapterDef = {
      ...workedChapter,
      steps: [
        { id: 'a', titleKey: 'worked.setting.title', bodyKey: 'worked.setting.body', highlight: ['nope'] },
        { id: 'b', titleKey: 'worked.setting.title', bodyKey: 'worked.setting.body' },
        { id: 'c', titleKey: 'worked.setting.title', bodyKey: 'worked.setting.body', highlight: ['q'], conceal: ['ghost'] },
      ],
    };
    expect(stageProblems(broken)).toEqual([
      'worked/a: "nope" is not a part of stage attention',
      'worked/b: highlights no stage part',
      'worked/c: "ghost" is not a part of stage attention',
    ]);
  });

  it('emphasis follows the step; everything else is quiet', () => {
    const scores = workedChapter.steps[1];
    expect(partEmphasis(scores, 'scores')).toBe('emph');
    expect(partEmphasis(scores, 'weights')).toBe('quiet');
  });

  it('a progressive stage fills as the chapter advances and never shows a later result early', () => {
    const reached = (step: string) => [...reachedParts(workedChapter, step)].filter((p) => attentionStage.flow.some((f) => f.id === p));
    expect(reached('setting')).toEqual(['q']);
    expect(reached('scores')).toEqual(['q', 'scores']);
    expect(reached('weights')).toEqual(['q', 'scores', 'scaled', 'weights']);
    expect(reached('output')).toEqual(attentionStage.flow.map((p) => p.id));
    // The summary highlights only the cache, yet keeps what earlier steps computed.
    expect(reached('summary')).toEqual(attentionStage.flow.map((p) => p.id));
    expect(reachedParts(workedChapter, 'setting').has('cache')).toBe(true);
  });

  it('a concealed part stays hidden until the prediction is answered', () => {
    const weights = workedChapter.steps.find((s) => s.id === 'weights');
    if (!weights) throw new Error('no weights step');
    expect(partConcealed(weights, 'weights', false)).toBe(true);
    expect(partConcealed(weights, 'weights', true)).toBe(false);
    expect(partConcealed(weights, 'scaled', false)).toBe(false);
  });

  it('part ids are unique within the attention stage', () => {
    const ids = stageParts(attentionStage).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
