import type { SyntheticEvent } from 'react';
import { Link } from 'react-router';

/** One explanation open at a time: opening one closes any other on the page. */
function closeOthers(e: SyntheticEvent<HTMLDetailsElement>) {
  const opened = e.currentTarget;
  if (!opened.open) return;
  for (const other of document.querySelectorAll<HTMLDetailsElement>('details.explain[open]'))
    if (other !== opened) other.open = false;
}

/** A "?" next to a number that opens a short explanation, with a link to the methodology page. */
export function Explain({ what, anchor, text }: { what: string; anchor: string; text: string }) {
  return (
    <details className="explain" onToggle={closeOthers}>
      <summary aria-label={`What is ${what}?`} title={`What is ${what}?`}>
        ?
      </summary>
      <div className="explain-body" role="note">
        {text} <Link to={`/methodology#${anchor}`}>More</Link>
      </div>
    </details>
  );
}
