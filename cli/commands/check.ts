import { defaultCatalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import type { Analysis, Problem } from '../../core/check/types';
import type { Diagram, Target } from '../../core/diagram/model';
import { readDiagramFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack check <file.djstack> [--json] [--django X.Y] [--python X.Y]

Checks a diagram: every package resolves to a release that fits the target Django / Python,
its requirements, pins and conflicts; required roles are wired; deprecated packages are named.
Prints the problems and the resolved versions.

  --json         print one JSON object: {"target", "resolved", "problems"}
  --django X.Y   check against another Django version ("can I upgrade?"): also lists the
                 versions that would move compared with the file's own target
  --python X.Y   the same for the Python version

Exit codes: 0 no error, 1 at least one error, 2 bad usage or a bad file.`;

interface Options {
  file: string | undefined;
  json: boolean;
  django?: string;
  python?: string;
}

function parseArgs(args: string[]): Options {
  const options: Options = { file: undefined, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--json') options.json = true;
    else if (flag === '--django' || flag === '--python') {
      const value = inline ?? args[++i];
      if (!value || !/^\d+\.\d+$/.test(value))
        throw new UsageError(`${flag} expects a version like ${flag === '--django' ? '5.2' : '3.12'}`);
      options[flag === '--django' ? 'django' : 'python'] = value;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else if (options.file !== undefined) throw new UsageError('expected one .djstack file');
    else options.file = arg;
  }
  return options;
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
    lines.push('', 'Versions:', ...resolved.map(([name, version]) => `  ${name.padEnd(width)}  ${version}`));
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
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  lines.push('', `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`, '');
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
    const upgrade = upgrading ? { from: original.target, moves: moves(analyze(original, catalog), analysis) } : null;
    if (options.json) {
      const report: Record<string, unknown> = {
        target: { django: target.django, python: target.python },
        resolved: Object.fromEntries(Object.entries(analysis.resolution.packages).sort(([a], [b]) => (a < b ? -1 : 1))),
        problems: analysis.problems.map(jsonProblem),
      };
      if (upgrade)
        report.upgrade = { from: { django: upgrade.from.django, python: upgrade.from.python }, moves: upgrade.moves };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout(humanReport(options.file!, diagram, analysis, upgrade));
    }
    return analysis.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
  },
};
