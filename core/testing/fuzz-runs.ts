/**
 * How many generated cases every fuzz and property test runs, in one place. Each test reads its
 * run count from here (`numRuns: FUZZ_RUNS.djstackFiles.runs`), and fuzz-runs.test.ts sums them
 * and holds the hostile ones to issue 17's figure: at least 10,000 hostile diagrams,
 * requirements files and share links in every `npm test`.
 */

/** What a generated case stands for. */
export type FuzzInput =
  | 'diagram'
  | 'requirements file'
  | 'share link'
  | 'index response'
  | 'generated-file text'
  | 'generated stack'
  | 'requirement string'
  | 'version pair';

export interface FuzzRun {
  /** The test file that runs it, from the repository root. */
  file: string;
  /** What the property says, in a few words. */
  checks: string;
  input: FuzzInput;
  /** Input a stranger could write (mutated, random or payload-laden), not only well-formed input. */
  hostile: boolean;
  /** Cases per property. */
  runs: number;
  /** Properties run with that count (one `fc.assert` or `fc.sample` each, or one per `it.each` row). */
  properties: number;
  /** Skipped where this program is missing. */
  needs?: 'python3';
}

export const FUZZ_RUNS = {
  djstackFiles: {
    file: 'core/format/djstack.fuzz.test.ts',
    checks: 'mutated .djstack files load and round-trip exactly, or are refused with a message',
    input: 'diagram',
    hostile: true,
    runs: 2500,
    properties: 9,
  },
  hostileDiagramExports: {
    file: 'core/export/hostile.fuzz.test.ts',
    checks: 'hostile option text, pins and file names add no line or option to any generated file',
    input: 'diagram',
    hostile: true,
    runs: 250,
    properties: 1,
  },
  hostileRequirementsImports: {
    file: 'core/export/hostile.fuzz.test.ts',
    checks: 'hostile requirements files: a message per line not drawn, written back unchanged, never a throw',
    input: 'requirements file',
    hostile: true,
    runs: 1500,
    properties: 1,
  },
  shareLinkFragments: {
    file: 'core/share/share-link.fuzz.test.ts',
    checks: 'random fragments open as a diagram that encodes back, or are refused with a message',
    input: 'share link',
    hostile: true,
    runs: 1500,
    properties: 1,
  },
  shareLinkFlippedBytes: {
    file: 'core/share/share-link.fuzz.test.ts',
    checks: 'links to byte-flipped diagrams open or are refused with a message',
    input: 'share link',
    hostile: true,
    runs: 1500,
    properties: 1,
  },
  requirementsParserText: {
    file: 'core/requirements/parse.test.ts',
    checks: 'the requirements parser never throws on arbitrary text or pieces of requirement syntax',
    input: 'requirements file',
    hostile: true,
    runs: 3000,
    properties: 1,
  },
  requirementsDriftText: {
    file: 'core/drift/drift.test.ts',
    checks: 'the drift check of any text against a diagram never throws and explains each difference',
    input: 'requirements file',
    hostile: true,
    runs: 1000,
    properties: 1,
  },
  requirementsHeaderName: {
    file: 'core/export/injection.test.ts',
    checks: 'whatever a diagram is called, the first two lines of requirements.txt are fixed text',
    input: 'diagram',
    hostile: true,
    runs: 300,
    properties: 1,
  },
  hostileNamesInRequirements: {
    file: 'core/export/safety.test.ts',
    checks: 'hostile package names and pins never become pip options or extra lines',
    input: 'diagram',
    hostile: true,
    runs: 300,
    properties: 1,
  },
  mermaidLabels: {
    file: 'core/share/mermaid.test.ts',
    checks: 'any package or role text stays inside its Mermaid label and decodes back',
    input: 'diagram',
    hostile: true,
    runs: 1000,
    properties: 1,
  },
  pythonOptionShapes: {
    file: 'core/export/safety.test.ts',
    checks: 'hostile option values only become constants in settings and configuration classes (Python ast)',
    input: 'diagram',
    hostile: true,
    runs: 120,
    properties: 2,
    needs: 'python3',
  },
  pythonPinsTargetsNames: {
    file: 'core/export/safety.test.ts',
    checks: 'hostile pins, targets and project names give parseable Python or a refusal',
    input: 'diagram',
    hostile: true,
    runs: 150,
    properties: 1,
    needs: 'python3',
  },
  pythonLiterals: {
    file: 'core/export/safety.test.ts',
    checks: 'pyLiteral round-trips any string through Python',
    input: 'generated-file text',
    hostile: true,
    runs: 300,
    properties: 1,
    needs: 'python3',
  },
  indexPypiJson: {
    file: 'core/refresh/refresh.fuzz.test.ts',
    checks: 'a hostile PyPI JSON index always settles with a valid cache and one-line failures',
    input: 'index response',
    hostile: true,
    runs: 2500,
    properties: 1,
  },
  indexSimple: {
    file: 'core/refresh/refresh.fuzz.test.ts',
    checks: 'a hostile PEP 691 simple index always settles with a valid cache and one-line failures',
    input: 'index response',
    hostile: true,
    runs: 2500,
    properties: 1,
  },
  escapeFormats: {
    file: 'core/export/escape/escape.test.ts',
    checks: '.env, Markdown and shell escaping over all of Unicode: one line, nothing run, text kept',
    input: 'generated-file text',
    hostile: true,
    runs: 2000,
    properties: 5,
  },
  escapeYaml: {
    file: 'core/export/escape/escape.test.ts',
    checks: 'any text round-trips through the YAML library and the document stays a mapping',
    input: 'generated-file text',
    hostile: true,
    runs: 500,
    properties: 1,
  },
  requirementsWellFormed: {
    file: 'core/requirements/parse.test.ts',
    checks: 'any well-formed requirement line reads back as its parts',
    input: 'requirements file',
    hostile: false,
    runs: 500,
    properties: 1,
  },
  roundTripRequirements: {
    file: 'core/import/round-trip.property.test.ts',
    checks: 'requirements.txt import → export asks pip for the same thing',
    input: 'requirements file',
    hostile: false,
    runs: 10_000,
    properties: 1,
  },
  roundTripPyproject: {
    file: 'core/import/round-trip.property.test.ts',
    checks: 'pyproject.toml import → export keeps every array’s meaning and every other table',
    input: 'requirements file',
    hostile: false,
    runs: 10_000,
    properties: 1,
  },
  resolveStacks: {
    file: 'core/resolve/resolve.property.test.ts',
    checks: 'the resolver’s answer satisfies every constraint, and it finds one whenever one exists',
    input: 'generated stack',
    hostile: false,
    runs: 400,
    properties: 1,
  },
  resolveMinimal: {
    file: 'core/resolve/resolve.property.test.ts',
    checks: 'a resolver failure names at least one package and gives a sentence',
    input: 'generated stack',
    hostile: false,
    runs: 200,
    properties: 1,
  },
  exportStacks: {
    file: 'core/resolve/export.property.test.ts',
    checks: 'every pinned requirements.txt of a resolved stack satisfies Requires-Dist and Requires-Python',
    input: 'generated stack',
    hostile: false,
    runs: 300,
    properties: 1,
  },
  diffStacks: {
    file: 'core/diff/diff.test.ts',
    checks: 'a diagram diff accounts for every package and wire',
    input: 'generated stack',
    hostile: false,
    runs: 300,
    properties: 1,
  },
  fastRequiresDist: {
    file: 'core/util/pep508-fast.test.ts',
    checks: 'the fast Requires-Dist reader answers as the PEP 508 library does, or leaves the text to it',
    input: 'requirement string',
    hostile: false,
    runs: 4000,
    properties: 1,
  },
  versionEquality: {
    file: 'core/util/pep440.test.ts',
    checks: 'the fast version equality answers as the PEP 440 library does on catalog versions and respellings',
    input: 'version pair',
    hostile: false,
    runs: 5000,
    properties: 1,
  },
} as const satisfies Record<string, FuzzRun>;

