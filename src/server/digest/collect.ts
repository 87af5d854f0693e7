import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ALL_CLAIMS, EVERY_KIND_KEY } from '../read-model/snapshot.js';
import { addDays, firstOpenClaims } from '../review/queries.js';

type Db = Kysely<Database>;

/** One claim as a digest lists it. */
export interface DigestClaim {
  id: string;
  kind: string;
  statement: string;
  windowEnd: string;
  sources: string[];
  assignee: string | null;
}

/** What one person's digest holds; an empty digest is not sent. */
export interface Digest {
  username: string;
  email: string;
  /** Assigned to them, window ends today .. today + dueDays. */
  due: DigestClaim[];
  /** Assigned to them, window already ended. */
  overdue: DigestClaim[];
  /** Admins only: anyone's claims overdue by more than escalateDays. */
  escalated: DigestClaim[];
  /** Escalated claims beyond the listed ones (the list is capped). */
  escalatedMore: number;
}

/** An escalation list longer than this would not be read; the rest is a count and a link. */
export const ESCALATION_CAP = 100;

/** What a digest shows of a claim, with the reviewer it is assigned to (if any) as its assignee. */
const DIGEST_CLAIM_COLUMNS = [
  'claims.id',
  'claims.kind',
  'claims.statement',
  'claims.windowEnd',
  'review_assignments.reviewer as assignee',
] as const;

async function withSources(db: Db, rows: Omit<DigestClaim, 'sources'>[]): Promise<DigestClaim[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('claim_sources')
    .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
    .select(['claim_sources.claimId', 'sources.handle'])
    .where('claim_sources.claimId', 'in', [...new Set(rows.map((r) => r.id))])
    .execute();
  return rows.map((r) => ({ ...r, sources: links.filter((l) => l.claimId === r.id).map((l) => l.handle) }));
}

/**
 * Every digest due today: one per opted-in, active reviewer or admin with an address. Reviewers
 * see only claims assigned to them; admins also get the escalation list.
 */
export async function collectDigests(
  db: Db,
  today: string,
  options: { dueDays: number; escalateDays: number },
): Promise<Digest[]> {
  const people = await db
    .selectFrom('reviewer_prefs')
    .innerJoin('users', 'users.username', 'reviewer_prefs.username')
    .select(['users.username', 'users.role', 'reviewer_prefs.email'])
    .where('reviewer_prefs.digest', '=', 1)
    .where('reviewer_prefs.email', 'is not', null)
    .where('users.disabled', '=', 0)
    .where('users.role', 'in', ['reviewer', 'admin'])
    .orderBy('users.username')
    .execute();
  if (people.length === 0) return [];
  const horizon = addDays(today, options.dueDays);
  const assigned = await withSources(
    db,
    await db
      .selectFrom('review_assignments')
      .innerJoin('claims', 'claims.id', 'review_assignments.claimId')
      .select(DIGEST_CLAIM_COLUMNS)
      .where('claims.resolutionId', 'is', null)
      .where('claims.windowEnd', '<', horizon)
      .where(
        'review_assignments.reviewer',
        'in',
        people.map((p) => p.username),
      )
      .orderBy('claims.windowEnd')
      .orderBy('claims.id')
      .execute(),
  );
  const escalateBefore = addDays(today, -options.escalateDays);
  const needEscalation = people.some((p) => p.role === 'admin');
  // The oldest overdue claims, read from the queue keys (no index on the claims lists the
  // unresolved ones), and how many there are from the read model's open counts per day.
  const escalatedRows = needEscalation
    ? await db
        .selectFrom(firstOpenClaims(db, EVERY_KIND_KEY, [null, escalateBefore], null, ESCALATION_CAP + 1).as('k'))
        .innerJoin('claims', 'claims.id', 'k.claimId')
        .leftJoin('review_assignments', 'review_assignments.claimId', 'claims.id')
        .select(DIGEST_CLAIM_COLUMNS)
        .orderBy('k.windowEnd')
        .orderBy('k.claimId')
        .execute()
    : [];
  const escalated = await withSources(db, escalatedRows.slice(0, ESCALATION_CAP));
  let escalatedMore = 0;
  if (escalatedRows.length > ESCALATION_CAP) {
    const n = await db
      .selectFrom('open_days')
      .select((eb) => eb.fn.sum<number | string>('n').as('n'))
      .where('sourceId', '=', ALL_CLAIMS)
      .where('windowEnd', '<', escalateBefore)
      .executeTakeFirstOrThrow();
    escalatedMore = Number(n.n) - ESCALATION_CAP;
  }
  return people
    .map((p) => {
      const mine = assigned.filter((c) => c.assignee === p.username);
      const isAdmin = p.role === 'admin';
      return {
        username: p.username,
        email: p.email!,
        due: mine.filter((c) => c.windowEnd >= today),
        overdue: mine.filter((c) => c.windowEnd < today),
        escalated: isAdmin ? escalated : [],
        escalatedMore: isAdmin ? escalatedMore : 0,
      };
    })
    .filter((d) => d.due.length + d.overdue.length + d.escalated.length > 0);
}
