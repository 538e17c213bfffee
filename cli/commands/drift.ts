/**
 * `djstack drift stack.djstack requirements.txt…`: are these requirements files still what the
 * diagram exports? The pre-commit hook `djstack-drift` runs it whenever a diagram or a
 * requirements file is staged.
 */
import { defaultCatalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import { printable } from '../../core/diff/format';
import { formatDrift } from '../../core/drift/drift';
import { parseCommandArgs, type OptionSpecs } from '../args';
import { readDiagramFile } from '../files';
import { annotationLine } from '../github-annotations';
import { EXIT, UsageError, type Command } from '../io';
import { driftAnnotations, jsonDrift, requirementsDrift } from '../requirements-drift';
import { outputFormat } from './check';

const USAGE = `Usage: djstack drift <file.djstack> <requirements.txt>... [--ranges] [--allow-extra] [--format text|json|github]

Compares each requirements file with what the diagram exports for its own target, naming each
difference (-r includes are read relative to the file that names them).

  --ranges         the requirements were exported with --ranges
  --allow-extra    packages that the diagram does not export are not drift
  --format F       text (default), json, or github (GitHub Actions annotations on the lines)

Exit codes: 0 every file matches, 1 at least one file has drifted, 2 bad usage, a bad diagram or
a requirements file pip could not read.`;

const OPTIONS = {
  ranges: { type: 'boolean' },
  'allow-extra': { type: 'boolean' },
  format: { type: 'string', check: outputFormat },
} satisfies OptionSpecs;

export const driftCommand: Command = {
  name: 'drift',
  summary: 'compare requirements files with what a diagram exports (a pre-commit hook)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [diagramFile, ...requirements] = positionals;
    const diagram = readDiagramFile(io.cwd, diagramFile);
    if (requirements.length === 0) throw new UsageError('name the requirements files to compare with the diagram');
    const catalog = defaultCatalog();
    const resolution = analyze(diagram, catalog).resolution;
    const flags = { ranges: values.ranges ?? false, allowExtra: values['allow-extra'] ?? false };
    // Every file is read before anything is printed: bad input stops the run with nothing half-said.
    const results = requirements.map((file) => ({
      file,
      result: requirementsDrift(io.cwd, file, diagram, catalog, flags, resolution),
    }));
    const format = values.format ?? 'text';
    if (format === 'json') {
      const report = { diagram: diagramFile!, files: results.map(({ file, result }) => jsonDrift(file, result)) };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      for (const { file, result } of results) {
        if (format === 'github') {
          io.stdout(driftAnnotations(diagramFile!, file, result).map(annotationLine).join(''));
          const count = result.differences.length;
          io.stdout(
            `${printable(file)}: ${count} difference${count === 1 ? '' : 's'} from ${printable(diagramFile!)}.\n`,
          );
        } else io.stdout(`Compared with ${printable(diagramFile!)}: ${printable(file)}\n${formatDrift(result)}`);
      }
    }
    return results.every(({ result }) => result.ok) ? EXIT.ok : EXIT.problems;
  },
};
