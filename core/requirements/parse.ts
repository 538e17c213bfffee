/**
 * Reads a requirements.txt the way pip does (pip's req_file.py): continuation lines, comments,
 * `${VAR}` substitution, options (`-i`, `--extra-index-url`, `-f`, `--pre` …), `-r`/`-c`
 * includes, `-e` editables, PEP 508 requirements with extras and markers, URLs, VCS URLs,
 * local paths and `--hash`. Lines that cannot be understood are kept as issues with their file
 * and line number. Never throws: a requirements file is user input.
 */
import { expandVariables, logicalLines, shellSplit, splitArgsAndOptions } from './logical-lines';
import { parseOptionWords, type ParsedOption } from './options';
import { normalizePackageName } from '../util/package-name';
import { parseRequirementText } from './requirement-text';
import type {
  ParsedRequirement,
  ParsedRequirements,
  ParseRequirementsOptions,
  RequirementSource,
  RequirementsInclude,
  RequirementsOption,
} from './types';

export type * from './types';
export { normalizePackageName } from '../util/package-name';

const DEFAULT_FILE = 'requirements.txt';
const DEFAULT_DEPTH = 20;

interface Context {
  options: ParseRequirementsOptions;
  result: ParsedRequirements;
  /** Files being read, outermost first: an include of one of them is a cycle. */
  chain: string[];
  /** Characters of requirement text still to be read (see REQUIREMENT_TEXT_BUDGET). */
  budget: number;
}

/**
 * How much requirement text (names, specifiers, markers: not options or hashes) one parse
 * reads, includes counted. The grammar library spends tens of microseconds per character, so
 * this bounds a hostile file to a few seconds; real files use a few percent of it.
 */
export const REQUIREMENT_TEXT_BUDGET = 100_000;

