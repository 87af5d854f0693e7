import { DeskSettings } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';

const DEFAULTS: DeskSettings = { deskHandle: null };

/** The desk's settings as stored, each key falling back to its default. */
export async function readDeskSettings(ctx: Pick<AppContext, 'db'>): Promise<DeskSettings> {
  const rows = await ctx.db.selectFrom('desk_settings').select(['key', 'value']).execute();
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return DeskSettings.parse({
    deskHandle: stored.has('deskHandle') ? stored.get('deskHandle') : DEFAULTS.deskHandle,
  });
}

/** Replaces the desk's settings; every key is written so a read never mixes old and new. */
export async function writeDeskSettings(ctx: Pick<AppContext, 'db' | 'clock'>, next: DeskSettings): Promise<void> {
  const updatedAt = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(next)) {
      await trx
        .insertInto('desk_settings')
        .values({ key, value: JSON.stringify(value), updatedAt })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updatedAt }))
        .execute();
    }
  });
}
