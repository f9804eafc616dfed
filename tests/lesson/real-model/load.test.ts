// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadRealModel } from '../../../src/lesson/real-model/load';
import { testModel } from '../../core/model/load';

describe('loadRealModel', () => {
  it('loads the committed weights through the dynamic import, once', async () => {
    const a = await loadRealModel();
    expect(a.config).toEqual(testModel().config);
    expect(a.tok_embeddings).toEqual(testModel().tok_embeddings);
    expect(await loadRealModel()).toBe(a);
  });
});
