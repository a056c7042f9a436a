import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** Replaces the data in place, after a write whose result is known. */
  set: (data: T) => void;
}

/**
 * Loads data when `key` changes and keeps only the latest answer: a slow reply to an old
 * request never overwrites a newer one.
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | null; loading: boolean }>({ data: undefined, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    loader.current().then(
      (data) => { if (live) setState({ data, error: null, loading: false }); },
      (error: unknown) => { if (live) setState((s) => ({ ...s, error: asApiError(error), loading: false })); },
    );
    return () => { live = false; };
  }, [key, tick]);
  const reload = useCallback(() => { setTick((n) => n + 1); }, []);
  const set = useCallback((data: T) => { setState({ data, error: null, loading: false }); }, []);
  return { ...state, reload, set };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('client.error', error instanceof Error ? error.message : String(error), 0);
}
