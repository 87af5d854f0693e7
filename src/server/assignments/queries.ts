import type { Kysely, Transaction } from 'kysely';
import type { ReviewerPrefs } from '../../shared/api/review-desk.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

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
