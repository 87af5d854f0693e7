import type { SyntheticEvent } from 'react';
import { Link } from 'react-router';

/** The gap kept between an open explanation and the edge of the screen, in CSS pixels. */
const EDGE_GAP = 8;

/** One explanation open at a time: opening one closes any other on the page. */
function closeOthers(opened: HTMLDetailsElement) {
  for (const other of document.querySelectorAll<HTMLDetailsElement>('details.explain[open]'))
    if (other !== opened) other.open = false;
}

/**
 * Keeps an open explanation on screen: it hangs from its "?" and, when that sits near the right edge
 * (a narrow phone, a number at the end of a row), moves left by what would overflow, never past the left edge.
 */
function keepOnScreen(opened: HTMLDetailsElement) {
  const body = opened.querySelector<HTMLElement>('.explain-body');
  if (!body) return;
  body.style.left = '';
  const box = body.getBoundingClientRect();
  const over = box.right - (document.documentElement.clientWidth - EDGE_GAP);
  if (over > 0) body.style.left = `${-Math.min(over, Math.max(0, box.left - EDGE_GAP))}px`;
}

function onToggle(e: SyntheticEvent<HTMLDetailsElement>) {
  const details = e.currentTarget;
  if (!details.open) return;
  closeOthers(details);
  keepOnScreen(details);
}

/** A "?" next to a number that opens a short explanation, with a link to the methodology page. */
export function Explain({ what, anchor, text }: { what: string; anchor: string; text: string }) {
  return (
    <details className="explain" onToggle={onToggle}>
      <summary aria-label={`What is ${what}?`} title={`What is ${what}?`}>
        ?
      </summary>
      <div className="explain-body" role="note">
        {text} <Link to={`/methodology#${anchor}`}>More</Link>
      </div>
    </details>
  );
}