/** Parses requirements text; `options.readInclude` follows `-r`/`-c` includes. Never throws. */
export function parseRequirements(text: string, options: ParseRequirementsOptions = {}): ParsedRequirements {
  const result: ParsedRequirements = { requirements: [], constraints: [], options: [], includes: [], issues: [] };
  const file = options.file ?? DEFAULT_FILE;
  const context: Context = { options, result, chain: [file], budget: REQUIREMENT_TEXT_BUDGET };
  try {
    parseFile(text, file, false, context);
  } catch (error) {
    // Nothing below is expected to throw; if a library does, the file is reported, not the app broken.
    result.issues.push({
      severity: 'error',
      message: `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
      source: { file, line: 0, text: '' },
    });
  }
  return result;
}

/** The exact version a requirement pins (`==5.2.1`, `===5.2.1`), or null for ranges and wildcards. */
export function pinnedVersion(specifiers: readonly { operator: string; version: string }[]): string | null {
  if (specifiers.length !== 1) return null;
  const [clause] = specifiers;
  if ((clause!.operator === '==' || clause!.operator === '===') && !clause!.version.includes('*'))
    return clause!.version;
  return null;
}

function parseFile(text: string, file: string, constraint: boolean, context: Context): void {
  for (const { line, text: raw } of logicalLines(text)) {
    if (context.budget < 0) return;
    const { text: lineText, unset } = expandVariables(raw, context.options.env ?? {});
    const source: RequirementSource = { file, line, text: lineText };
    for (const name of unset) {
      context.result.issues.push({ severity: 'warning', message: `the variable \${${name}} is not set`, source });
    }
    parseLine(lineText, source, constraint, context);
  }
}

function parseLine(lineText: string, source: RequirementSource, constraint: boolean, context: Context): void {
  const { issues } = context.result;
  const { args, options: optionText } = splitArgsAndOptions(lineText);
  const split = shellSplit(optionText);
  if ('error' in split) {
    issues.push({ severity: 'error', message: `the options cannot be read: ${split.error}`, source });
    return;
  }
  const { options, error } = parseOptionWords(split.words);
  if (error) {
    issues.push({ severity: 'error', message: error, source });
    return;
  }

  if (args) {
    addRequirement(args, false, options, source, constraint, context);
    return;
  }
  for (const option of options) {
    if (option.perRequirement) {
      // pip ignores it here; it most likely belonged to the line above (a missing backslash).
      issues.push({
        severity: 'warning',
        message: `--${option.name} is ignored: it belongs after a requirement on the same line`,
        source,
      });
    } else if (option.name === 'editable') {
      addRequirement(option.value ?? '', true, [], source, constraint, context);
    } else if (option.name === 'requirement' || option.name === 'constraint') {
      include(option.value ?? '', option.name === 'constraint' || constraint, source, context);
    } else {
      context.result.options.push({ name: option.name, value: option.value, source });
    }
  }
}

function addRequirement(
  text: string,
  editable: boolean,
  options: readonly ParsedOption[],
  source: RequirementSource,
  constraint: boolean,
  context: Context,
): void {
  const { issues } = context.result;
  context.budget -= text.length;
  if (context.budget < 0) {
    issues.push({
      severity: 'error',
      message: `the requirements hold more than ${REQUIREMENT_TEXT_BUDGET} characters of requirement text; the rest was not read`,
      source,
    });
    return;
  }
  const parsed = parseRequirementText(text, editable);
  if (!parsed.ok) {
    issues.push({ severity: 'error', message: parsed.error, source });
    return;
  }
  const { name, extras, specifiers, marker, link } = parsed.requirement;
  const hashes: string[] = [];
  const others: RequirementsOption[] = [];
  for (const option of options) {
    if (option.name === 'hash' && option.value) hashes.push(option.value);
    else if (option.perRequirement) others.push({ name: option.name, value: option.value, source });
    else {
      // pip reads these but ignores them on a requirement line; say so rather than pretend.
      issues.push({ severity: 'warning', message: `--${option.name} is ignored on a requirement line`, source });
    }
  }
  if (name === null) {
    issues.push({
      severity: 'warning',
      message: `the project name of "${link?.location ?? text}" cannot be known from the line alone (write "name @ url" or add #egg=name)`,
      source,
    });
  }
  const requirement: ParsedRequirement = {
    name,
    normalizedName: name === null ? null : normalizePackageName(name),
    extras,
    specifiers,
    specifier: specifiers.map((clause) => `${clause.operator}${clause.version}`).join(','),
    pinned: pinnedVersion(specifiers),
    marker,
    link,
    editable,
    constraint,
    hashes,
    options: others,
    source,
  };
  if (constraint) {
    if (editable)
      issues.push({ severity: 'error', message: 'a constraints file cannot hold editable requirements', source });
    else context.result.constraints.push(requirement);
  } else {
    context.result.requirements.push(requirement);
  }
}

function include(path: string, constraint: boolean, source: RequirementSource, context: Context): void {
  const { result, options, chain } = context;
  const kind = constraint ? 'constraints' : 'requirements';
  const entry: RequirementsInclude = { kind, path, file: null, source };
  result.includes.push(entry);
  if (!options.readInclude) {
    result.issues.push({ severity: 'warning', message: `the ${kind} file "${path}" was not read`, source });
    return;
  }
  if (chain.length > (options.maxIncludeDepth ?? DEFAULT_DEPTH)) {
    result.issues.push({ severity: 'error', message: `includes nest too deeply at "${path}"`, source });
    return;
  }
  let read: ReturnType<NonNullable<ParseRequirementsOptions['readInclude']>>;
  try {
    read = options.readInclude(path, source.file);
  } catch (error) {
    read = { error: error instanceof Error ? error.message : String(error) };
  }
  if ('error' in read) {
    result.issues.push({ severity: 'error', message: `cannot read the ${kind} file "${path}": ${read.error}`, source });
    return;
  }
  entry.file = read.file;
  if (chain.includes(read.file)) {
    result.issues.push({
      severity: 'error',
      message: `"${path}" includes itself (${[...chain.slice(chain.indexOf(read.file)), read.file].join(' → ')})`,
      source,
    });
    return;
  }
  chain.push(read.file);
  parseFile(read.text, read.file, constraint, context);
  chain.pop();
}
