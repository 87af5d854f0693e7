import { Handle } from '../../shared/api/common.js';
import { METHODOLOGY_TITLE } from '../../shared/methodology.js';
import type { PageMatch } from '../../shared/routes.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { findClaim, presentClaims } from '../claims/queries.js';
import { findSourceByHandle } from '../sources/queries.js';
import { clip, SITE_DESCRIPTION, SITE_NAME, type PageHead } from './head.js';
import { recordPhrase, sourceRecord } from './record.js';

/** What a page says of itself in its head, but for its address. */
export type Head = Omit<PageHead, 'url'>;

const STATIC: Partial<Record<PageMatch['page'], Head>> = {
  leaderboard: {
    title: 'Leaderboard',
    description:
      'Who calls it right: sources ranked by accuracy, adjusted for how many of their calls have been resolved.',
  },
  methodology: {
    title: METHODOLOGY_TITLE,
    description:
      'How Track Record scores predictions: hit rate, the adjusted rate, intervals, Brier and baseline scores, calibration — in plain words.',
  },
  claims: {
    title: 'Claims',
    description: 'Every prediction on the record, filterable by source, kind, status, tag and resolution date.',
  },
  publications: { title: 'Issues', description: 'Every newsletter issue whose predictions are on the record.' },
  ledger: {
    title: 'Ledger',
    description: 'The append-only, hash-chained log of every change to the record, verifiable by anyone.',
  },
  search: { title: 'Search', description: 'Search sources, claims and issues on the record.' },
  signin: { title: 'Sign in', description: SITE_DESCRIPTION, noindex: true },
  setup: { title: 'Set up', description: SITE_DESCRIPTION, noindex: true },
  newIssue: { title: 'New issue', description: SITE_DESCRIPTION, noindex: true },
  review: { title: 'Review queue', description: SITE_DESCRIPTION, noindex: true },
  admin: { title: 'Admin', description: SITE_DESCRIPTION, noindex: true },
};

const STATUS_WORDS = { open: 'Open', due: 'Due for resolution', resolved: 'Resolved', void: 'Void' } as const;
const OUTCOME_WORDS: Record<string, string> = {
  true: 'came true',
  false: 'did not come true',
  partial: 'partly came true',
};

/**
 * The head of the page a path names, or null when the record it names does not exist (a 404).
 * Entity pages describe their record: a claim's statement, status and its source's record.
 */
export async function pageHead(ctx: AppContext, match: PageMatch): Promise<Head | null> {
  const { page, params } = match;
  if (page === 'claim') {
    const row = await findClaim(ctx.db, params.id!);
    if (!row) return null;
    const [claim] = await presentClaims(ctx.db, [row], today(ctx.clock));
    const c = claim!;
    const source = c.sources.find((s) => s.role === 'made') ?? c.sources[0];
    const status =
      c.status === 'resolved' && c.outcome
        ? `Resolved: ${OUTCOME_WORDS[c.outcome] ?? c.outcome}${c.outcome === 'partial' && c.credit !== null ? ` (${c.credit} credit)` : ''}`
        : `${STATUS_WORDS[c.status]}${c.status === 'open' ? `, resolves by ${c.windowEnd}` : ''}`;
    let who = '';
    if (source) {
      const record = await sourceRecord(ctx, source.handle);
      who = ` ${c.kind} call by @${record.handle} (${record.displayName}), whose record is ${recordPhrase(record)}.`;
    }
    return {
      title: clip(c.statement, 90),
      description: clip(`${status}.${who} “${c.statement}”`, 300),
      type: 'article',
    };
  }
  if (page === 'source') {
    // Read as the API reads a handle (its @ and case dropped), so the page exists wherever its data does.
    const handle = Handle.safeParse(params.handle);
    const row = handle.success ? await findSourceByHandle(ctx.db, handle.data) : undefined;
    if (!row) return null;
    const record = await sourceRecord(ctx, row.handle);
    return {
      title: `${record.displayName} (@${record.handle})`,
      description: `@${record.handle}'s track record: ${recordPhrase(record)} resolved right, ${record.open} still open.`,
      type: 'profile',
    };
  }
  if (page === 'publication') {
    const row = await ctx.db
      .selectFrom('publications')
      .select(['title', 'publishedOn'])
      .select((eb) =>
        eb
          .selectFrom('claims')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('claims.publicationId', '=', 'publications.id')
          .as('n'),
      )
      .where('id', '=', params.id!)
      .executeTakeFirst();
    if (!row) return null;
    const n = Number(row.n ?? 0);
    return {
      title: clip(row.title, 90),
      description: `Issue of ${row.publishedOn}: ${n} prediction${n === 1 ? '' : 's'} on the record, each graded when it comes due.`,
      type: 'article',
    };
  }
  return STATIC[page] ?? { title: SITE_NAME, description: SITE_DESCRIPTION };
}
