import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for the anchor to render (a page that loads its data first draws it later). */
const WAIT_MS = 3000;

/**
 * Scrolls to the element the address's #hash names on load and on each navigation: the data router
 * restores no hash position itself, so a "More" link to /methodology#brier would land at the top.
 */
export function useHashScroll(): void {
  const { pathname, hash, key } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const id = decodeURIComponent(hash.slice(1));
    const until = Date.now() + WAIT_MS;
    let frame = 0;
    const tryScroll = () => {
      const target = document.getElementById(id);
      if (target) target.scrollIntoView({ block: 'start' });
      else if (Date.now() < until) frame = requestAnimationFrame(tryScroll);
    };
    frame = requestAnimationFrame(tryScroll);
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash, key]);
}
