/**
 * Whether a requirements.txt still matches what the diagram exports, naming each difference:
 * the check a team runs in CI (`djstack check --requirements`). The expected lines are the
 * exporter's own (`requirementLines`), so drift means "exporting again would change this".
 * Comments, hashes, markers and file options such as --pre never count as drift, but an option
 * that says where pip downloads from (an index, find-links, a trusted host) and that the export
 * does not write is drift: that is how a stranger's edit sends `pip install` to another server.
 * `-c` constraints install nothing and are ignored.
 */
import { normalizePackageName, type Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { StackContext } from '../export/context';
import { lineText, requirementLines, type Line } from '../export/requirements';
import { parseRequirements, pinnedVersion } from '../requirements/parse';
import type { ParsedRequirement, ReadInclude, RequirementSource, RequirementsOption } from '../requirements/types';
import type { Resolution } from '../resolve/types';
import { printable } from '../diff/format';
import { compareVersions, satisfies } from '../util/pep440';

export type DriftKind =
  'missing' | 'extra' | 'version' | 'unpinned' | 'extras' | 'source' | 'duplicate' | 'index' | 'unreadable';

export interface DriftDifference {
  kind: DriftKind;
  /** PEP 503 name of the package, or null for a line that could not be read. */
  package: string | null;
  /** What the diagram exports for it (`django==5.2.8`), or null. */
  expected: string | null;
  /** What requirements.txt says (the line as written), or null. */
  actual: string | null;
  /** One sentence naming the difference. */
  message: string;
  /** Where in requirements.txt (or an included file), when the difference is on a line. */
  source: RequirementSource | null;
}

export interface DriftOptions {
  /** The requirements file's name, for messages and as the base of `-r` includes. */
  file?: string;
  /** Follows `-r` includes (the CLI reads them from disk). */
  readInclude?: ReadInclude;
  /** `${VAR}` values, as pip takes them from the environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The export used compatible ranges (`--ranges`) instead of `==` pins. */
  ranges?: boolean;
  /** Packages in requirements.txt that the diagram does not export are fine (e.g. a pip-compile'd file). */
  allowExtra?: boolean;
  /** A resolution computed already. */
  resolution?: Resolution;
}

export interface DriftResult {
  /** True when there is no difference. */
  ok: boolean;
  differences: DriftDifference[];
  /** Lines understood by pip but not checkable here (a URL without a project name …). */
  warnings: string[];
}

function where(source: RequirementSource): string {
  return `${source.file}:${source.line}`;
}

function clauses(specifier: string): { operator: string; version: string }[] {
  return specifier
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => {
      const match = /^(===|==|~=|!=|<=|>=|<|>)\s*(.+)$/.exec(clause);
      return match ? { operator: match[1]!, version: match[2]! } : { operator: '', version: clause };
    });
}

function sameVersion(a: string, b: string): boolean {
  try {
    return compareVersions(a, b) === 0;
  } catch {
    return a === b;
  }
}

function allows(specifier: string, version: string): boolean {
  try {
    return satisfies(version, specifier);
  } catch {
    return false;
  }
}

function sameSpecifier(a: string, b: string): boolean {
  const canonical = (text: string) =>
    clauses(text)
      .map((c) => `${c.operator}${c.version}`)
      .sort()
      .join(',');
  return canonical(a) === canonical(b);
}

/** The version difference between an exported line and a requirement, or null when they agree. */
function versionDifference(line: Line, requirement: ParsedRequirement): { kind: DriftKind; message: string } | null {
  const expected = lineText(line);
  const actual = requirement.source.text;
  const name = line.name;
  const pin = pinnedVersion(clauses(line.specifier));
  if (line.specifier === '') return null;
  if (pin !== null) {
    if (requirement.pinned !== null) {
      return sameVersion(requirement.pinned, pin)
        ? null
        : {
            kind: 'version',
            message: `${name} is ${requirement.pinned} in requirements.txt, but the diagram exports ${pin} (${expected}).`,
          };
    }
    if (requirement.specifier !== '' && allows(requirement.specifier, pin)) {
      return {
        kind: 'unpinned',
        message: `${name} is not pinned in requirements.txt ("${actual}"); the diagram exports ${expected}.`,
      };
    }
    return {
      kind: 'version',
      message: `${name} ${requirement.specifier ? `allows ${requirement.specifier}` : 'is not pinned'} in requirements.txt, but the diagram exports ${expected}.`,
    };
  }
  if (requirement.pinned !== null) {
    return allows(line.specifier, requirement.pinned)
      ? null
      : {
          kind: 'version',
          message: `${name} is ${requirement.pinned} in requirements.txt, outside ${line.specifier} that the diagram exports.`,
        };
  }
  return sameSpecifier(line.specifier, requirement.specifier)
    ? null
    : {
        kind: 'version',
        message: `${name} allows "${requirement.specifier || 'any version'}" in requirements.txt, but the diagram exports ${expected}.`,
      };
}

function compare(line: Line, found: ParsedRequirement[]): DriftDifference[] {
  const expected = lineText(line);
  const differences: DriftDifference[] = [];
  const [first, ...more] = found;
  const base = { package: line.name, expected };
  for (const duplicate of more) {
    differences.push({
      ...base,
      kind: 'duplicate',
      actual: duplicate.source.text,
      message: `${line.name} is listed again at ${where(duplicate.source)} (first at ${where(first!.source)}).`,
      source: duplicate.source,
    });
  }
  const requirement = first!;
  const actual = requirement.source.text;
  if (requirement.link) {
    differences.push({
      ...base,
      kind: 'source',
      actual,
      message: `${line.name} is installed from ${requirement.link.location}, but the diagram exports ${expected}.`,
      source: requirement.source,
    });
    return differences;
  }
  const version = versionDifference(line, requirement);
  if (version) differences.push({ ...base, ...version, actual, source: requirement.source });
  const extrasOf = (list: string[]) => [...new Set(list.map(normalizePackageName))].sort().join(',');
  if (extrasOf(line.extras) !== extrasOf(requirement.extras)) {
    differences.push({
      ...base,
      kind: 'extras',
      actual,
      message: `${line.name} has extras [${extrasOf(requirement.extras)}] in requirements.txt, but the diagram exports ${expected}.`,
      source: requirement.source,
    });
  }
  return differences;
}

