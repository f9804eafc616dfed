import type { ReactNode } from 'react';
import { useViewPrefs } from '../ViewContext';
import { richText } from './richText';

/**
 * A side note (e.g. an erratum on the source article): open on screens, folded to its title in
 * projector mode so the step still fits one screen (the teacher opens it with a click or Enter).
 */
export function Note({ title, children }: { title: string; children: ReactNode }) {
  const { projector } = useViewPrefs();
  return (
    <details className="erratum note" open={!projector} key={projector ? 'folded' : 'open'}>
      <summary>
        <h3>{richText(title)}</h3>
      </summary>
      {children}
    </details>
  );
}
