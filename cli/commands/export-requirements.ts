import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { exportRequirements } from '../../core/export/requirements';
import { exportKeptRequirements } from '../../core/export/requirements-kept';
import { mergePyproject, pyprojectArrays } from '../../core/export/pyproject';
import { writeAtomic } from '../../electron/main/atomic-write';
import { parseCommandArgs, type OptionSpecs } from '../args';
import { cliCatalog } from '../catalog';
import { readDiagramFile, readTextFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack export-requirements <file.djstack> [--ranges] [--flatten | --out-dir DIR] [--regenerate]

Prints the requirements.txt of a diagram. A diagram imported from a requirements file writes
that file back: every line of a package the diagram did not change comes back as written
(ranges, extras, markers, URLs, hashes, options, comments, -r / -c includes); a changed package
gets one new line; packages added in the diagram are appended, pinned as the resolver chose.
Other diagrams get one line per Python package, pinned, sorted, with a comment saying why.

  --ranges      compatible ranges (>=a,<b) instead of == pins for the lines the tool writes
  --flatten     one file: each -r include written in place of its line, with a comment
  --out-dir DIR write the imported file and each file it includes into DIR (kept structure)
  --regenerate  ignore the imported file: the tool's own pinned file
  --pyproject FILE  print FILE (a pyproject.toml; "-" for none) with the diagram's dependency
                arrays written in; its other tables, keys and comments are left as they are`;

const OPTIONS = {
  ranges: { type: 'boolean' },
  flatten: { type: 'boolean' },
  regenerate: { type: 'boolean' },
  'out-dir': { type: 'string', missing: '--out-dir expects a folder' },
  pyproject: { type: 'string', missing: '--pyproject expects a pyproject.toml, or - for none' },
} satisfies OptionSpecs;

export const exportRequirementsCommand: Command = {
  name: 'export-requirements',
  summary: 'print the requirements.txt of a diagram',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, {
      loneDashIsArgument: false,
      maxPositionals: 1,
      tooMany: 'expected one .djstack file',
    });
    const outDir = values['out-dir'];
    const pyproject = values.pyproject;
    if (outDir && values.flatten) throw new UsageError('--flatten and --out-dir do not go together');
    const diagram = readDiagramFile(io.cwd, positionals[0]);
    if (values.regenerate) delete diagram.requirementsFile;
    const catalog = cliCatalog(io).catalog;
    const ranges = values.ranges ?? false;
    if (pyproject !== undefined) {
      const existing =
        pyproject === '-' ? '' : readTextFile(resolve(io.cwd, pyproject), pyproject, 'too large for a pyproject.toml');
      const { arrays, notes } = pyprojectArrays(diagram, catalog);
      for (const note of notes) io.stderr(`note: ${note}\n`);
      const merged = mergePyproject(existing, arrays);
      if (!merged.ok) throw new UsageError(`${pyproject}: ${merged.error}`);
      io.stdout(merged.text);
      return EXIT.ok;
    }
    if (outDir) {
      if (!diagram.requirementsFile)
        throw new UsageError('--out-dir needs a diagram imported from a requirements file');
      const root = resolve(io.cwd, outDir);
      const written = exportKeptRequirements(diagram, catalog, { ranges });
      for (const file of written) {
        const target = resolve(root, file.path);
        // Kept paths come from the diagram: never write outside the chosen folder.
        if (!target.startsWith(root + sep)) throw new UsageError(`${file.path}: outside ${outDir}; nothing written`);
      }
      for (const file of written) {
        const target = resolve(root, file.path);
        mkdirSync(dirname(target), { recursive: true });
        await writeAtomic(target, file.content);
        io.stderr(`Wrote ${file.path}\n`);
      }
      return EXIT.ok;
    }
    io.stdout(
      exportRequirements(diagram, catalog, {
        ranges,
        flatten: values.flatten ?? false,
        source: basename(positionals[0]!),
      }),
    );
    return EXIT.ok;
  },
};
