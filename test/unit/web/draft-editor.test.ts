import { describe, expect, it } from 'vitest';
import { PublicationCreate, type PreviewResponse } from '../../../src/shared/api/publications.js';
import {
  addMonths,
  draftEditorReducer,
  draftProblems,
  initialDraftState,
  newSourcesOf,
  publishCounts,
  publishProblems,
  windowWarnings,
  toPublicationCreate,
  type DraftAction,
  type DraftEditorState,
} from '../../../src/web/state/draft-editor.js';

const TEXT = 'Intro. Chips will get cheaper through 2027 (via @Ada). Rates fall soon (via @bob). The end.';

const PREVIEW: PreviewResponse = {
  drafts: [
    {
      kind: 'BULL',
      text: 'Chips will get cheaper through 2027.',
      sources: ['@Ada'],
      window: { start: '2026-02-09', end: '2027-12-31', phrase: 'through 2027', isDefault: false },
      section: 'Moves',
      start: 7,
      end: 53,
    },
    {
      kind: 'CLAIM',
      text: 'Rates fall soon.',
      sources: ['@bob'],
      window: { start: '2026-02-09', end: '2026-05-10', phrase: 'soon', isDefault: true },
      section: 'Moves',
      restates: 0,
      start: 55,
      end: 80,
    },
  ],
  unknownSources: ['@bob'],
  sha256: 'x',
  duplicateOf: null,
};

function run(...actions: DraftAction[]): DraftEditorState {
  let s = initialDraftState();
  s = draftEditorReducer(s, { type: 'set-meta', title: 'The Signal', publishedOn: '2026-02-09', text: TEXT });
  s = draftEditorReducer(s, { type: 'load-preview', preview: PREVIEW });
  return actions.reduce(draftEditorReducer, s);
}

