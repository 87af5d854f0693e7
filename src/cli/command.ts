/** One `track-record` command: its usage line(s), and what it does. `run` returns the exit code (-1: keep running). */
export interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number> | number;
}
