import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths } from 'date-fns';
import { extractClaimsWithSpans, type Calendars, type ClaimSpan } from '../../ingest/index.js';
import type { ClaimDraftInput } from '../../shared/api/claims.js';
import type { PublicationCreate } from '../../shared/api/publications.js';

/** The desk that writes the demo issues: every call without an @handle is its own. */
export const DEMO_DESK = 'thesignal';

/** The tags an editor would put on each demo issue's claims, by the file's topic (after its date). */
const TOPIC_TAGS: Record<string, string[]> = {
  batteries: ['energy', 'storage'],
  chips: ['chips', 'ai'],
  fed: ['central banks', 'rates'],
  retail: ['retail', 'consumer'],
  biotech: ['biotech', 'health'],
  elections: ['elections', 'politics'],
  'ai-pricing': ['ai', 'pricing'],
  climate: ['climate', 'insurance'],
  'world-cup': ['sports', 'media'],
  grid: ['energy', 'grid'],
  'central-banks': ['central banks', 'rates'],
  'retail-earnings': ['retail', 'consumer'],
  'chips-ai': ['chips', 'ai'],
  'year-ahead': ['markets', 'macro'],
  'snow-day': ['energy', 'freight'],
};

export interface DemoIssue {
  file: string;
  publishedOn: string;
  publication: PublicationCreate;
}

/**
 * One stored issue as an editor logs it: the extractor's proposals, kept as proposed, with what the
 * editor adds by hand — a window where the text gave none, a stated probability ("(70%)"), the
 * condition of an "If …" call, tags, and a disputing source in a "vs." item. Desk Notes are left out
 * (they restate the issue's calls or profile a source) and so are restatements.
 */
export function demoIssue(file: string, text: string, publishedOn: string, calendars: Calendars): DemoIssue {
  const topic = file.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.txt$/, '');
  const tags = TOPIC_TAGS[topic] ?? [];
  const drafts = extractClaimsWithSpans(text, { published: publishedOn, calendars });
  const claims = drafts
    .filter((d) => d.claim.section !== 'Desk Notes' && d.claim.restates === undefined)
    .map((d) => toClaimInput(d, text, publishedOn, tags));
  const firstLine = text.split('\n', 1)[0]!.trim();
  return {
    file,
    publishedOn,
    publication: {
      title: `[Demo] ${firstLine}`,
      publishedOn,
      url: null,
      text,
      claims,
      newSources: [],
      desk: DEMO_DESK,
      createMissingSources: false,
    },
  };
}

function toClaimInput(d: ClaimSpan, text: string, publishedOn: string, tags: string[]): ClaimDraftInput {
  const { claim } = d;
  const window = claim.window;
  const probability = /\((\d{1,2})%\)/.exec(claim.text);
  const condition = /(?:^|: )(If [^,]+),/.exec(claim.text);
  const handles = [...new Set(claim.sources.map((s) => s.replace(/^@/, '')))];
  return {
    kind: claim.kind,
    statement: claim.text,
    quote: text.slice(d.start, d.end),
    condition: condition ? condition[1]! : null,
    criteria: null,
    timePhrase: window && !window.isDefault ? window.phrase : null,
    // An undated Tradecraft call: the editor gives it a year, as the desk's own convention.
    windowStart: window?.start ?? publishedOn,
    windowEnd:
      window?.end ??
      addMonths(new Date(`${publishedOn}T00:00:00Z`), 12)
        .toISOString()
        .slice(0, 10),
    windowStated: !!window && !window.isDefault,
    probability: probability ? Number(probability[1]) / 100 : null,
    tags: [...tags, 'demo'],
    sources: handles.map((handle, i) => ({
      handle,
      role: i > 0 && /\bvs\.? @/.test(text.slice(d.start, d.end + 80)) ? 'disputed' : 'made',
    })),
    spanStart: d.start,
    spanEnd: d.end,
  };
}

/**
 * The demo's issues in publishing order: the fictional files of data/demo/issues/ only. The sample issue
 * beside them quotes real people, so it stays an input for the editor's tests, never demo content.
 */
export function readDemoIssues(dir: string, calendars: Calendars): DemoIssue[] {
  return readdirSync(join(dir, 'issues'))
    .filter((f) => /^\d{4}-\d{2}-\d{2}-.+\.txt$/.test(f))
    .map((f) => demoIssue(f, readFileSync(join(dir, 'issues', f), 'utf8'), f.slice(0, 10), calendars))
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
}