describe('draft editor state', () => {
  it('loads drafts from a preview with normalised sources and window marks', () => {
    const s = run();
    expect(s.drafts).toHaveLength(2);
    const [a, b] = s.drafts;
    expect(a).toMatchObject({
      kind: 'BULL',
      sources: [{ handle: 'ada', isNew: false }],
      windowEnd: '2027-12-31',
      timePhrase: 'through 2027',
      windowIsDefault: false,
      windowStated: true,
    });
    expect(b).toMatchObject({
      sources: [{ handle: 'bob', isNew: true }],
      windowIsDefault: true,
      windowStated: false,
      timePhrase: null,
      restates: a!.key,
    });
    expect(a!.key).not.toBe(b!.key);
  });

  it('edits a field of one draft only', () => {
    const s = run();
    const next = draftEditorReducer(s, { type: 'edit', key: s.drafts[0]!.key, field: 'kind', value: 'BEAR' });
    expect(next.drafts[0]!.kind).toBe('BEAR');
    expect(next.drafts[1]).toBe(s.drafts[1]);
  });

  it('clears the default mark when the editor sets the window, but keeps "no date was stated"', () => {
    const s = run();
    const next = draftEditorReducer(s, {
      type: 'edit',
      key: s.drafts[1]!.key,
      field: 'windowEnd',
      value: '2026-06-30',
    });
    expect(next.drafts[1]).toMatchObject({ windowEnd: '2026-06-30', windowIsDefault: false, windowStated: false });
  });

  it('removes a draft and forgets its new sources', () => {
    const s = run({ type: 'name-new-source', handle: 'bob', displayName: 'Bob B.' });
    expect(newSourcesOf(s)).toEqual(['bob']);
    const next = draftEditorReducer(s, { type: 'remove', key: s.drafts[1]!.key });
    expect(next.drafts).toHaveLength(1);
    expect(newSourcesOf(next)).toEqual([]);
    expect(next.newSourceNames).toEqual({});
  });

  it('adds and removes sources, marking new ones, without duplicates', () => {
    const s = run();
    const key = s.drafts[0]!.key;
    let next = draftEditorReducer(s, { type: 'add-source', key, handle: '@NewGuy', isNew: true });
    next = draftEditorReducer(next, { type: 'add-source', key, handle: 'newguy', isNew: true });
    expect(next.drafts[0]!.sources).toEqual([
      { handle: 'ada', isNew: false, role: 'made' },
      { handle: 'newguy', isNew: true, role: 'made' },
    ]);
    expect(newSourcesOf(next)).toEqual(['newguy', 'bob']);
    next = draftEditorReducer(next, { type: 'remove-source', key, handle: '@newguy' });
    expect(next.drafts[0]!.sources).toEqual([{ handle: 'ada', isNew: false, role: 'made' }]);
    next = draftEditorReducer(next, { type: 'set-role', key, handle: '@Ada', role: 'cited' });
    expect(toPublicationCreate(next).claims[0]!.sources[0]).toEqual({ handle: 'ada', role: 'cited' });
  });

  it('adds a claim from a text selection, trimmed, in text order, with a default window', () => {
    const at = TEXT.indexOf('The end.');
    const s = run({ type: 'add-from-selection', start: at - 1, end: TEXT.length });
    expect(s.drafts).toHaveLength(3);
    const added = s.drafts[2]!;
    expect(TEXT.slice(added.spanStart, added.spanEnd)).toBe('The end.');
    expect(added).toMatchObject({
      kind: 'CLAIM',
      statement: 'The end.',
      windowStart: '2026-02-09',
      windowEnd: '2027-02-09',
      windowIsDefault: true,
      windowStated: false,
    });
    const first = run({ type: 'add-from-selection', start: 6, end: 0 });
    expect(first.drafts[0]!.statement).toBe('Intro.');
    expect(run({ type: 'add-from-selection', start: 6, end: 7 }).drafts).toHaveLength(2);
  });

  it('keeps every draft whose words are still in an edited text, with its fixes, at its new place', () => {
    let s = run(
      { type: 'edit', key: 'd1', field: 'probability', value: 0.8 },
      { type: 'edit', key: 'd1', field: 'criteria', value: 'the list price of a GPU' },
      { type: 'edit', key: 'd2', field: 'windowEnd', value: '2026-09-30' },
    );
    const edited = `A new first line.\n${TEXT.replace('Rates fall soon (via @bob).', 'Rates rise.')} Oil hits $90 by June.`;
    s = draftEditorReducer(s, { type: 'set-meta', text: edited });
    expect(s.drafts).toHaveLength(2); // kept until the next preview places them
    const moved = 'A new first line.\n'.length;
    const preview: PreviewResponse = {
      ...PREVIEW,
      drafts: [
        { ...PREVIEW.drafts[0]!, start: 7 + moved, end: 53 + moved },
        {
          kind: 'CLAIM',
          text: 'Oil hits $90 by June.',
          sources: [],
          window: { start: '2026-02-09', end: '2026-06-30', phrase: 'by June', isDefault: false },
          section: 'Moves',
          start: edited.indexOf('Oil'),
          end: edited.length,
        },
      ],
    };
    s = draftEditorReducer(s, { type: 'load-preview', preview });
    expect(s.drafts.map((d) => d.statement)).toEqual(['Chips will get cheaper through 2027.', 'Oil hits $90 by June.']);
    expect(s.drafts[0]).toMatchObject({ key: 'd1', probability: 0.8, criteria: 'the list price of a GPU' });
    expect(edited.slice(s.drafts[0]!.spanStart, s.drafts[0]!.spanEnd)).toBe(TEXT.slice(7, 53));
    expect(draftEditorReducer(s, { type: 'set-meta', title: 'New title' }).drafts).toHaveLength(2);
  });

  it('does not propose again a draft the editor removed', () => {
    let s = run({ type: 'remove', key: 'd1' });
    s = draftEditorReducer(s, { type: 'load-preview', preview: PREVIEW });
    expect(s.drafts.map((d) => d.statement)).toEqual(['Rates fall soon.']);
  });

  it('lists what stops publishing, each draft problem naming its card', () => {
    const s = run(
      { type: 'edit', key: 'd1', field: 'windowEnd', value: null },
      { type: 'edit', key: 'd2', field: 'statement', value: ' ' },
    );
    expect(draftProblems(s.drafts[0]!)).toEqual(['set the date the claim resolves (window end)']);
    expect(publishProblems(s)).toEqual([
      { message: 'claim 1: set the date the claim resolves (window end)', key: 'd1' },
      { message: 'claim 2: the statement is empty', key: 'd2' },
    ]);
    const bad = draftEditorReducer(run(), { type: 'edit', key: 'd1', field: 'windowStart', value: '2030-01-01' });
    expect(draftProblems(bad.drafts[0]!)).toContain('the window starts after it ends');
    expect(publishProblems({ ...run(), title: '' })).toContainEqual({ message: 'the issue needs a title' });
  });

  it('refuses a claim with no source unless the desk makes it', () => {
    const s = run({ type: 'remove-source', key: 'd1', handle: 'ada' });
    expect(publishProblems(s).map((p) => p.message)).toEqual([
      "claim 1: no source: add who made it, or fill in the desk's handle",
    ]);
    expect(publishProblems(draftEditorReducer(s, { type: 'set-meta', desk: '@desk' }))).toEqual([]);
  });

  it('counts exactly what publishing logs: restatements are citations, not claims', () => {
    expect(publishCounts(run())).toEqual({ claims: 1, restatements: 1 });
    expect(publishCounts(run({ type: 'remove', key: 'd1' }))).toEqual({ claims: 1, restatements: 0 });
  });

  it('warns of a window that ends within 30 days or before publication', () => {
    const s = run({ type: 'edit', key: 'd1', field: 'windowEnd', value: '2026-03-01' });
    expect(windowWarnings(s.drafts[0]!, '2026-02-09')[0]).toMatch(/within 30 days/);
    expect(windowWarnings(s.drafts[0]!, '2026-04-09')[0]).toMatch(/before the issue was published/);
    expect(windowWarnings(run().drafts[0]!, '2026-02-09')).toEqual([]);
  });

  it('converts to a PublicationCreate the shared schema accepts', () => {
    const s = run(
      { type: 'name-new-source', handle: 'bob', displayName: 'Bob B.' },
      { type: 'edit', key: 'd1', field: 'probability', value: 0.7 },
    );
    const body = toPublicationCreate(s);
    expect(PublicationCreate.safeParse(body).success).toBe(true);
    // The second draft restates the first: one claim, with the restating source cited.
    expect(body.claims).toHaveLength(1);
    expect(body.claims[0]).toMatchObject({
      kind: 'BULL',
      quote: TEXT.slice(7, 53),
      spanStart: 7,
      spanEnd: 53,
      windowStated: true,
      probability: 0.7,
      sources: [
        { handle: 'ada', role: 'made' },
        { handle: 'bob', role: 'cited' },
      ],
    });
    expect(body.newSources).toEqual([{ handle: 'bob', displayName: 'Bob B.', kind: 'person' }]);
    expect(body.url).toBeNull();
    expect(body.desk).toBeNull();
  });

  it('publishes a restatement on its own once the claim it restates is removed', () => {
    const s = run({ type: 'remove', key: 'd1' });
    expect(s.drafts[0]!.restates).toBeNull();
    const body = toPublicationCreate(s);
    expect(body.claims).toHaveLength(1);
    expect(body.claims[0]).toMatchObject({
      windowStated: false,
      timePhrase: null,
      sources: [{ handle: 'bob', role: 'made' }],
    });
  });

  it('sends the desk handle so the desk is the maker of unattributed calls', () => {
    const s = run({ type: 'set-meta', desk: '@TheSignal' });
    expect(toPublicationCreate(s).desk).toBe('thesignal');
    expect(publishProblems(run({ type: 'set-meta', desk: 'bad handle!' }))).toContainEqual({
      message: '@bad handle! is not a valid desk handle',
    });
  });

  it('adds months, clamping to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-02-09', 12)).toBe('2027-02-09');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
