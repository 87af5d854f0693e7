import { join } from 'node:path';
import { addDays, parseISO } from 'date-fns';
import type { ResolutionCreate } from '../../shared/api/claims.js';
import { currentCalendars } from '../calendars/service.js';
import { confirmResolution, resolveClaim } from '../claims/service.js';
import { fixedClock } from '../clock.js';
import type { AppContext } from '../context.js';
import { PROJECT_ROOT } from '../paths.js';
import { mulberry32 } from '../prng.js';
import { createPublication } from '../publications/service.js';
import { createSource } from '../sources/service.js';
import { DEMO_DESK, readDemoIssues } from './issues.js';
import { CalibratedOutcomes, everyThird, planResolution, type Plan } from './outcomes.js';

const DEMO_ACTOR = 'demo';
/** Who confirms the demo's rulings when the instance asks for a second reviewer. */
const DEMO_SECOND = 'demo-second-reviewer';
/**
 * The demo's own calendar: its issues are dated September 2025 to October 2026, and the reviewer has
 * caught up to here. Fixed, so the demo is the same ledger on every machine; a clock earlier than this
 * stops the story at the clock.
 */
export const DEMO_NOW = '2026-11-20';

/**
 * The demo's sources: fictional, and labelled so, so nobody mistakes them for real people. `skill` is
 * the chance a call without a probability is right; `sharpness` shapes how the calls with one come
 * true (1 calibrated, below 1 overconfident, above 1 underconfident; see CalibratedOutcomes).
 */
const FICTIONAL = [
  { handle: 'ada_quant', displayName: 'Ada Quant (fictional)', kind: 'person', skill: 0.72, sharpness: 1.2 },
  { handle: 'bearish_bob', displayName: 'Bearish Bob (fictional)', kind: 'person', skill: 0.38, sharpness: 0.6 },
  { handle: 'chipwatch', displayName: 'ChipWatch Weekly (fictional)', kind: 'outlet', skill: 0.64, sharpness: 1 },
  { handle: 'deltapod', displayName: 'Delta Pod (fictional)', kind: 'podcast', skill: 0.55, sharpness: 1 },
  { handle: 'gridline', displayName: 'Gridline Energy Desk (fictional)', kind: 'outlet', skill: 0.74, sharpness: 1 },
  { handle: 'hype_harry', displayName: 'Hype Harry (fictional)', kind: 'person', skill: 0.3, sharpness: 0.15 },
  { handle: 'macro_mina', displayName: 'Macro Mina (fictional)', kind: 'person', skill: 0.66, sharpness: 1 },
  { handle: 'openweights', displayName: 'Open Weights Review (fictional)', kind: 'org', skill: 0.5, sharpness: 0.7 },
  {
    handle: 'trialanderror',
    displayName: 'Trial and Error Biotech (fictional)',
    kind: 'person',
    skill: 0.6,
    sharpness: 1,
  },
  { handle: 'swingstate', displayName: 'Swing State Sam (fictional)', kind: 'person', skill: 0.58, sharpness: 1 },
  { handle: 'icecore', displayName: 'Ice Core Climate (fictional)', kind: 'person', skill: 0.7, sharpness: 1 },
  { handle: 'courtside', displayName: 'Courtside Business (fictional)', kind: 'outlet', skill: 0.45, sharpness: 1 },
  { handle: DEMO_DESK, displayName: 'The Signal desk (demo)', kind: 'desk', skill: 0.6, sharpness: 0.8 },
] as const;

export function demoDir(): string {
  return join(PROJECT_ROOT, 'data/demo');
}

type Step = { at: string; run: () => Promise<void> };

/**
 * Seeds a clearly labelled demo ledger on an empty database, as an editor and a reviewer would have
 * built it over a year: each stored issue of data/demo/issues/ (fictional sources only: the real sample
 * issue quotes real people, whom a made-up ruling must never grade) goes through the
 * extractor and the publish service, and each call whose window has closed by DEMO_NOW is ruled on
 * through the resolution service a little later — most with an outcome, a few void, some still waiting
 * in the queue, two corrected. Everything happens in time order, so the ledger's timestamps only move
 * forward. Returns the number of events, 0 if the ledger was not empty.
 */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<number> {
  const any = await ctx.db.selectFrom('events').select('seq').limit(1).executeTakeFirst();
  if (any) return 0;
  const realNow = ctx.clock.now().toISOString();
  const stop = `${DEMO_NOW}T12:00:00.000Z` < realNow ? `${DEMO_NOW}T12:00:00.000Z` : realNow;
  const issues = readDemoIssues(demoDir(), await currentCalendars(ctx));
  const clock = fixedClock(`${issues[0]!.publishedOn}T08:00:00.000Z`);
  const demo = { ...ctx, clock };
  const rand = mulberry32(20260209);
  const skill = new Map<string, number>(FICTIONAL.map((f) => [f.handle, f.skill]));
  const stated = new CalibratedOutcomes(new Map(FICTIONAL.map((f) => [f.handle, f.sharpness])));

  const halfRight = everyThird();
  for (const { handle, displayName, kind } of FICTIONAL)
    await createSource(demo, DEMO_ACTOR, { handle, displayName, kind });

  const steps: Step[] = [];
  const resolve = async (claimId: string, input: ResolutionCreate) => {
    const id = await resolveClaim(demo, DEMO_ACTOR, claimId, input);
    if (ctx.config.requireConfirmation) await confirmResolution(demo, DEMO_SECOND, id);
    return id;
  };
  for (const issue of issues)
    steps.push({
      at: `${issue.publishedOn}T09:00:00.000Z`,
      run: async () => {
        const publicationId = await createPublication(demo, DEMO_ACTOR, issue.publication);
        const created = await ctx.db
          .selectFrom('claims')
          .select(['id', 'kind', 'statement', 'windowEnd', 'condition', 'probability'])
          .where('publicationId', '=', publicationId)
          .orderBy('id')
          .execute();
        for (const claim of created) {
          const handles = (
            await ctx.db
              .selectFrom('claim_sources')
              .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
              .select(['sources.handle', 'claim_sources.role'])
              .where('claim_sources.claimId', '=', claim.id)
              .execute()
          ).filter((s) => s.role === 'made');
          // Only fictional sources' calls are ever ruled on.
          if (handles.some((h) => !skill.has(h.handle))) continue;
          const maker = handles[0]?.handle ?? DEMO_DESK;
          const plan = planResolution(
            claim,
            skill.get(maker) ?? 0.5,
            rand,
            (p) => stated.cameTrue(maker, p),
            halfRight,
          );
          if (!plan) continue;
          const day = addDays(parseISO(`${claim.windowEnd}T15:00:00.000Z`), plan.lagDays);
          steps.push({ at: day.toISOString(), run: () => ruleOn(claim.id, plan, day) });
        }
      },
    });
  const ruleOn = async (claimId: string, plan: Plan, day: Date) => {
    const id = await resolve(claimId, plan.ruling);
    if (!plan.correction) return;
    const later = addDays(day, plan.correction.afterDays);
    steps.push({
      at: later.toISOString(),
      run: async () => {
        await resolve(claimId, { ...plan.correction!.ruling, supersedes: id });
      },
    });
  };

  // A small event loop over the demo's calendar: publishing schedules rulings, rulings schedule corrections.
  while (steps.length > 0) {
    steps.sort((a, b) => a.at.localeCompare(b.at));
    const step = steps.shift()!;
    if (step.at > stop) break;
    clock.set(step.at);
    await step.run();
  }
  const head = await ctx.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow();
  return Number(head.seq);
}