/** Issue 17: "a fuzz run of ≥ 10,000 hostile diagrams, requirements files and share links in `npm test`". */
export const ISSUE_17_MINIMUM = 10_000;
export const ISSUE_17_INPUTS: readonly FuzzInput[] = ['diagram', 'requirements file', 'share link'];

/** Cases one entry runs in all. */
export function casesOf(run: FuzzRun): number {
  return run.runs * run.properties;
}

/** The cases of every entry, the hostile ones, and the hostile ones per input that run on every machine. */
export function fuzzTotals(runs: Record<string, FuzzRun> = FUZZ_RUNS): {
  all: number;
  hostile: number;
  /** Hostile cases that need a program (python3). */
  needsProgram: number;
  /** Hostile diagrams, requirements files and share links that run on every machine. */
  issue17: number;
  byInput: Record<string, number>;
} {
  const entries = Object.values(runs);
  const sum = (keep: (run: FuzzRun) => boolean) => entries.filter(keep).reduce((total, run) => total + casesOf(run), 0);
  // Hostile cases per input, of those that run on every machine.
  const byInput: Record<string, number> = {};
  for (const run of entries.filter((r) => r.hostile && r.needs === undefined))
    byInput[run.input] = (byInput[run.input] ?? 0) + casesOf(run);
  return {
    all: sum(() => true),
    hostile: sum((run) => run.hostile),
    needsProgram: sum((run) => run.hostile && run.needs !== undefined),
    issue17: sum((run) => run.hostile && run.needs === undefined && ISSUE_17_INPUTS.includes(run.input)),
    byInput,
  };
}
