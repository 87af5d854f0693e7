import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, formatISO, parseISO, subDays } from 'date-fns';
import type { ClaimDraftInput } from '../../shared/api/claims.js';
import { fixedClock } from '../clock.js';
import { mulberry32 } from '../prng.js';
import type { AppContext } from '../context.js';
import { resolveClaim } from '../claims/service.js';
import { createPublication } from '../publications/service.js';
import { createSource } from '../sources/service.js';

const DEMO_ACTOR = 'demo';

/** The demo's fictional sources: clearly labelled, so nobody mistakes them for real people. */
const FICTIONAL = [
  { handle: 'ada_quant', displayName: 'Ada Quant (fictional)', kind: 'person', skill: 0.72 },
  { handle: 'bearish_bob', displayName: 'Bearish Bob (fictional)', kind: 'person', skill: 0.41 },
  { handle: 'chipwatch', displayName: 'ChipWatch Weekly (fictional)', kind: 'outlet', skill: 0.63 },
  { handle: 'deltapod', displayName: 'Delta Pod (fictional)', kind: 'podcast', skill: 0.55 },
  { handle: 'gridline', displayName: 'Gridline Energy Desk (fictional)', kind: 'outlet', skill: 0.68 },
  { handle: 'hype_harry', displayName: 'Hype Harry (fictional)', kind: 'person', skill: 0.33 },
  { handle: 'macro_mina', displayName: 'Macro Mina (fictional)', kind: 'person', skill: 0.6 },
  { handle: 'openweights', displayName: 'Open Weights Review (fictional)', kind: 'org', skill: 0.5 },
] as const;

const TOPICS = [
  ['ai', 'GPU lead times fall below 12 weeks'],
  ['ai', 'an open-weights model tops the main coding benchmark'],
  ['chips', 'HBM prices fall quarter on quarter'],
  ['energy', 'a new gigawatt-scale data center campus is announced in Texas'],
  ['macro', 'the Fed cuts rates at the next meeting'],
  ['energy', 'US utility-scale battery installs set a quarterly record'],
  ['ai', 'a frontier lab raises prices on its flagship API'],
  ['chips', 'a second foundry ships 2nm chips in volume'],
  ['macro', 'cloud capex guidance is raised by two of the big three'],
  ['ai', 'enterprise agent deployments pass 1,000 seats at a Fortune 50 company'],
] as const;

export function demoDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = here.includes('dist') ? join(here, '../../../../..') : join(here, '../../..');
  return join(root, 'data/demo');
}

/** The sample issue's calls, as the worked example of TIME-WINDOWS.md logs them. */
function sampleClaims(text: string, published: string): ClaimDraftInput[] {
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    return start < 0 ? { spanStart: null, spanEnd: null } : { spanStart: start, spanEnd: start + needle.length };
  };
  const base = {
    windowStated: true,
    tags: ['ai', 'compute'],
    quote: null,
    condition: null,
    criteria: null,
    probability: null,
  };
  const lede = "OpenAI is explicitly flagging that token supply won't meet demand through 2027-28";
  const parity = 'Token consumption parity with Gemini-class models is imminent.';
  const bull =
    "Multi-interface, harness-first strategy scales faster than chasing benchmarks when compute is scarce. OpenAI's explicit acknowledgment of this shift signals confidence in execution.";
  const bear =
    'If compute remains constrained through 2028 and open-source models hit parity on inference efficiency, the value accrual moves entirely to applications and harness. Foundation model moats compress.';
  const watch =
    'Next trigger: Q3 2026 data center delivery rates. If 2027-28 compute shortfall is real, expect aggressive enterprise SLA announcements and price tiering wars in H2.';
  return [
    {
      ...base,
      kind: 'CLAIM',
      statement: "Token supply won't meet demand through 2027-28.",
      quote: lede,
      timePhrase: 'through 2027-28',
      windowStart: published,
      windowEnd: '2028-12-31',
      sources: [
        { handle: 'thesignal', role: 'made' },
        { handle: 'allin', role: 'cited' },
      ],
      ...span(lede),
    },
    {
      ...base,
      kind: 'CLAIM',
      statement: parity,
      quote: parity,
      timePhrase: 'imminent',
      windowStart: published,
      windowEnd: formatISO(addDays(parseISO(published), 90), { representation: 'date' }),
      windowStated: false,
      sources: [{ handle: 'bindureddy', role: 'made' }],
      ...span(parity),
    },
    {
      ...base,
      kind: 'BULL',
      statement: bull,
      quote: bull,
      timePhrase: null,
      windowStart: published,
      windowEnd: '2026-12-31',
      windowStated: false,
      sources: [{ handle: 'thesignal', role: 'made' }],
      ...span(bull),
    },
    {
      ...base,
      kind: 'BEAR',
      statement: 'Foundation model moats compress as value accrues to applications and harness.',
      condition:
        'If compute remains constrained through 2028 and open-source models hit parity on inference efficiency',
      quote: bear,
      timePhrase: 'through 2028',
      windowStart: published,
      windowEnd: '2028-12-31',
      sources: [{ handle: 'thesignal', role: 'made' }],
      ...span(bear),
    },
    {
      ...base,
      kind: 'WATCH',
      statement:
        'Aggressive enterprise SLA announcements and price tiering wars in H2 2026, after Q3 2026 data center delivery rates.',
      condition: 'If 2027-28 compute shortfall is real',
      quote: watch,
      timePhrase: 'Q3 2026 … in H2',
      windowStart: '2026-07-01',
      windowEnd: '2026-12-31',
      sources: [{ handle: 'thesignal', role: 'made' }],
      ...span(watch),
    },
  ];
}

