import { analyze } from '../../core/check/analyze';
import type { Analysis, Problem } from '../../core/check/types';
import { upgradeReport, type UpgradeReport } from '../../core/check/upgrade';
import type { Diagram, Target } from '../../core/diagram/model';
import { printable } from '../../core/diff/format';
import { formatDrift, type DriftResult } from '../../core/drift/drift';
import { parseCommandArgs, targetOption, type OptionSpecs } from '../args';
import { readDiagramFile } from '../files';
import { annotationLine } from '../github-annotations';
import { EXIT, UsageError, type CliIo, type Command } from '../io';
import { driftAnnotations, jsonDrift, requirementsDrift } from '../requirements-drift';
import { cliCatalog } from '../catalog';
import { catalogDataText, type CatalogData } from '../../core/refresh/catalog-data';

const USAGE = `Usage: djstack check <file.djstack>... [--json | --format text|json|github] [--django X.Y] [--python X.Y]
                     [--requirements requirements.txt [--ranges] [--allow-extra]]

Checks a diagram: every package resolves to a release that fits the target Django / Python,
its requirements, pins and conflicts; required roles are wired; deprecated packages are named.
Prints the problems and the resolved versions. Several diagrams may be named (a pre-commit
hook passes every staged one), except with --json or --requirements.

  --json           print one JSON object: {"target", "resolved", "levels", "problems",
                   "packageData"} (+ "upgrade", "drift" with the options below); "levels" gives each
                   package's support at the target: supported, undeclared or excluded, with the
                   reason; the same as --format json
  --format github  print problems as GitHub Actions annotations (::error file=…::message)
  --django X.Y     check against another Django version ("can I upgrade?"): also lists the
                   versions that would move compared with the file's own target
  --python X.Y     the same for the Python version
  --requirements F also compare requirements file F with what the diagram exports (for the
                   file's own target), naming each difference; -r includes are read relative
                   to the file that names them
  --ranges         the requirements were exported with --ranges
  --allow-extra    packages in F that the diagram does not export are not drift

Exit codes: 0 no error and no drift, 1 at least one error or a drifted requirements file,
2 bad usage, a bad file or a requirements file pip could not read.`;

type Format = 'text' | 'json' | 'github';

interface Options {
  files: string[];
  format: Format;
  django?: string;
  python?: string;
  requirements?: string;
  ranges: boolean;
  allowExtra: boolean;
}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string', check: outputFormat },
  ranges: { type: 'boolean' },
  'allow-extra': { type: 'boolean' },
  requirements: { type: 'string', missing: '--requirements expects a requirements file' },
  django: targetOption('--django'),
  python: targetOption('--python'),
} satisfies OptionSpecs;

/** The value of --format, shared with `djstack drift`. */
export function outputFormat(value: string): Format {
  if (value !== 'text' && value !== 'json' && value !== 'github')
    throw new UsageError('--format expects text, json or github');
  return value;
}

function parseOptions(args: string[]): Options {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const options: Options = {
    files: positionals,
    format: values.json ? 'json' : ((values.format as Format | undefined) ?? 'text'),
    django: values.django,
    python: values.python,
    requirements: values.requirements,
    ranges: values.ranges ?? false,
    allowExtra: values['allow-extra'] ?? false,
  };
  if (values.json && values.format !== undefined && values.format !== 'json')
    throw new UsageError(`--json and --format ${values.format} ask for two outputs`);
  if ((options.ranges || options.allowExtra) && options.requirements === undefined)
    throw new UsageError(`${options.ranges ? '--ranges' : '--allow-extra'} goes with --requirements`);
  if (options.files.length > 1 && (options.format === 'json' || options.requirements !== undefined))
    throw new UsageError('expected one .djstack file');
  return options;
}

const targetText = (target: Target) => `Django ${target.django} / Python ${target.python}`;

function jsonProblem(problem: Problem) {
  return {
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    packages: problem.packages,
    nodes: problem.nodes,
    fix: problem.fix ? { label: problem.fix.label } : null,
  };
}

