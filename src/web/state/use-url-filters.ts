import { useCallback, useMemo } from 'react';
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
 * history entry (Back undoes it) computed from the latest address, not this render's, so two
 * quick changes never undo each other.
 */
export function useUrlFilters<F>(codec: FilterCodec<F>) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => codec.parse(params), [codec, params]);
  const apply = useCallback(
    (change: Partial<F>) => setParams((current) => codec.serialize(codec.update(codec.parse(current), change))),
    [codec, setParams],
  );
  const clear = useCallback(
    () => setParams((current) => codec.serialize(codec.cleared(codec.parse(current)))),
    [codec, setParams],
  );
  return { filters, apply, clear, active: codec.active(filters) };
}
