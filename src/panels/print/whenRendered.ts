/** True when nothing inside `root` is still loading (lazy views, formulas waiting for KaTeX). */
export function isRendered(root: ParentNode): boolean {
  return root.querySelector('.loading, [aria-busy="true"]') === null;
}

/** Resolves once `root` has finished rendering (checked every frame), or after `timeoutMs` regardless. */
export function whenRendered(root: ParentNode | null, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      if (!root || isRendered(root) || performance.now() - start > timeoutMs) resolve();
      else requestAnimationFrame(check);
    };
    // Two frames first: lazy views and effects get one commit to start loading.
    requestAnimationFrame(() => requestAnimationFrame(check));
  });
}
