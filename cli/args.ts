import { UsageError } from './io';

/** What a command does with each argument; the walk itself is shared by every command. */
export interface ArgHandlers {
  /**
   * Handles a known flag, taking its value (from `--flag=value` or the next argument) through
   * `value`, which throws UsageError(missing) when there is none. Returns false for an unknown flag.
   */
  flag(flag: string, value: (missing: string) => string): boolean;
  /** Handles an argument that is not a flag (a file name). */
  argument(arg: string): void;
  /** A lone `-` is an argument rather than an unknown option. */
  loneDashIsArgument?: boolean;
}

/** Walks a command's arguments in order; an unknown flag is a UsageError naming it. */
export function walkArgs(args: readonly string[], handlers: ArgHandlers): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals >= 0 ? arg.slice(0, equals) : arg;
    const inline = equals >= 0 ? arg.slice(equals + 1) : undefined;
    const value = (missing: string) => {
      const given = inline ?? args[++i];
      if (!given) throw new UsageError(missing);
      return given;
    };
    if (!flag.startsWith('-') || (flag === '-' && handlers.loneDashIsArgument)) handlers.argument(arg);
    else if (!handlers.flag(flag, value)) throw new UsageError(`unknown option ${flag}`);
  }
}

/** The value of --django or --python: a version like 5.2 / 3.12, else a UsageError. */
export function targetVersion(flag: '--django' | '--python', value: (missing: string) => string): string {
  const missing = `${flag} expects a version like ${flag === '--django' ? '5.2' : '3.12'}`;
  const version = value(missing);
  if (!/^\d+\.\d+$/.test(version)) throw new UsageError(missing);
  return version;
}
