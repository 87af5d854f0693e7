import { Link } from 'react-router';

/** A "?" next to a number that opens a short explanation, with a link to the methodology page. */
export function Explain({ what, anchor, children }: { what: string; anchor: string; children: string }) {
  return (
    <details className="explain">
      <summary aria-label={`What is ${what}?`} title={`What is ${what}?`}>
        ?
      </summary>
      <div className="explain-body" role="note">
        {children} <Link to={`/methodology#${anchor}`}>More</Link>
      </div>
    </details>
  );
}
