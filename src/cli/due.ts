import type { AppContext } from '../server/context.js';
import { markDueClaims } from '../server/webhooks/service.js';

/**
 * `track-record due` (run it from cron, e.g. hourly): marks claims that have come due and
 * enqueues their webhook notifications, once per claim however often it runs. The server's
 * delivery worker sends them.
 */
export async function runDue(ctx: AppContext): Promise<number> {
  const { marked, enqueued } = await markDueClaims(ctx);
  console.log(marked ? `${marked} claim(s) came due; ${enqueued} notification(s) queued` : 'no newly due claims');
  return 0;
}
