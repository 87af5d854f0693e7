import type { ClaimDraftInput } from '../../shared/api/claims.js';
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
import { readDeskSettings } from '../desk/settings.js';

function excerpt(statement: string): string {
  return statement.length > 60 ? `${statement.slice(0, 57)}…` : statement;
}

/** A claim nobody is named as making is the desk's own call. */
function withDeskAsMaker(claim: ClaimDraftInput, desk: string): ClaimDraftInput {
  if (claim.sources.some((s) => s.role === 'made')) return claim;
  if (claim.sources.some((s) => s.handle === desk)) return claim;
  return { ...claim, sources: [{ handle: desk, role: 'made' }, ...claim.sources] };
}

/**
 * Publishes an issue: the text exactly as pasted with its SHA-256, any sources the drafts name
 * that do not exist yet, and every confirmed claim — one ledger transaction, all or nothing.
 */
export async function createPublication(ctx: AppContext, actor: string, input: PublicationCreate): Promise<string> {
  const sha256 = sha256Hex(input.text);
  return writeLedger(ctx, actor, async (tx) => {
    const earlier = await tx.trx
      .selectFrom('publications')
      .select(['id', 'title', 'publishedOn'])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (earlier)
      throw new AppError('conflict', `this text was already published as "${earlier.title}" (${earlier.publishedOn})`, {
        publicationId: earlier.id,
      });
    const named = new Map(input.newSources.map((s) => [Handle.parse(s.handle), s]));
    // An API client that says nothing about the desk gets the desk set on the admin page.
    const desk = input.desk === undefined ? (await readDeskSettings({ db: tx.trx })).deskHandle : input.desk;
    const claims = desk ? input.claims.map((c) => withDeskAsMaker(c, desk)) : input.claims;
    claims.forEach((c, i) => {
      if (c.sources.length === 0)
        throw new AppError(
          'invalid_request',
          `claim ${i + 1} ("${excerpt(c.statement)}") has no source: name who made it, or set the desk's handle`,
          { claim: i + 1 },
        );
    });
    const wanted = new Set([
      ...named.keys(),
      ...(desk ? [desk] : []),
      ...claims.flatMap((c) => c.sources.map((s) => s.handle)),
    ]);
    for (const handle of wanted) {
      if (await findSourceByHandle(tx.trx, handle)) continue;
      const declared = named.get(handle);
      if (!declared && !input.createMissingSources) throw new AppError('invalid_request', `unknown source @${handle}`);
      const kind = declared?.kind ?? (handle === desk ? 'desk' : 'person');
      await appendSource(tx, { handle, displayName: declared?.displayName ?? `@${handle}`, kind });
    }
    const id = newId(new Date(tx.at));
    // Spans are checked against the text by PublicationCreate.
    await tx.append({
      type: 'publication.created',
      payload: {
        id,
        title: input.title,
        publishedOn: input.publishedOn,
        url: input.url ?? null,
        text: input.text,
        sha256,
      },
    });
    for (const claim of claims) await appendClaim(tx, claim, id);
    return id;
  });
}
