import { type RawBuilder, sql } from 'kysely';

/**
 * Case-insensitive "contains" that treats %, _ and \ in the user's text literally, on both
 * engines (SQLite needs the ESCAPE clause; Postgres accepts the same one).
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
