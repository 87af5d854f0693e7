import { z } from 'zod';

const Env = z.object({
  TRACK_RECORD_SMTP_URL: z.string().min(1).optional(),
  TRACK_RECORD_MAIL_FROM: z.string().min(3).default('Track Record <track-record@localhost>'),
  /** Overdue longer than this many days: the claim also goes to the admins' digest. */
  TRACK_RECORD_ESCALATE_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  /** "Due" = the window ends within this many days (today included); earlier ends are overdue. */
  TRACK_RECORD_DIGEST_DAYS: z.coerce.number().int().min(0).max(365).default(3),
});

export interface DigestConfig {
  /** smtp://user:pass@host:port or smtps://…; null: digests cannot be sent. */
  smtpUrl: string | null;
  from: string;
  escalateDays: number;
  dueDays: number;
}

/** The digest's settings, read only by the command that sends it (the server does not need them). */
export function loadDigestConfig(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad setting: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  return {
    smtpUrl: e.TRACK_RECORD_SMTP_URL ?? null,
    from: e.TRACK_RECORD_MAIL_FROM,
    escalateDays: e.TRACK_RECORD_ESCALATE_DAYS,
    dueDays: e.TRACK_RECORD_DIGEST_DAYS,
  };
}
