import { existsSync, rmSync } from 'node:fs';
import { CHAIN_START, shortCheckpoint } from '../../shared/ledger-format/index.js';
import type { DatabaseHandle } from '../../server/db/connect.js';
import { ledgerHead } from '../../server/ledger/append.js';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { compareScores } from './compare.js';
import { AuditAborted, Discrepancy } from './discrepancy.js';
import { PhaseTimes } from './phases.js';
import type { Progress } from './progress.js';
import { Remote } from './remote.js';
import { openScratch, replayAll, replayMore } from './replay.js';
import { ServedScores } from './served.js';
import { checkSignatures } from './signatures.js';
import { type AuditState, type Pin, readState, writeState } from './state.js';
import { ChainAudit } from './walk.js';

export interface AuditOptions {
  url: string;
  stateFile: string | null;
  /** Checkpoints to check from elsewhere ("SEQ:HASH", say from a newsletter). */
  given: { seq: number; hash: string }[];
  progress: Progress;
  /** Where the time goes (the benchmark's); by default kept and dropped. */
  phases?: PhaseTimes;
}

export interface AuditResult {
  events: number;
  head: { seq: number; hash: string };
  checkpoints: number;
  sources: number;
}

/**
 * The independent audit (docs/checkpoints.md): checkpoints' signatures and key chain, every event
 * of the chain, every pinned checkpoint on it, a replay through the server's appliers, and the
 * served leaderboard and scorecards against the replay's. Throws a Discrepancy for the first
 * finding, an AuditAborted (or any other error) when it could not finish.
 */
export async function runAudit(o: AuditOptions): Promise<AuditResult> {
  const phases = o.phases ?? new PhaseTimes();
  phases.enter('checkpoints');
  const remote = new Remote(o.url.replace(/\/+$/, ''));
  const state = o.stateFile ? readState(o.stateFile) : null;
  if (state && state.url !== remote.base)
    throw new AuditAborted(`${o.stateFile} is the state of an audit of ${state.url}, not ${remote.base}`);
  const known = await remote.wellKnown();
  if (!known) throw new Discrepancy('the instance publishes no signing key (/.well-known/track-record.json)');
  const checkpoints = await remote.checkpoints();
  o.progress.show(`checking ${checkpoints.length} checkpoint signatures`);
  await checkSignatures(checkpoints, known.publicKey, state?.firstKey ?? null);

  const pins: Pin[] = [
    ...(state?.pins ?? []),
    ...o.given.map((g) => ({ ...g, label: `checkpoint ${shortCheckpoint(g)} (given)` })),
    ...checkpoints.map((c) => ({ seq: c.seq, hash: c.hash, label: `checkpoint ${shortCheckpoint(c)} (served)` })),
  ];
  const scratchFile = o.stateFile ? `${o.stateFile}.sqlite` : null;
  if (scratchFile && !state) rmSync(scratchFile, { force: true });
  const resume = scratchFile !== null && state !== null && existsSync(scratchFile);
  if (scratchFile && state && !resume)
    throw new AuditAborted(`${scratchFile} is missing: remove ${o.stateFile} to start over`);
  // A resumed run extends its scratch database; a first one gets it from the replay.
  let scratch = resume ? await openScratch(scratchFile) : null;
  try {
    phases.enter('events');
    const served = new ServedScores(remote);
    const walk = scratch ? await resumeWalk(remote, scratch, pins) : new ChainAudit(CHAIN_START, pins);
    const started = walk.at.seq;
    const show = (seq: number) => o.progress.show(`events: ${seq} checked`);
    if (scratch) {
      for await (const page of remote.eventPages(walk.at.seq)) {
        phases.part('walk', () => walk.page(page));
        await replayMore(scratch, page);
        show(walk.at.seq);
      }
    } else {
      let stop: unknown = null;
      const checked = async function* (): AsyncGenerator<RecordedEvent[]> {
        try {
          const pages = remote.eventPages(0);
          try {
            for (;;) {
              const next = await phases.waited('waiting for pages', pages.next());
              if (next.done) break;
              phases.part('walk', () => walk.page(next.value));
              yield next.value;
            }
          } finally {
            await pages.return(undefined);
          }
        } catch (err) {
          stop = err;
          throw err;
        }
      };
      try {
        scratch = await replayAll(scratchFile, checked(), show);
      } catch (err) {
        throw stop ?? (err instanceof Error ? new Discrepancy(`the replay stopped: ${err.message}`) : err);
      }
    }
    walk.finish();
    const head = await ledgerHead(scratch.db);
    if (head.seq !== walk.at.seq || head.hash !== walk.at.hash)
      throw new AuditAborted(`the replay ended at event ${head.seq}, the walk at ${walk.at.seq}`);
    phases.enter('leaderboard');
    const { sources } = await compareScores(
      served,
      scratch,
      head,
      (done, total) => o.progress.show(`scorecards: ${done}/${total} compared`),
      phases,
    );
    if (o.stateFile) writeState(o.stateFile, nextState(remote.base, state, known.publicKey, checkpoints, pins, head));
    return { events: head.seq - started, head, checkpoints: checkpoints.length, sources };
  } finally {
    phases.enter(null);
    o.progress.done();
    await scratch?.close();
  }
}

/**
 * Where a run with a state file starts: the scratch database's head, provided the instance still
 * has that event. Pins up to there are checked against the scratch copy (checked in earlier runs);
 * when the instance's chain no longer holds the head, the first remembered checkpoint it lost is named.
 */
async function resumeWalk(remote: Remote, scratch: DatabaseHandle, pins: readonly Pin[]): Promise<ChainAudit> {
  const start = await ledgerHead(scratch.db);
  const sorted = [...pins].filter((p) => p.seq <= start.seq).sort((a, b) => a.seq - b.seq);
  const there = await remote.eventAt(start.seq);
  if (start.seq > 0 && there?.hash !== start.hash) {
    for (const p of sorted) {
      const e = p.seq === 0 ? null : await remote.eventAt(p.seq);
      if (p.seq > 0 && e?.hash !== p.hash)
        throw new Discrepancy(
          `${p.label} is no longer on the chain: ${e ? `event ${p.seq} now has hash ${e.hash.slice(0, 12)}…` : `the chain now ends before event ${p.seq}`}`,
        );
    }
    throw new Discrepancy(`event ${start.seq} is no longer the one an earlier audit checked`);
  }
  for (const p of sorted) {
    if (p.seq === 0) continue;
    const e = await scratch.db.selectFrom('events').select('hash').where('seq', '=', p.seq).executeTakeFirst();
    if (e?.hash !== p.hash)
      throw new Discrepancy(`${p.label} is not on the chain: event ${p.seq} has hash ${e?.hash.slice(0, 12)}…`);
  }
  return new ChainAudit(start, pins);
}

function nextState(
  url: string,
  state: AuditState | null,
  publishedKey: string,
  checkpoints: readonly { publicKey: string }[],
  pins: readonly Pin[],
  head: { seq: number; hash: string },
): AuditState {
  const bySeq = new Map<number, Pin>();
  for (const p of pins)
    if (!bySeq.has(p.seq))
      bySeq.set(p.seq, { seq: p.seq, hash: p.hash, label: `checkpoint ${shortCheckpoint(p)} (remembered)` });
  return {
    url,
    firstKey: state?.firstKey ?? checkpoints[0]?.publicKey ?? publishedKey,
    pins: [...bySeq.values()].sort((a, b) => a.seq - b.seq),
    checked: head,
  };
}