/**
 * Seeds a clearly labelled demo ledger on an empty database, through the same ledger service
 * as every other write: the sample issue with its calls, and fictional sources with enough
 * resolved history for the leaderboard and charts. Returns the number of events, 0 if skipped.
 */
async function seedSampleIssue(ctx: AppContext & { clock: ReturnType<typeof fixedClock> }, published: string) {
  ctx.clock.set(`${published}T09:00:00.000Z`);
  const text = readFileSync(join(demoDir(), 'the-signal-sample.txt'), 'utf8');
  await createPublication(ctx, DEMO_ACTOR, {
    title: 'The Signal — compute scarcity (sample issue)',
    publishedOn: published,
    url: null,
    text,
    claims: sampleClaims(text, published),
    newSources: [],
    createMissingSources: false,
  });
}

export async function seedDemoIfEmpty(ctx: AppContext): Promise<number> {
  const any = await ctx.db.selectFrom('events').select('seq').limit(1).executeTakeFirst();
  if (any) return 0;
  const now = ctx.clock.now();
  const clock = fixedClock(subDays(now, 720).toISOString());
  const demo = { ...ctx, clock };
  const rand = mulberry32(20260209);

  for (const s of [
    { handle: 'thesignal', displayName: 'The Signal desk (demo)', kind: 'desk' as const },
    { handle: 'allin', displayName: 'All-In Podcast', kind: 'podcast' as const, aliases: ['allin_podcast'] },
    { handle: 'bindureddy', displayName: 'Bindu Reddy', kind: 'person' as const },
    { handle: 'svpino', displayName: 'Santiago Valdarrama', kind: 'person' as const },
    { handle: 'ylecun', displayName: 'Yann LeCun', kind: 'person' as const },
    ...FICTIONAL.map(({ handle, displayName, kind }) => ({ handle, displayName, kind })),
  ])
    await createSource(demo, DEMO_ACTOR, s);

  // Fictional history: a monthly demo issue for two years, each with calls by the fictional
  // sources, resolved a few days after their windows end when that is already in the past.
  // Everything happens in time order, so the ledger's timestamps only move forward.
  const pending: { claimId: string; resolveOn: Date; truth: boolean; partial: boolean }[] = [];
  const resolveUntil = async (until: Date) => {
    pending.sort((a, b) => a.resolveOn.getTime() - b.resolveOn.getTime());
    while (pending.length > 0 && pending[0]!.resolveOn < until) {
      const p = pending.shift()!;
      clock.set(p.resolveOn.toISOString());
      await resolveClaim(demo, DEMO_ACTOR, p.claimId, {
        outcome: p.partial ? 'partial' : p.truth ? 'true' : 'false',
        credit: p.partial ? 0.5 : null,
        voidReason: null,
        evidence: ['https://example.com/demo-evidence'],
        note: 'Demo resolution (fictional).',
        early: false,
        supersedes: null,
        reason: null,
      });
    }
  };
  const samplePublished = '2026-02-09';
  let samplePending = true;
  for (let month = 0; month < 22; month += 1) {
    const published = addDays(subDays(now, 700), month * 30);
    const day = formatISO(published, { representation: 'date' });
    if (samplePending && day > samplePublished) {
      samplePending = false;
      await resolveUntil(parseISO(`${samplePublished}T09:00:00.000Z`));
      await seedSampleIssue(demo, samplePublished);
    }
    await resolveUntil(published);
    clock.set(published.toISOString());
    const claims: ClaimDraftInput[] = [];
    for (const source of FICTIONAL) {
      if (rand() < 0.35) continue;
      const [tag, topic] = TOPICS[Math.floor(rand() * TOPICS.length)]!;
      const months = 1 + Math.floor(rand() * 9);
      const end = formatISO(addDays(published, months * 30), { representation: 'date' });
      const probability = rand() < 0.4 ? Math.round((0.55 + rand() * 0.4) * 100) / 100 : null;
      claims.push({
        kind: rand() < 0.8 ? 'CLAIM' : rand() < 0.5 ? 'BULL' : 'BEAR',
        statement: `${topic[0]!.toUpperCase()}${topic.slice(1)} within ${months} month${months > 1 ? 's' : ''}.`,
        quote: null,
        condition: null,
        criteria: 'Judged on public reporting after the window ends.',
        timePhrase: `within ${months} months`,
        windowStart: day,
        windowEnd: end,
        windowStated: true,
        probability,
        tags: [tag, 'demo'],
        sources: [{ handle: source.handle, role: 'made' }],
        spanStart: null,
        spanEnd: null,
      });
    }
    const text = `[Demo issue — fictional] The Signal, ${day}\n\n${claims.map((c) => `- ${c.statement} (via @${c.sources[0]!.handle})`).join('\n')}\n`;
    const publicationId = await createPublication(demo, DEMO_ACTOR, {
      title: `[Demo] The Signal — ${day}`,
      publishedOn: day,
      url: null,
      text,
      claims,
      newSources: [],
      createMissingSources: false,
    });
    const created = await ctx.db
      .selectFrom('claims')
      .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
      .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
      .select(['claims.id', 'claims.windowEnd', 'sources.handle'])
      .where('claims.publicationId', '=', publicationId)
      .orderBy('claims.id')
      .execute();
    for (const c of created) {
      const skill = FICTIONAL.find((f) => f.handle === c.handle)?.skill ?? 0.5;
      const resolveOn = addDays(parseISO(`${c.windowEnd}T15:00:00.000Z`), 2 + Math.floor(rand() * 10));
      pending.push({ claimId: c.id, resolveOn, truth: rand() < skill, partial: rand() < 0.08 });
    }
  }
  if (samplePending) await seedSampleIssue(demo, samplePublished);
  await resolveUntil(subDays(now, 1));
  const head = await ctx.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow();
  return Number(head.seq);
}