/**
 * Compares a requirements.txt with what `diagram` exports and names every difference: missing
 * and extra packages, versions that differ from the pins and resolved versions, unpinned
 * packages, extras, URL installs, duplicates and unreadable lines. Never throws.
 */
export function checkRequirementsDrift(
  diagram: Diagram,
  catalog: Catalog,
  requirementsText: string,
  options: DriftOptions = {},
): DriftResult {
  const parsed = parseRequirements(requirementsText, {
    file: options.file ?? 'requirements.txt',
    readInclude: options.readInclude,
    env: options.env,
  });
  const context = new StackContext(diagram, catalog, options.resolution);
  const lines = requirementLines(context, options.ranges ?? false);
  const differences: DriftDifference[] = [];
  const warnings: string[] = [];

  for (const issue of parsed.issues) {
    if (issue.severity === 'warning') {
      warnings.push(`${where(issue.source)}: ${issue.message}`);
      continue;
    }
    differences.push({
      kind: 'unreadable',
      package: null,
      expected: null,
      actual: issue.source.text,
      message: `${where(issue.source)}: ${issue.message}.`,
      source: issue.source,
    });
  }

  // Requirements are matched by catalog name, so that an alias ("psycopg2_binary") finds its package.
  const byName = new Map<string, ParsedRequirement[]>();
  for (const requirement of parsed.requirements) {
    if (requirement.normalizedName === null) continue;
    const name = catalog.get(requirement.normalizedName)?.name ?? requirement.normalizedName;
    byName.set(name, [...(byName.get(name) ?? []), requirement]);
  }

  for (const line of lines) {
    const found = byName.get(line.name);
    byName.delete(line.name);
    if (!found) {
      differences.push({
        kind: 'missing',
        package: line.name,
        expected: lineText(line),
        actual: null,
        message: `${line.name} is missing from requirements.txt; the diagram exports ${lineText(line)}.`,
        source: null,
      });
      continue;
    }
    differences.push(...compare(line, found));
  }
  differences.push(...indexDrift(diagram, parsed.options, options.env));
  if (!options.allowExtra) {
    for (const [name, found] of byName) {
      for (const requirement of found) {
        differences.push({
          kind: 'extra',
          package: name,
          expected: null,
          actual: requirement.source.text,
          message: `${name} (${where(requirement.source)}) is in requirements.txt but not in the diagram's export.`,
          source: requirement.source,
        });
      }
    }
  }
  return { ok: differences.length === 0, differences, warnings };
}

/** Options that decide where pip downloads packages from. */
const INDEX_OPTIONS = new Set(['index-url', 'extra-index-url', 'find-links', 'trusted-host', 'no-index']);

const optionText = (option: RequirementsOption) => `--${option.name}${option.value === null ? '' : ` ${option.value}`}`;

/**
 * Index options in requirements.txt that the export does not write, and those the export writes
 * that requirements.txt lacks. The export writes only the options of the file the diagram was
 * imported from (kept line for line); a diagram drawn from scratch writes none.
 */
function indexDrift(
  diagram: Diagram,
  actual: readonly RequirementsOption[],
  env: DriftOptions['env'],
): DriftDifference[] {
  const kept = (diagram.requirementsFile?.files ?? []).map((file) =>
    file.entries.map((entry) => entry.text ?? '').join('\n'),
  );
  const expected = kept
    // With the same ${VAR} values as the file, so an imported index URL's credential matches.
    .flatMap((text) => parseRequirements(text, { env }).options)
    .filter((option) => INDEX_OPTIONS.has(option.name))
    .map(optionText);
  const unmatched = [...expected];
  const differences: DriftDifference[] = [];
  for (const option of actual.filter((o) => INDEX_OPTIONS.has(o.name))) {
    const text = optionText(option);
    const at = unmatched.indexOf(text);
    if (at >= 0) {
      unmatched.splice(at, 1);
      continue;
    }
    differences.push({
      kind: 'index',
      package: null,
      expected: null,
      actual: option.source.text,
      message: `${where(option.source)}: ${text} is not in the diagram's export; it changes where pip downloads packages from.`,
      source: option.source,
    });
  }
  for (const text of unmatched) {
    differences.push({
      kind: 'index',
      package: null,
      expected: text,
      actual: null,
      message: `The diagram's export has ${text}; requirements.txt does not.`,
      source: null,
    });
  }
  return differences;
}

/** The drift as lines for a terminal: one per difference, then the warnings. */
export function formatDrift(result: DriftResult): string {
  if (result.ok && result.warnings.length === 0) return 'requirements.txt matches the diagram.\n';
  const lines = [
    ...(result.ok
      ? ['requirements.txt matches the diagram.']
      : [
          `requirements.txt has drifted from the diagram (${result.differences.length} ${result.differences.length === 1 ? 'difference' : 'differences'}):`,
        ]),
    // Messages quote the file's text, which must not drive the terminal.
    ...result.differences.map((d) => `  ${d.kind.padEnd(10)} ${printable(d.message)}`),
    ...result.warnings.map((w) => `  warning    ${printable(w)}`),
  ];
  return `${lines.join('\n')}\n`;
}
