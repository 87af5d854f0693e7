import type SqliteDatabase from 'better-sqlite3';
import type { ExportedClaim } from './queries.js';

const UNIT = '\u001f';
const FIELD = '\u001e';

/**
 * Every claim in id order in one statement: tags and sources come from correlated subqueries
 * (primary-key seeks), so the whole export is one read snapshot and one cursor of plain arrays.
 */
const ALL_CLAIMS = `
  select c.id, c.publicationId, c.kind, c.statement, c.quote, c.condition, c.criteria, c.timePhrase,
         c.windowStart, c.windowEnd, c.windowStated, c.probability, c.createdAt, c.amendedAt,
         c.resolutionId, c.outcome, c.credit, c.resolvedAt, p.publishedOn, r.voidReason, r.evidence, r.note,
         (select group_concat(t.tag, char(31)) from claim_tags t where t.claimId = c.id) as tags,
         (select group_concat(cs.sourceId || char(30) || cs.role, char(31)) from claim_sources cs where cs.claimId = c.id) as sources
  from claims c
  left join resolutions r on r.id = c.resolutionId
  left join publications p on p.id = c.publicationId
  order by c.id`;

type Row = [
  string,
  string | null,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string,
  number,
  number | null,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type SourceNames = Map<string, { handle: string; displayName: string }>;

function toClaim(r: Row, names: SourceNames): ExportedClaim {
  const sources = r[23]
    ? r[23].split(UNIT).map((s) => {
        const [sourceId, role] = s.split(FIELD) as [string, string];
        const source = names.get(sourceId)!;
        return { handle: source.handle, displayName: source.displayName, role };
      })
    : [];
  if (sources.length > 1) sources.sort((a, b) => byText(a.handle, b.handle));
  return {
    id: r[0],
    publicationId: r[1],
    kind: r[2],
    statement: r[3],
    quote: r[4],
    condition: r[5],
    criteria: r[6],
    timePhrase: r[7],
    windowStart: r[8],
    windowEnd: r[9],
    windowStated: r[10],
    probability: r[11],
    createdAt: r[12],
    amendedAt: r[13],
    resolutionId: r[14],
    outcome: r[15],
    credit: r[16],
    resolvedAt: r[17],
    publishedOn: r[18],
    resolution:
      r[14] && r[20] !== null
        ? { voidReason: r[19], evidence: JSON.parse(r[20]) as string[], note: r[21] ?? '' }
        : null,
    tags: r[22] ? r[22].split(UNIT).sort(byText) : [],
    sources,
  };
}

/**
 * The unfiltered export on SQLite, from its own read connection (which `release` closes): pages
 * of `pageSize` claims, yielding to the event loop between pages so the response can drain.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async to share the AsyncIterable shape of the keyset path
export async function* streamAllClaimsSqlite(
  sqlite: SqliteDatabase.Database,
  pageSize = 1000,
): AsyncGenerator<ExportedClaim[]> {
  // One read transaction: the source names and the claims come from the same snapshot.
  sqlite.exec('BEGIN');
  // Sources are few next to claims: one lookup table instead of a join per claim.
  const names: SourceNames = new Map(
    (
      sqlite.prepare('select id, handle, displayName from sources').all() as {
        id: string;
        handle: string;
        displayName: string;
      }[]
    ).map((s) => [s.id, s]),
  );
  const rows = sqlite.prepare(ALL_CLAIMS).raw(true).iterate() as IterableIterator<Row>;
  try {
    for (;;) {
      const page: ExportedClaim[] = [];
      for (let i = 0; i < pageSize; i++) {
        const next = rows.next();
        if (next.done) break;
        page.push(toClaim(next.value, names));
      }
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
    }
  } finally {
    rows.return?.();
    sqlite.exec('COMMIT');
  }
}
