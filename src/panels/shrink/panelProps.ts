import type { Model } from '../../core/model';
import type { StripView } from '../../lesson/shrink/derive';
import type { ShrinkState } from '../../lesson/shrink/model';

/** What every panel of the chapter receives: the loaded model, the state, a way to change it, and the stage's strip. */
export interface PanelProps {
  model: Model;
  state: ShrinkState;
  onChange: (next: ShrinkState) => void;
  view: StripView;
}

