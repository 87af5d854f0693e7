/** A query's values as the web app's API calls pass them; empty ones are left out. */
export type QueryValues = Record<string, string | number | boolean | undefined | null>;

/**
 * `path` with the query's non-empty values appended in the object's key order: the one spelling of
 * an API address, so the app's request and the data the server inlines for it share one URL.
 */
export function withQuery(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
