import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** How a page's filters live in the URL (CONVENTIONS 3.9: the URL is the readers' state). */
export interface FilterCodec<F> {
  parse(params: URLSearchParams): F;
  serialize(filters: F): URLSearchParams;
  /** Applies a change; a change of anything but a page cursor goes back to the first page. */
  update(filters: F, change: Partial<F>): F;
  /** What "Clear" leaves. */
  cleared(filters: F): F;
  /** How many filters are set (Clear shows when any is). */
  active(filters: F): number;
}

/**
 * A page's filters read from the address, and the ways to change them. Each change is a new
 * history entry (Back undoes it) computed from the latest change, not this render's address:
 * react-router hands a functional update the address of the last render, so two changes made
 * before the page renders again (a choice, then Apply) would otherwise undo each other.
 */
export function useUrlFilters<F>(codec: FilterCodec<F>) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => codec.parse(params), [codec, params]);
  // The address as this hook last set it, until the router shows a newer one.
  const latest = useRef({ shown: params, current: params });
  if (latest.current.shown !== params) latest.current = { shown: params, current: params };
  const set = useCallback(
    (next: (current: F) => F) => {
      const params = codec.serialize(next(codec.parse(latest.current.current)));
      latest.current.current = params;
      setParams(params);
    },
    [codec, setParams],
  );
  const apply = useCallback((change: Partial<F>) => set((f) => codec.update(f, change)), [codec, set]);
  const clear = useCallback(() => set((f) => codec.cleared(f)), [codec, set]);
  return { filters, apply, clear, active: codec.active(filters) };
}
