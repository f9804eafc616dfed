/**
 * What a chapter's stage component receives: the step it draws, the chapter's state and its setter,
 * and the chapter's numbers — null when the inputs cannot be computed (the cells stay editable).
 */
export interface StageProps<S, N> {
  stepId: string;
  state: S;
  onChange: (s: S) => void;
  n: N | null;
}
