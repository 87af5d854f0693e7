import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  claimSnapshot,
  readStoredClaim,
  SNAPSHOT_COLUMNS,
  type ClaimLink,
  type ClaimSnapshot,
  type SnapshotRow,
  type StoredClaimRow,
} from '../read-model/snapshot.js';
import {
  readSourceStats,
  updateSourceStats,
  type ClaimScoreState,
  type StoredSourceStats,
} from '../read-model/source-stats.js';
import type { LedgerOp, Row } from './apply.js';

const SNAPSHOT_COLUMN_SET = new Set<string>(SNAPSHOT_COLUMNS);

const snapshotRow = (row: Partial<SnapshotRow>) =>
  Object.fromEntries(SNAPSHOT_COLUMNS.map((c) => [c, row[c] ?? null])) as SnapshotRow;

/**
 * The claim a live event is about, read once before its applier runs and then moved along by the
 * applier's own operations: it answers the applier's reads of the claim row, holds its makers'
 * source_stats rows for the `stats` operation, and gives the claim's snapshot after the event
 * without reading the claim back (the read model's before and after, read-model/maintain.ts).
 */
export class ClaimImage {
  private constructor(
    readonly id: string,
    /** The whole row as read, before any event moved the image (what LedgerTx.readClaim answers). */
    readonly stored: StoredClaimRow | undefined,
    private row: SnapshotRow | null,
    private readonly links: Map<string, ClaimLink>,
    private readonly tags: Set<string>,
    private readonly stats: Map<string, StoredSourceStats>,
    /** How far the period windows are rolled, read with the claim (undefined: not read). */
    readonly periodsRolledTo: string | null | undefined,
  ) {}

  /** The claim as stored, or (for the event that creates it) none yet. */
  static async read(trx: Transaction<Database>, id: string, creates: boolean): Promise<ClaimImage> {
    const stored = creates ? undefined : await readStoredClaim(trx, id);
    return new ClaimImage(
      id,
      stored?.row,
      stored ? snapshotRow(stored.row) : null,
      new Map(stored?.links.map((l) => [l.sourceId, l])),
      new Set(stored?.tags),
      stored?.stats ?? new Map<string, StoredSourceStats>(),
      stored?.periodsRolledTo,
    );
  }

  snapshot(): ClaimSnapshot | null {
    return this.row && claimSnapshot(this.id, this.row, [...this.links.values()], [...this.tags]);
  }

  /**
   * The answer to a `get` of this claim's row when every column asked for is held (`found`);
   * any other read goes to the database.
   */
  get(op: Extract<LedgerOp, { op: 'get' }>): { found: Row | undefined } | null {
    if (op.table !== 'claims' || !this.isClaimKey(op.key)) return null;
    if (!op.columns.every((c) => SNAPSHOT_COLUMN_SET.has(c))) return null;
    const row = this.row;
    if (!row) return { found: undefined };
    return { found: Object.fromEntries(op.columns.map((c) => [c, row[c as keyof SnapshotRow]])) };
  }

  /** Follows a write the applier made; a change to the claim's rows the image cannot follow is a bug, told at once. */
  follow(op: Exclude<LedgerOp, { op: 'get' } | { op: 'stats' }>): void {
    switch (op.table) {
      case 'claims': {
        if (op.op === 'insert') {
          if (op.row.id !== this.id) return;
          this.row = snapshotRow(op.row);
          return;
        }
        if (op.op === 'update') {
          if (!this.isClaimKey(op.key)) return;
          if (this.row)
            for (const [c, v] of Object.entries(op.set))
              if (SNAPSHOT_COLUMN_SET.has(c)) Object.assign(this.row, { [c]: v });
          return;
        }
        break;
      }
      case 'claim_sources': {
        if (op.op === 'insert') {
          if (op.row.claimId === this.id)
            this.links.set(op.row.sourceId, { sourceId: op.row.sourceId, role: op.row.role });
          return;
        }
        if (op.op === 'deleteWhere' && op.column === 'claimId') {
          if (op.value === this.id) this.links.clear();
          return;
        }
        break;
      }
      case 'claim_tags': {
        if (op.op === 'insert') {
          if (op.row.claimId === this.id) this.tags.add(op.row.tag);
          return;
        }
        if (op.op === 'deleteWhere' && op.column === 'claimId') {
          if (op.value === this.id) this.tags.clear();
          return;
        }
        break;
      }
      default:
        return;
    }
    throw new Error(`the claim image does not follow a ${op.op} of ${op.table}`);
  }

  /** Moves the totals of the claim's makers from `before` to `after` (the `stats` operation). */
  async moveStats(trx: Transaction<Database>, before: ClaimScoreState | null, after: ClaimScoreState): Promise<void> {
    const makers = [...this.links.values()].filter((l) => l.role === 'made').map((l) => l.sourceId);
    const missing = makers.filter((id) => !this.stats.has(id));
    for (const [id, s] of await readSourceStats(trx, missing)) this.stats.set(id, s);
    const rows = new Map(makers.flatMap((id) => (this.stats.has(id) ? [[id, this.stats.get(id)!] as const] : [])));
    for (const [id, s] of await updateSourceStats(trx, rows, before, after)) this.stats.set(id, s);
  }

  private isClaimKey(key: Partial<Record<string, unknown>>): boolean {
    return key.id === this.id;
  }
}
