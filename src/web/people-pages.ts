// Rows of the people list, fetched a page at a time as the list scrolls: the first screen
// needs one small request whatever the size of the network.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ApiError } from './api';
import type { PersonRow } from './types';
import { asApiError } from './use-resource';

const PAGE = 100;
const SETTLE_MS = 120;

export interface PeopleQuery {
  q: string;
  circle: string;
  tag: string;
  priority: string;
  health: string;
  org: string;
  sort: string;
}

interface Cache {
  key: string;
  pages: Map<number, PersonRow[]>;
  pending: Set<number>;
  total: number | null;
}

export interface PeoplePages {
  total: number | null;
  error: ApiError | null;
  row: (index: number) => PersonRow | undefined;
  /** Fetches the pages covering rows [start, end) that are not loaded yet. */
  ensure: (start: number, end: number) => void;
}

export function usePeoplePages(query: PeopleQuery, lang: string): PeoplePages {
  const key = JSON.stringify([query, lang]);
  const cache = useRef<Cache>({ key: '', pages: new Map(), pending: new Set(), total: null });
  const [, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  if (cache.current.key !== key) cache.current = { key, pages: new Map(), pending: new Set(), total: null };

  const timer = useRef<number | undefined>(undefined);
  const fetchRange = useCallback((start: number, end: number) => {
    const c = cache.current;
    if (c.key !== key) return;
    const lastPage = Math.floor(Math.max(start, end - 1) / PAGE);
    for (let page = Math.floor(start / PAGE); page <= lastPage; page++) {
      if (c.pages.has(page) || c.pending.has(page)) continue;
      if (c.total !== null && page * PAGE >= c.total) break;
      c.pending.add(page);
      const params = JSON.parse(key) as [PeopleQuery, string];
      api.get<{ people: PersonRow[]; total: number }>('/people', { ...params[0], offset: page * PAGE, limit: PAGE }).then(
        (result) => {
          c.pending.delete(page);
          // An answer for filters the user has since changed is dropped.
          if (cache.current !== c) return;
          c.pages.set(page, result.people);
          c.total = result.total;
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          c.pending.delete(page);
          if (cache.current === c) setError(asApiError(e));
        },
      );
    }
  }, [key]);

  // While the user drags the scrollbar through thousands of rows, only the rows where the
  // list comes to rest are fetched, not every page it passed.
  const ensure = useCallback((start: number, end: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => { fetchRange(start, end); }, SETTLE_MS);
  }, [fetchRange]);

  useEffect(() => {
    fetchRange(0, PAGE);
    return () => { window.clearTimeout(timer.current); };
  }, [fetchRange]);

  const c = cache.current;
  return {
    total: c.total,
    error,
    row: (index) => c.pages.get(Math.floor(index / PAGE))?.[index % PAGE],
    ensure,
  };
}
