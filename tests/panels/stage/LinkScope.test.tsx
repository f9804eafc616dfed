import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { linkGraph } from '../../../src/lesson/links';
import { LinkScope } from '../../../src/panels/link/LinkScope';

const graph = linkGraph([
  ['q', 's.0'],
  ['k.0', 's.0'],
  ['s.0', 'w.0'],
  ['q', 's.1'],
  ['s.1', 'w.1'],
]);

function show() {
  const view = render(
    <LinkScope graph={graph}>
      <span data-q="q">q</span>
      <input data-q="k.0" aria-label="k0" />
      <span data-q="s.0">3.000</span>
      <span data-q="s.1">2.000</span>
      <span data-q="w.0">
        <b>0.390</b>
      </span>
      <span data-q="w.1">0.219</span>
      <span id="formula" />
    </LinkScope>,
  );
  const q = (id: string) => view.container.querySelector(`[data-q="${id}"]`) as HTMLElement;
  return { q, view };
}

describe('LinkScope: pointing at a number lights where it comes from and where it goes', () => {
  it('hover: self, sources, targets; unrelated numbers stay plain', () => {
    const { q } = show();
    fireEvent.pointerOver(q('w.0').querySelector('b') as HTMLElement);
    expect(q('w.0').dataset.link).toBe('self');
    expect(q('s.0').dataset.link).toBe('from');
    expect(q('q').dataset.link).toBe('from');
    expect(q('k.0').dataset.link).toBe('from');
    expect(q('s.1').dataset.link).toBeUndefined();
    expect(q('w.1').dataset.link).toBeUndefined();
  });

  it('keyboard focus does the same, and leaving clears it', () => {
    const { q, view } = show();
    act(() => q('k.0').focus());
    expect(q('k.0').dataset.link).toBe('self');
    expect(q('s.0').dataset.link).toBe('to');
    expect(q('w.0').dataset.link).toBe('to');
    expect(q('w.1').dataset.link).toBeUndefined();
    act(() => q('k.0').blur());
    expect(view.container.querySelectorAll('[data-link]')).toHaveLength(0);
  });

  it('a number drawn later (a formula typeset again) is marked too', async () => {
    const { q, view } = show();
    fireEvent.pointerOver(q('q'));
    const late = document.createElement('span');
    late.dataset.q = 's.1';
    await act(async () => {
      view.container.querySelector('#formula')?.append(late);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(late.dataset.link).toBe('to');
    fireEvent.pointerLeave(view.container.firstElementChild as HTMLElement);
    expect(late.dataset.link).toBeUndefined();
  });
});