function humanReport(
  file: string,
  diagram: Diagram,
  analysis: Analysis,
  upgrade: UpgradeReport | null,
  drift: { file: string; result: DriftResult } | null,
  data: CatalogData,
): string {
  const lines: string[] = [`${file}: checked for ${targetText(diagram.target)} with ${catalogDataText(data)}`, ''];
  const problems = analysis.problems;
  if (problems.length === 0) lines.push('No problems.');
  const codeWidth = Math.max(0, ...problems.map((p) => p.code.length));
  for (const problem of problems) {
    lines.push(`${problem.severity.padEnd(8)} ${problem.code.padEnd(codeWidth)}  ${problem.message}`);
    if (problem.fix) lines.push(`${' '.repeat(9 + codeWidth)}  fix: ${problem.fix.label}`);
  }
  const resolved = Object.entries(analysis.resolution.packages).sort(([a], [b]) => (a < b ? -1 : 1));
  if (resolved.length > 0) {
    const width = Math.max(...resolved.map(([name]) => name.length));
    const via = (name: string) => {
      const requirers = analysis.resolution.implicit[name];
      return requirers ? `  (not on the canvas: via ${requirers.join(', ')})` : '';
    };
    const widest = Math.max(...resolved.map(([, version]) => version.length));
    lines.push(
      '',
      'Versions:',
      ...resolved.map(([name, version]) => `  ${name.padEnd(width)}  ${version.padEnd(widest)}${via(name)}`.trimEnd()),
    );
  }
  if (upgrade) {
    lines.push('', `Compared with the file's target (${targetText(upgrade.from)}):`);
    if (upgrade.moves.length === 0) lines.push('  no version moves.');
    const width = Math.max(0, ...upgrade.moves.map((m) => m.package.length));
    for (const move of upgrade.moves) {
      const blocker = move.blockedBy;
      const to = move.to ?? `no version${blocker ? ` (${blocker.code}: see above)` : ''}`;
      lines.push(`  ${move.package.padEnd(width)}  ${move.from ?? 'no version'} → ${to}`);
    }
  }
  if (drift) lines.push('', `Compared with ${printable(drift.file)}:`, formatDrift(drift.result).trimEnd());
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const count = drift?.result.differences.length ?? 0;
  const drifted = drift && count > 0 ? `; ${printable(drift.file)}: ${count} difference${count === 1 ? '' : 's'}` : '';
  lines.push(
    '',
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${drifted}.`,
    '',
  );
  return lines.join('\n');
}

/** Problems (and drifted lines) as workflow annotations on the diagram and requirements files. */
function githubReport(file: string, analysis: Analysis, drift: { file: string; result: DriftResult } | null): string {
  const level = (severity: Problem['severity']) => (severity === 'info' ? 'notice' : severity);
  const lines = analysis.problems.map((problem) =>
    annotationLine({
      level: level(problem.severity),
      file,
      title: `djstack ${problem.code}`,
      message: problem.fix ? `${problem.message} Fix: ${problem.fix.label}` : problem.message,
    }),
  );
  if (drift) lines.push(...driftAnnotations(file, drift.file, drift.result).map(annotationLine));
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const warnings = analysis.problems.filter((p) => p.severity === 'warning').length;
  lines.push(
    `${printable(file)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`,
  );
  return lines.join('');
}

/** Checks one diagram and prints its report; the exit code for this file alone. */
function checkFile(file: string, options: Options, io: CliIo): number {
  const original = readDiagramFile(io.cwd, file);
  const { catalog, data } = cliCatalog(io);
  const upgrading = options.django !== undefined || options.python !== undefined;
  const before = analyze(original, catalog);
  const upgrade = upgrading
    ? upgradeReport(
        original,
        catalog,
        {
          ...(options.django ? { django: options.django } : {}),
          ...(options.python ? { python: options.python } : {}),
        },
        before,
      )
    : null;
  const target = upgrade ? upgrade.to : original.target;
  const diagram: Diagram = { ...original, target };
  const analysis = upgrade ? upgrade.after : before;
  // The requirements file is compared with what the file exports, whatever target is being tried.
  const drift =
    options.requirements === undefined
      ? null
      : requirementsDrift(io.cwd, options.requirements, original, catalog, options, before.resolution);
  const compared = drift ? { file: options.requirements!, result: drift } : null;
  if (options.format === 'json') {
    const report: Record<string, unknown> = {
      target: { django: target.django, python: target.python },
      resolved: Object.fromEntries(Object.entries(analysis.resolution.packages).sort(([a], [b]) => (a < b ? -1 : 1))),
      levels: Object.fromEntries(
        Object.entries(analysis.resolution.levels)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([name, level]) => [
            name,
            { level: level.level, reason: level.reason, ...(level.evidence ? { evidence: level.evidence } : {}) },
          ]),
      ),
      problems: analysis.problems.map(jsonProblem),
      packageData: data,
    };
    if (upgrade)
      report.upgrade = {
        from: { django: upgrade.from.django, python: upgrade.from.python },
        moves: upgrade.moves.map((m) => ({ package: m.package, from: m.from, to: m.to })),
      };
    if (drift) report.drift = jsonDrift(options.requirements!, drift);
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (options.format === 'github') io.stdout(githubReport(file, analysis, compared));
  else io.stdout(humanReport(file, diagram, analysis, upgrade, compared, data));
  const errors = analysis.problems.some((p) => p.severity === 'error');
  return errors || (drift !== null && !drift.ok) ? EXIT.problems : EXIT.ok;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a diagram: versions, requirements, wiring, deprecations (--json for scripts)',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args);
    if (options.files.length === 0) throw new UsageError('missing the .djstack file to read');
    let code: number = EXIT.ok;
    for (const [i, file] of options.files.entries()) {
      if (i > 0 && options.format === 'text') io.stdout('\n');
      code = Math.max(code, checkFile(file, options, io));
    }
    return code;
  },
};
