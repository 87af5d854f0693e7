import type { PublicationCreate } from '../../shared/api/publications.js';
import { Handle } from '../../shared/api/common.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { newId } from '../ids.js';
import { writeLedger } from '../ledger/append.js';
import { sha256Hex } from '../ledger/hash.js';
import { appendClaim } from '../claims/service.js';
import { findSourceByHandle } from '../sources/queries.js';
import { appendSource } from '../sources/service.js';

/**
 * Publishes an issue: the text exactly as pasted with its SHA-256, any sources the drafts name
 * that do not exist yet, and every confirmed claim — one ledger transaction, all or nothing.
 */
export async function createPublication(ctx: AppContext, actor: string, input: PublicationCreate): Promise<string> {
  const sha256 = sha256Hex(input.text);
  return writeLedger(ctx.db, { clock: ctx.clock, actor }, async (tx) => {
    const earlier = await tx.trx.selectFrom('publications').select(['id', 'title', 'publishedOn']).where('sha256', '=', sha256).executeTakeFirst();
    if (earlier)
      throw new AppError('conflict', `this text was already published as "${earlier.title}" (${earlier.publishedOn})`, { publicationId: earlier.id });
    const named = new Map(input.newSources.map((s) => [Handle.parse(s.handle), s]));
    const wanted = new Set([...named.keys(), ...input.claims.flatMap((c) => c.sources.map((s) => s.handle))]);
    for (const handle of wanted) {
      if (await findSourceByHandle(tx.trx, handle)) continue;
      const declared = named.get(handle);
      if (!declared && !input.createMissingSources) throw new AppError('invalid_request', `unknown source @${handle}`);
      await appendSource(tx, { handle, displayName: declared?.displayName ?? `@${handle}`, kind: declared?.kind ?? 'person' });
    }
    const id = newId(new Date(tx.at));
    for (const c of input.claims) {
      if (c.spanEnd != null && (c.spanEnd > input.text.length || (c.spanStart ?? 0) > c.spanEnd))
        throw new AppError('invalid_request', 'a claim span lies outside the publication text');
    }
    await tx.append({
      type: 'publication.created',
      entity: 'publication',
      entityId: id,
      payload: { id, title: input.title, publishedOn: input.publishedOn, url: input.url ?? null, text: input.text, sha256 },
    });
    for (const claim of input.claims) await appendClaim(tx, claim, id);
    return id;
  });
}
