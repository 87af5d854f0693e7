import type { Highlighted as Runs } from '../../shared/api/search.js';

/** Text with the search's matches in <mark>. */
export function Highlighted({ runs }: { runs: Runs }) {
  return <>{runs.map((r, i) => (r.hit ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}</>;
}
