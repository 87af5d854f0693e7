import type { ResolutionCreate } from '../../shared/api/claims.js';

/** How the demo's reviewer rules on one call: when (days after its window closed), what, and a later correction. */
export interface Plan {
  lagDays: number;
  ruling: ResolutionCreate;
  correction?: { afterDays: number; ruling: ResolutionCreate };
}

interface ClaimToRule {
  kind: string;
  statement: string;
  condition: string | null;
  probability: number | null;
}

const DOMAINS = ['example.com', 'example.org', 'example.net'];

/**
 * The reviewer's notes say only what any ruling of that outcome says: the demo's issues are made up, so a
 * note naming an announcement, a figure or a data release would assert something about a call it never saw.
 */
const NOTES = {
  true: [
    'Came true within the window; the linked (fictional) evidence shows it.',
    'Borne out by the time the window closed, as the linked (fictional) sources show.',
    'Right: the linked (fictional) coverage settles it.',
  ],
  false: [
    'Had not come true when the window closed; the linked (fictional) sources show the miss.',
    'Wrong: the window closed without it.',
    'Did not happen within the window, as the linked (fictional) evidence shows.',
  ],
  partial: [
    'Half right: one part of the call came true within the window, the other did not.',
    'Part of the call came true; the rest did not.',
  ],
  ambiguous: ['The statement cannot be judged as written: the sources disagree on what counts.'],
  condition: ['The condition never held, so the call is void, neither right nor wrong.'],
} as const;

const CORRECTIONS = [
  'A second look at the evidence reversed the first ruling.',
  'A reader pointed to evidence inside the window that the first ruling missed.',
];

/**
 * Whether partial credit can make sense: only a call of more than one part ("cuts in December, and
 * holds in January") can be half right. A single event, or a call with a stated probability (scored
 * against what happened, yes or no), is ruled right or wrong.
 */
function hasParts(claim: ClaimToRule): boolean {
  return claim.probability === null && /;|,? and |, while |, but /.test(claim.statement.replace(/^If [^,]+,/, ''));
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Clearly fictional evidence: example domains only, with a path that names the call. */
function evidence(statement: string, rand: () => number): string[] {
  const slug = statement
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 6)
    .join('-');
  const first = `https://${pick(DOMAINS, rand)}/demo/${slug}`;
  return rand() < 0.35 ? [first, `https://${pick(DOMAINS, rand)}/demo/data/${slug}.csv`] : [first];
}

function ruling(outcome: 'true' | 'false', statement: string, rand: () => number): ResolutionCreate {
  return {
    outcome,
    credit: null,
    voidReason: null,
    evidence: evidence(statement, rand),
    note: pick(NOTES[outcome], rand),
    early: false,
    supersedes: null,
    reason: null,
  };
}

/**
 * How often the calls a demo source states at a probability come true, so its calibration chart has a
 * shape: `sharpness` 1 is calibrated (said 70%, right 70% of the time), below 1 overconfident (the rate
 * pulled toward a coin flip), above 1 underconfident. Within each tenth of probability the outcomes are
 * spread evenly over a source's calls instead of drawn at random, so a dozen calls already show the rate.
 */
export class CalibratedOutcomes {
  private readonly seen = new Map<string, { calls: number; cameTrue: number }>();

  constructor(private readonly sharpness: ReadonlyMap<string, number>) {}

  /** Whether the next call `handle` stated at probability `p` came true. */
  cameTrue(handle: string, p: number): boolean {
    const s = this.sharpness.get(handle) ?? 1;
    const rate = Math.min(1, Math.max(0, 0.5 + (p - 0.5) * s));
    const key = `${handle} ${Math.min(9, Math.floor(p * 10))}`;
    const tally = this.seen.get(key) ?? { calls: 0, cameTrue: 0 };
    tally.calls += 1;
    // True while the calls that came true lag the rate: the running share stays within one call of it.
    const yes = tally.cameTrue < Math.round(rate * tally.calls);
    if (yes) tally.cameTrue += 1;
    this.seen.set(key, tally);
    return yes;
  }
}

/**
 * Whether the next call of several parts ruled on is half right: every third, counted rather than drawn,
 * so the demo always shows partial credit however many such calls its issues hold.
 */
export function everyThird(): () => boolean {
  let calls = 0;
  return () => calls++ % 3 === 0;
}

/**
 * The demo reviewer's ruling on a call, drawn from `rand` so the demo is the same everywhere: a source's
 * `skill` is its chance of being right; some conditional calls are void because the condition never held,
 * a few are too vague to judge, a few calls of more than one part are partial, a few get corrected later, and some are left for the queue
 * (null). A call with a stated probability comes true as `cameTrue` says (see CalibratedOutcomes).
 */
export function planResolution(
  claim: ClaimToRule,
  skill: number,
  rand: () => number,
  cameTrue: (p: number) => boolean,
  halfRight: () => boolean,
): Plan | null {
  if (rand() < 0.15) return null;
  const lagDays = 2 + Math.floor(rand() * 20);
  const conditional = claim.kind === 'WATCH' || !!claim.condition;
  const roll = rand();
  const base = { credit: null, early: false, supersedes: null, reason: null };
  if (conditional && roll < 0.25)
    return {
      lagDays,
      ruling: { ...base, outcome: 'void', voidReason: 'condition_not_met', evidence: [], note: NOTES.condition[0] },
    };
  if (roll > 0.97)
    return {
      lagDays,
      ruling: { ...base, outcome: 'void', voidReason: 'ambiguous', evidence: [], note: NOTES.ambiguous[0] },
    };
  // A call of several parts is half right more often than a single call is anything but right or wrong.
  if (hasParts(claim) && halfRight())
    return {
      lagDays,
      ruling: {
        ...base,
        outcome: 'partial',
        credit: pick([0.25, 0.5, 0.75], rand),
        voidReason: null,
        evidence: evidence(claim.statement, rand),
        note: pick(NOTES.partial, rand),
      },
    };
  // A stated probability decides the outcome (and is never corrected, which would blur the calibration).
  const stated = claim.probability;
  const right = stated === null ? rand() < skill : cameTrue(stated);
  const plan: Plan = { lagDays, ruling: ruling(right ? 'true' : 'false', claim.statement, rand) };
  if (stated === null && rand() < 0.1)
    plan.correction = {
      afterDays: 5 + Math.floor(rand() * 25),
      ruling: { ...ruling(right ? 'false' : 'true', claim.statement, rand), reason: pick(CORRECTIONS, rand) },
    };
  return plan;
}
