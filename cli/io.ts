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

const FS_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'it already exists',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ENOTREG: 'it is not a regular file (a device, FIFO, socket or folder)',
};

/** A file-system error code as a few words for a one-line message (the code is kept for searching). */
export function fileSystemMessage(code: string | undefined): string {
  if (!code) return 'error';
  const words = FS_ERRORS[code];
  return words ? `${words}, ${code}` : code;
}

/** True for Node's file-system errors (an errno code and a syscall), which the CLI reports in one line. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

const TERMINAL_CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text fit for a terminal: escape sequences (CSI, OSC such as OSC 52 clipboard writes) and every
 * other control character removed; newlines and tabs kept. Everything the CLI prints passes here,
 * since messages quote names and lines from the user's files.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, '');
}
