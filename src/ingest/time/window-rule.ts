/**
 * The rule that read a time phrase, in words, so the desk can show why a card has its window
 * (TIME-WINDOWS.md: "Editors see the phrase and the window side by side").
 */
import type { Hit } from './time-phrases.js';

/** One phrase and how it was read: "“by Q3 2026”: deadline, from publication to the end of the period". */
export function describeHit(phrase: string, hit: Hit): string {
  const spec = hit.spec;
  const what = spec.note ? ` (${spec.note})` : '';
  let how: string;
  if (spec.toEnd) how = 'from publication to the end of the period';
  else if (spec.midYear && hit.trigger === 'by') how = 'by mid-year: a point, June 30';
  else if (hit.mode === 'deadline')
    how = spec.event ? 'deadline, ends on the event' : 'deadline, from publication to the end of the period';
  else if (hit.mode === 'before') how = 'strictly before: ends the day before the period';
  else if (spec.unit === 'span' && spec.fixed && !spec.note) how = 'from publication for that long';
  else how = 'the period itself, from publication at the earliest';
  return `“${phrase}”${what}: ${how}`;
}
