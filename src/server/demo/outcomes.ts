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
}

const DOMAINS = ['example.com', 'example.org', 'example.net'];

const NOTES = {
  true: [
    'It happened inside the window; the report linked below has the date and the figure.',
    'Confirmed: the announcement came before the window closed.',
    'Yes, and with room to spare. The linked coverage settles it.',
    'The data release at the end of the window bears it out.',
  ],
  false: [
    'The window closed without it happening; the linked figures show the miss.',
    'No: the numbers at the end of the window point the other way.',
    'Did not happen. The nearest thing was announced, then shelved.',
    'Missed. The trend was right but the threshold was never reached.',
  ],
  partial: [
    'Half right: the direction held, the size did not.',
    'Part of it happened in the window; the rest came later or not at all.',
    'The first half of the call came true; the second did not.',
  ],
  ambiguous: ['The statement cannot be judged as written: the sources disagree on what counts.'],
  condition: ['The condition never held, so the call is void, neither right nor wrong.'],
} as const;

const CORRECTIONS = [
  'A revised data release changed the figure the first ruling relied on.',
  'A reader pointed to an announcement inside the window that the first ruling missed.',
];

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
 * The demo reviewer's ruling on a call, drawn from `rand` so the demo is the same everywhere: a source's
 * `skill` is its chance of being right; some conditional calls are void because the condition never held,
 * a few are partial or too vague to judge, a few get corrected later, and some are left for the queue
 * (null).
 */
export function planResolution(claim: ClaimToRule, skill: number, rand: () => number): Plan | null {
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
  if (roll > 0.87)
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
  const right = rand() < skill;
  const plan: Plan = { lagDays, ruling: ruling(right ? 'true' : 'false', claim.statement, rand) };
  if (rand() < 0.1)
    plan.correction = {
      afterDays: 5 + Math.floor(rand() * 25),
      ruling: { ...ruling(right ? 'false' : 'true', claim.statement, rand), reason: pick(CORRECTIONS, rand) },
    };
  return plan;
}
