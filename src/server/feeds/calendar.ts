import type { DueFeedQuery } from '../../shared/api/feeds.js';
import type { ExportedClaim } from '../transfer/queries.js';
import { addDays } from '../review/queries.js';
import { foldLine, icsDate, icsText, icsTimestamp } from './ical.js';

function event(c: ExportedClaim, base: string): string {
  const who = c.sources.map((s) => `@${s.handle}${s.role === 'made' ? '' : ` (${s.role})`}`).join(', ');
  const description = [
    c.statement,
    who ? `Sources: ${who}` : '',
    `Window: ${c.windowStart ?? '…'} to ${c.windowEnd}${c.windowStated ? '' : ' (no date was stated; set by the editor)'}`,
    c.condition ? `Condition: ${c.condition}` : '',
    c.criteria ? `Criteria: ${c.criteria}` : '',
    c.probability === null ? '' : `Probability: ${c.probability}`,
    `${base}/claims/${c.id}`,
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:claim-${c.id}@track-record`,
    // Without METHOD semantics DTSTAMP is the last modification (RFC 5545 3.8.7.2): stable across fetches.
    `DTSTAMP:${icsTimestamp(c.amendedAt ?? c.createdAt)}`,
    `DTSTART;VALUE=DATE:${icsDate(c.windowEnd)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(c.windowEnd, 1))}`,
    `SUMMARY:${icsText(`Resolve: [${c.kind}] ${c.statement}${who ? ` — ${who}` : ''}`)}`,
    `DESCRIPTION:${icsText(description)}`,
    `URL:${base}/claims/${c.id}`,
    ...(c.tags.length ? [`CATEGORIES:${c.tags.map(icsText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
  return lines.map(foldLine).join('');
}

/** The calendar, produced a page of claims at a time so a big ledger never sits in memory. */
export async function* renderCalendar(
  pages: AsyncIterable<ExportedClaim[]>,
  publicUrl: string,
  query: DueFeedQuery,
): AsyncGenerator<string> {
  const base = publicUrl.replace(/\/$/, '');
  const scope = [query.source && `@${query.source}`, query.tag && `#${query.tag}`, query.kind, query.publication]
    .filter(Boolean)
    .join(' ');
  yield [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Track Record//Due claims//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Track Record: claims to resolve${scope ? ` (${scope})` : ''}`)}`,
  ]
    .map(foldLine)
    .join('');
  for await (const page of pages) yield page.map((c) => event(c, base)).join('');
  yield foldLine('END:VCALENDAR');
}
