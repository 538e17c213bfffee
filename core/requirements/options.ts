/**
 * The options pip accepts inside a requirements file (pip's SUPPORTED_OPTIONS and
 * SUPPORTED_OPTIONS_REQ), parsed with optparse's rules: `-i URL`, `-iURL`, `--index-url URL`,
 * `--index-url=URL`.
 */

interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  takesValue: boolean;
  /** Allowed after a requirement on the same line (`--hash`). */
  perRequirement?: boolean;
}

const SPECS: readonly OptionSpec[] = [
  { name: 'index-url', short: 'i', takesValue: true },
  { name: 'extra-index-url', takesValue: true },
  { name: 'no-index', takesValue: false },
  { name: 'constraint', short: 'c', takesValue: true },
  { name: 'requirement', short: 'r', takesValue: true },
  { name: 'editable', short: 'e', takesValue: true },
  { name: 'find-links', short: 'f', takesValue: true },
  { name: 'no-binary', takesValue: true },
  { name: 'only-binary', takesValue: true },
  { name: 'prefer-binary', takesValue: false },
  { name: 'require-hashes', takesValue: false },
  { name: 'pre', takesValue: false },
  { name: 'trusted-host', takesValue: true },
  { name: 'use-feature', takesValue: true },
  { name: 'hash', takesValue: true, perRequirement: true },
  { name: 'global-option', takesValue: true, perRequirement: true },
  { name: 'config-settings', takesValue: true, perRequirement: true },
];

const BY_LONG = new Map(SPECS.map((spec) => [spec.name, spec]));
const BY_SHORT = new Map(SPECS.filter((spec) => spec.short).map((spec) => [spec.short!, spec]));

export interface ParsedOption {
  name: string;
  value: string | null;
  perRequirement: boolean;
}

/** Parses option words; stops at the first error, which names the option. */
export function parseOptionWords(words: readonly string[]): { options: ParsedOption[]; error: string | null } {
  const options: ParsedOption[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let spec: OptionSpec | undefined;
    let inline: string | null = null;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const long = eq === -1 ? word.slice(2) : word.slice(2, eq);
      spec = BY_LONG.get(long);
      if (!spec) return { options, error: `pip does not know the option ${word.slice(0, eq === -1 ? undefined : eq)}` };
      if (eq !== -1) inline = word.slice(eq + 1);
    } else if (word.startsWith('-') && word.length > 1) {
      spec = BY_SHORT.get(word[1]!);
      if (!spec) return { options, error: `pip does not know the option -${word[1]}` };
      if (word.length > 2) inline = word.slice(2);
    } else {
      return { options, error: `"${word}" is not an option (requirements come before options on a line)` };
    }
    if (!spec.takesValue) {
      if (inline !== null) return { options, error: `the option --${spec.name} takes no value` };
      options.push({ name: spec.name, value: null, perRequirement: !!spec.perRequirement });
      continue;
    }
    let value = inline;
    if (value === null) {
      if (i + 1 >= words.length) return { options, error: `the option --${spec.name} needs a value` };
      value = words[++i]!;
    }
    options.push({ name: spec.name, value, perRequirement: !!spec.perRequirement });
  }
  return { options, error: null };
}
