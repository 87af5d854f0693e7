import type { Kysely, Transaction } from 'kysely';
import type { ReviewerPrefs } from '../../shared/api/review-desk.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Who each of these claims is assigned to (claim id → username); unassigned claims are absent. */
export async function assignmentsOf(db: Db, claimIds: string[]): Promise<Record<string, string>> {
  if (claimIds.length === 0) return {};
  const rows = await db
    .selectFrom('review_assignments')
    .select(['claimId', 'reviewer'])
    .where('claimId', 'in', claimIds)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.claimId, r.reviewer]));
}

/** The users a claim can be assigned to: reviewers and admins, not disabled. */
export async function findReviewers(db: Db): Promise<{ username: string; displayName: string }[]> {
  return db
    .selectFrom('users')
    .select(['username', 'displayName'])
    .where('role', 'in', ['reviewer', 'admin'])
    .where('disabled', '=', 0)
    .orderBy('username')
    .execute();
}

export async function findPrefs(db: Db, username: string): Promise<ReviewerPrefs> {
  const row = await db.selectFrom('reviewer_prefs').selectAll().where('username', '=', username).executeTakeFirst();
  return { email: row?.email ?? null, digest: row?.digest === 1 };
}
