import { z } from 'zod';
import { CheckpointsPage, LedgerEventsPage, LedgerHead, WellKnown } from '../../shared/api/index.js';
import {
  type ChainPoint,
  chainWalkAsync,
  GENESIS_HASH,
  keyChainProblem,
  webSha256Hex,
} from '../../shared/ledger-format/index.js';

/** What a check in the reader's browser asks: the whole chain, or (a claim page) from one event on. */
export interface VerifyRequest {
  /** The first event to check; the chain before it is taken as given (its link anchors the walk). */
  fromSeq: number;
  /** The claim's events, which must be among those checked (claim pages). */
  mustInclude?: number[];
}

export type VerifyMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'ok'; count: number; head: ChainPoint; checkpoint: { seq: number; hash: string } | null }
  | { kind: 'bad'; seq: number | null; problem: string };

const PAGE = 1000;
/** Events per request: the most the events endpoint serves at once, so 100,000 events take 10 round trips. */
const EVENTS_PAGE = 10_000;

async function getJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return schema.parse(await res.json());
}

/**
 * What `track-record audit` does for the chain and checkpoints, in the browser (docs/checkpoints.md):
 * every checkpoint's signature and key chain, every event's link and hash from `fromSeq` to the head,
 * and every checkpoint in that range on the chain. Reports progress as it goes.
 */
export async function verifyChain(req: VerifyRequest, post: (m: VerifyMessage) => void): Promise<void> {
  const known = await fetch('/.well-known/track-record.json');
  const wellKnown = known.ok ? WellKnown.parse(await known.json()) : null;
  const checkpoints: z.infer<typeof CheckpointsPage>['items'] = [];
  for (let after: number | null = 0; after !== null;) {
    const page: z.infer<typeof CheckpointsPage> = await getJson(
      `/api/ledger/checkpoints?after=${after}&limit=${PAGE}`,
      CheckpointsPage,
    );
    checkpoints.push(...page.items);
    after = page.next;
  }
  if (wellKnown) {
    const problem = await keyChainProblem(checkpoints, wellKnown.publicKey, null, webSha256Hex);
    if (problem) return post({ kind: 'bad', seq: null, problem });
  }
  const head = await getJson('/api/ledger/head', LedgerHead);
  let point: ChainPoint = { seq: 0, hash: GENESIS_HASH };
  if (req.fromSeq > 1) {
    const first = await getJson(`/api/ledger/events?after=${req.fromSeq - 1}&limit=1`, LedgerEventsPage);
    const e = first.items[0];
    if (!e || e.seq !== req.fromSeq)
      return post({ kind: 'bad', seq: req.fromSeq, problem: `event ${req.fromSeq} is missing` });
    point = { seq: e.seq - 1, hash: e.prevHash };
  }
  const pins = new Map(checkpoints.filter((c) => c.seq > point.seq).map((c) => [c.seq, c] as const));
  const wanted = new Set(req.mustInclude ?? []);
  const start = point.seq;
  const total = Math.max(1, head.seq - start);
  const eventsAfter = (after: number) =>
    getJson(`/api/ledger/events?after=${after}&limit=${EVENTS_PAGE}`, LedgerEventsPage);
  // The next page is requested as soon as a page arrives, so it downloads while this one is hashed.
  let pending: Promise<z.infer<typeof LedgerEventsPage>> | null = eventsAfter(point.seq);
  while (pending) {
    const page: z.infer<typeof LedgerEventsPage> = await pending;
    pending = page.next === null ? null : eventsAfter(page.next);
    pending?.catch(() => {}); // awaited on the next turn, or dropped when a bad event ends the check
    const walked = await chainWalkAsync(webSha256Hex, point, page.items);
    if (!walked.ok) return post({ kind: 'bad', seq: walked.seq, problem: walked.problem });
    for (const e of page.items) {
      wanted.delete(e.seq);
      const pin = pins.get(e.seq);
      if (pin && pin.hash !== e.hash)
        return post({
          kind: 'bad',
          seq: e.seq,
          problem: `checkpoint #${pin.seq} is not on the chain: event ${e.seq} has another hash`,
        });
      pins.delete(e.seq);
    }
    point = walked.point;
    post({ kind: 'progress', done: point.seq - start, total });
  }
  const lost = [...pins.values()][0];
  if (lost)
    return post({
      kind: 'bad',
      seq: lost.seq,
      problem: `checkpoint #${lost.seq} is not on the chain: it ends at event ${point.seq}`,
    });
  if (wanted.size > 0)
    return post({ kind: 'bad', seq: [...wanted][0]!, problem: `event ${[...wanted][0]} is missing` });
  const latest = checkpoints[checkpoints.length - 1];
  post({
    kind: 'ok',
    count: point.seq - start,
    head: point,
    checkpoint: latest ? { seq: latest.seq, hash: latest.hash } : null,
  });
}

export const VerifyRequestSchema = z.object({
  fromSeq: z.number().int().min(1),
  mustInclude: z.array(z.number()).optional(),
});
