import type { Kysely } from 'kysely';
import { createTransport } from 'nodemailer';
import type { Database } from '../db/schema.js';
import { collectDigests } from './collect.js';
import type { DigestConfig } from './config.js';
import { renderDigest } from './render.js';

/**
 * Sends today's digests through SMTP. A person gets at most one digest a day: the day is recorded
 * after their message is accepted, so a second run (or a retry after a failure) skips them.
 */
export async function sendDigests(
  db: Kysely<Database>,
  config: DigestConfig,
  options: { today: string; publicUrl: string; force?: boolean },
): Promise<{ sent: string[]; skipped: string[] }> {
  if (!config.smtpUrl) throw new Error('TRACK_RECORD_SMTP_URL is not set: no way to send the digest');
  const transport = createTransport(config.smtpUrl);
  const digests = await collectDigests(db, options.today, config);
  const sent: string[] = [];
  const skipped: string[] = [];
  try {
    for (const d of digests) {
      const prefs = await db
        .selectFrom('reviewer_prefs')
        .select('lastDigestOn')
        .where('username', '=', d.username)
        .executeTakeFirst();
      if (!options.force && prefs?.lastDigestOn === options.today) {
        skipped.push(d.username);
        continue;
      }
      const m = renderDigest(d, options.publicUrl, options.today);
      await transport.sendMail({ from: config.from, to: d.email, subject: m.subject, text: m.text, html: m.html });
      await db
        .updateTable('reviewer_prefs')
        .set({ lastDigestOn: options.today })
        .where('username', '=', d.username)
        .execute();
      sent.push(d.username);
    }
  } finally {
    transport.close();
  }
  return { sent, skipped };
}
