/** What a CLI command may touch, injected so that commands are tested without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  tty?: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Thrown by a command for bad usage or bad input: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface Command {
  name: string;
  /** One line for `djstack --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
