// The registry's frameworks, fetched once per visit: many pages need their names (to say "UK PSTI Sch1-1"
// rather than an id) and the pickers need the full list. A failed load is forgotten so a retry fetches again.
import { getAllPages } from './client';
import type { Framework } from './types';
import { useMemo } from 'react';
import { useApi } from './use-api';

let pending: Promise<Framework[]> | null = null;

export function loadFrameworks(): Promise<Framework[]> {
  if (!pending) {
    pending = getAllPages<Framework>('/api/frameworks', {}).catch((error: unknown) => {
      pending = null;
      throw error;
    });
  }
  return pending;
}

export function useFrameworks() {
  return useApi('frameworks', () => loadFrameworks());
}

/** Short names by id, or the id itself while the list is loading or for an unknown framework. */
export function useFrameworkName(): (id: string) => string {
  const state = useFrameworks();
  const data = state.data;
  return useMemo(() => {
    const byId = new Map(data?.map((f) => [f.id, f.shortName]) ?? []);
    return (id: string) => byId.get(id) ?? id;
  }, [data]);
}
