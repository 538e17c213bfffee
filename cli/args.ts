import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** One option of a command, for node:util parseArgs plus the messages our commands print. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** A repeatable string option (its values are collected in order). */
  multiple?: boolean;
  /** The message when a string option has no value (or an empty one), given the flag as typed. */
  missing?: string | ((flag: string) => string);
  /** Checks and normalises a string value; throws a UsageError for a bad one. */
  check?: (value: string) => string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed values: booleans for flags, a string (or strings when repeatable) for the rest. */
export type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
};

export interface ParseSettings {
  /** A lone `-` is an argument (standard input, a file) rather than an unknown option. */
  loneDashIsArgument?: boolean;
  /** At most this many file arguments; `tooMany` is the message beyond it. */
  maxPositionals?: number;
  tooMany?: string;
}

/**
 * A command's arguments through node:util parseArgs, checked in the order given so that the
 * first problem is the one reported, as a UsageError (exit 2): an unknown option is named without
 * its inline value, a string option without a value says what it expects.
 */
export function parseCommandArgs<T extends OptionSpecs>(
  args: readonly string[],
  specs: T,
  settings: ParseSettings = {},
): { values: OptionValues<T>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
    ]),
  );
  // Not strict: unknown options and missing values come back as tokens, so that our own
  // messages (unchanged since the hand-written parser) name them.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  let terminated = false;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      terminated = true;
      continue;
    }
    if (token.kind === 'positional') {
      if (token.value === '-' && !terminated && !settings.loneDashIsArgument) throw new UsageError('unknown option -');
      if (settings.maxPositionals !== undefined && positionals.length >= settings.maxPositionals)
        throw new UsageError(settings.tooMany ?? 'too many arguments');
      positionals.push(token.value);
      continue;
    }
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    if (!token.value) {
      const missing = typeof spec.missing === 'function' ? spec.missing(token.rawName) : spec.missing;
      throw new UsageError(missing ?? `${token.rawName} expects a value`);
    }
    const value = spec.check ? spec.check(token.value) : token.value;
    if (spec.multiple) values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), value];
    else values[token.name] = value;
  }
  return { values: values as OptionValues<T>, positionals };
}

/** An option for --django or --python: a version like 5.2 / 3.12, else a UsageError. */
export function targetOption(flag: '--django' | '--python'): OptionSpec {
  const missing = `${flag} expects a version like ${flag === '--django' ? '5.2' : '3.12'}`;
  return {
    type: 'string',
    missing,
    check(version) {
      if (!/^\d+\.\d+$/.test(version)) throw new UsageError(missing);
      return version;
    },
  };
}
