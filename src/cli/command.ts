/**
 * What one `track-record` command does; its usage line and summary are in the command table
 * (commands.ts). `run` returns the exit code (-1: keep running).
 */
export interface Command {
  run(args: string[]): Promise<number> | number;
}

/**
 * The database a read-only command was pointed at is missing or is not ours: exit 2, no verdict.
 * Here rather than with the database code, so that the entry point can tell it apart without loading that.
 */
export class NoDatabaseError extends Error {}
