/** One `track-record` command: its usage line(s), and what it does. `run` returns the exit code (-1: keep running). */
export interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number> | number;
}

/**
 * The database a read-only command was pointed at is missing or is not ours: exit 2, no verdict.
 * Here rather than with the database code, so that the entry point can tell it apart without loading that.
 */
export class NoDatabaseError extends Error {}
