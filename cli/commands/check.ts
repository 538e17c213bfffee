import { dirname, relative, resolve } from 'node:path';
import { defaultCatalog, type Catalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import type { Analysis, Problem } from '../../core/check/types';
import type { Diagram, Target } from '../../core/diagram/model';
import { printable } from '../../core/diff/format';
import { checkRequirementsDrift, formatDrift, type DriftResult } from '../../core/drift/drift';
import { LIMITS } from '../../core/format/limits';
import type { Resolution } from '../../core/resolve/types';
import { walkArgs, targetVersion } from '../args';
import { readDiagramFile, readTextFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack check <file.djstack> [--json] [--django X.Y] [--python X.Y]
                     [--requirements requirements.txt [--ranges] [--allow-extra]]

Checks a diagram: every package resolves to a release that fits the target Django / Python,
its requirements, pins and conflicts; required roles are wired; deprecated packages are named.
Prints the problems and the resolved versions.

  --json           print one JSON object: {"target", "resolved", "levels", "problems"}
                   (+ "upgrade", "drift" with the options below); "levels" gives each package's
                   support at the target: supported, undeclared or excluded, with the reason
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

interface Options {
  file: string | undefined;
  json: boolean;
  django?: string;
  python?: string;
  requirements?: string;
  ranges: boolean;
  allowExtra: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { file: undefined, json: false, ranges: false, allowExtra: false };
  walkArgs(args, {
    flag(flag, value) {
      if (flag === '--json') options.json = true;
      else if (flag === '--ranges') options.ranges = true;
      else if (flag === '--allow-extra') options.allowExtra = true;
      else if (flag === '--requirements') options.requirements = value('--requirements expects a requirements file');
      else if (flag === '--django') options.django = targetVersion(flag, value);
      else if (flag === '--python') options.python = targetVersion(flag, value);
      else return false;
      return true;
    },
    argument(arg) {
      if (options.file !== undefined) throw new UsageError('expected one .djstack file');
      options.file = arg;
    },
  });
  if ((options.ranges || options.allowExtra) && options.requirements === undefined)
    throw new UsageError(`${options.ranges ? '--ranges' : '--allow-extra'} goes with --requirements`);
  return options;
}

/** A requirements file's text, or a UsageError naming it (missing, too large, not UTF-8). */
function readRequirementsText(path: string, shown: string): string {
  return readTextFile(path, shown, `larger than ${LIMITS.fileBytes / 1024 / 1024} MB, not a requirements file`);
}

/**
 * Compares the requirements file with the diagram's export. A file pip could not read either
 * (a line that is no requirement, an include that is missing) cannot be said to match or not:
 * that is bad input, exit 2, like a broken diagram.
 */
function requirementsDrift(
  cwd: string,
  shown: string,
  diagram: Diagram,
  catalog: Catalog,
  options: Options,
  resolution: Resolution | undefined,
): DriftResult {
  const path = resolve(cwd, shown);
  const text = readRequirementsText(path, shown);
  const base = dirname(path);
  const result = checkRequirementsDrift(diagram, catalog, text, {
    file: shown,
    // Includes are named relative to the top file's folder, as they appear in messages.
    readInclude: (included, fromFile) => {
      const from = fromFile === shown ? path : resolve(base, fromFile);
      const target = resolve(dirname(from), included);
      try {
        return { file: relative(base, target), text: readRequirementsText(target, included) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
    env: process.env,
    ranges: options.ranges,
    allowExtra: options.allowExtra,
    resolution,
  });
  const unreadable = result.differences.filter((d) => d.kind === 'unreadable');
  if (unreadable.length > 0) {
    const more = unreadable.length > 1 ? ` (and ${unreadable.length - 1} more unreadable lines)` : '';
    throw new UsageError(`${printable(unreadable[0]!.message.replace(/\.$/, ''))}${more}`);
  }
  return result;
}

function jsonDrift(file: string, drift: DriftResult) {
  return {
    file,
    ok: drift.ok,
    differences: drift.differences.map((d) => ({
      kind: d.kind,
      package: d.package,
      expected: d.expected,
      actual: d.actual,
      message: d.message,
      source: d.source ? { file: d.source.file, line: d.source.line } : null,
    })),
    warnings: drift.warnings,
  };
}

interface Move {
  package: string;
  from: string | null;
  to: string | null;
}

/** Versions that differ between two resolutions, by package name. */
function moves(before: Analysis, after: Analysis): Move[] {
  const names = [
    ...new Set([...Object.keys(before.resolution.packages), ...Object.keys(after.resolution.packages)]),
  ].sort();
  return names
    .map((name) => ({
      package: name,
      from: before.resolution.packages[name] ?? null,
      to: after.resolution.packages[name] ?? null,
    }))
    .filter((move) => move.from !== move.to);
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
  upgrade: { from: Target; moves: Move[] } | null,
  drift: { file: string; result: DriftResult } | null,
): string {
  const lines: string[] = [`${file}: checked for ${targetText(diagram.target)}`, ''];
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
      const blocker = analysis.problems.find((p) => p.severity === 'error' && p.packages.includes(move.package));
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

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a diagram: versions, requirements, wiring, deprecations (--json for scripts)',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    const original = readDiagramFile(io.cwd, options.file);
    const catalog = defaultCatalog();
    const upgrading = options.django !== undefined || options.python !== undefined;
    const target: Target = {
      ...original.target,
      ...(options.django ? { django: options.django } : {}),
      ...(options.python ? { python: options.python } : {}),
    };
    const diagram: Diagram = { ...original, target };
    const analysis = analyze(diagram, catalog);
    const before = upgrading ? analyze(original, catalog) : analysis;
    const upgrade = upgrading ? { from: original.target, moves: moves(before, analysis) } : null;
    // The requirements file is compared with what the file exports, whatever target is being tried.
    const drift =
      options.requirements === undefined
        ? null
        : requirementsDrift(io.cwd, options.requirements, original, catalog, options, before.resolution);
    if (options.json) {
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
      };
      if (upgrade)
        report.upgrade = { from: { django: upgrade.from.django, python: upgrade.from.python }, moves: upgrade.moves };
      if (drift) report.drift = jsonDrift(options.requirements!, drift);
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const compared = drift ? { file: options.requirements!, result: drift } : null;
      io.stdout(humanReport(options.file!, diagram, analysis, upgrade, compared));
    }
    const errors = analysis.problems.some((p) => p.severity === 'error');
    return errors || (drift !== null && !drift.ok) ? EXIT.problems : EXIT.ok;
  },
};
