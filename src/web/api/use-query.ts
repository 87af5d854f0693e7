import { useCallback, useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

// Answers by key, so coming back to a page shows the last data at once while it refreshes.
const cache = new Map<string, unknown>();
// When each answer the server rendered into the page was seeded: it is as new as the page, so the
// page's first render does not ask for it again (the same answer, and a wasted request per reader).
const primed = new Map<string, number>();
/** How long a seeded answer counts as new: past the page's load, coming back to it refreshes as usual. */
const PRIMED_FRESH_MS = 30_000;

// The API's refusals the server rendered into the page (a claim not on the record): the page's first
// render shows them as a fetch's failure would, without asking again.
const primedErrors = new Map<string, Error>();

const isPrimed = (key: string) => Date.now() - (primed.get(key) ?? -Infinity) < PRIMED_FRESH_MS;
/** The refusal seeded for `key`, while it counts as new. */
const primedError = (key: string | null) => (key !== null && isPrimed(key) ? (primedErrors.get(key) ?? null) : null);

/** Clears cached answers whose key starts with one of the prefixes (after a write). */
export function invalidate(...prefixes: string[]): void {
  for (const key of [...cache.keys()])
    if (prefixes.some((p) => key.startsWith(p))) {
      cache.delete(key);
      primed.delete(key);
      primedErrors.delete(key);
    }
}

/** Seeds the answer for `key` (data the server rendered into the page), fresh for the page's load. */
export function prime(key: string, data: unknown): void {
  cache.set(key, data);
  primedErrors.delete(key);
  primed.set(key, Date.now());
}

/** Seeds the API's refusal of `key` (one the server met drawing the page), fresh for the page's load. */
export function primeError(key: string, error: Error): void {
  cache.delete(key);
  primedErrors.set(key, error);
  primed.set(key, Date.now());
}

/** Runs `fetcher` whenever `key` changes; `key: null` means "not yet". */
export function useQuery<T>(key: string | null, fetcher: () => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{
    key: string | null;
    data: T | undefined;
    error: Error | null;
    loading: boolean;
  }>(() => ({
    key,
    data: key ? (cache.get(key) as T | undefined) : undefined,
    error: primedError(key),
    loading: key !== null && !isPrimed(key),
  }));
  const [tick, setTick] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    if (key === null) return;
    if (isPrimed(key)) {
      const data = cache.get(key) as T;
      const error = primedError(key);
      setState((s) =>
        s.key === key && s.data === data && s.error === error && !s.loading ? s : { key, data, error, loading: false },
      );
      return;
    }
    let live = true;
    setState((s) => ({
      key,
      data: s.key === key ? s.data : (cache.get(key) as T | undefined),
      error: null,
      loading: true,
    }));
    fetcherRef.current().then(
      (data) => {
        cache.set(key, data);
        if (live) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (live)
          setState((s) => ({
            ...s,
            key,
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, tick]);

  const reload = useCallback(() => {
    if (key !== null) {
      primed.delete(key);
      primedErrors.delete(key);
    }
    setTick((t) => t + 1);
  }, [key]);
  const current = state.key === key;
  return {
    data: current ? state.data : key ? (cache.get(key) as T | undefined) : undefined,
    error: current ? state.error : primedError(key),
    loading: current ? state.loading : key !== null && !isPrimed(key),
    reload,
  };
}
