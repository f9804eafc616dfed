import type { ModelLoad } from './useRealModel';

interface Props {
  /** The load while it is not ready. */
  load: Exclude<ModelLoad, { status: 'ready' }>;
  /** The chapter's messages, in the page's language: while loading, when it failed, and the retry button. */
  loading: string;
  failed: string;
  retry: string;
}

/** The real model while it is not ready: a loading line, or what failed with a button that loads it again. */
export function ModelLoadState({ load, loading, failed, retry }: Props) {
  if (load.status === 'loading')
    return (
      <p role="status" className="loading" data-value="model-status">
        {loading}
      </p>
    );
  return (
    <p role="alert" className="error" data-value="model-status" data-detail={load.detail}>
      {failed}{' '}
      <button type="button" onClick={load.retry}>
        {retry}
      </button>
    </p>
  );
}
