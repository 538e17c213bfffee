import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { defaultCatalog } from '../../core/catalog/catalog';
import { exportRequirements } from '../../core/export/requirements';
import { exportKeptRequirements } from '../../core/export/requirements-kept';
import { mergePyproject, pyprojectArrays } from '../../core/export/pyproject';
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

const FLAGS = new Set(['--ranges', '--flatten', '--regenerate', '--out-dir', '--pyproject']);

export const exportRequirementsCommand: Command = {
  name: 'export-requirements',
  summary: 'print the requirements.txt of a diagram',
  usage: USAGE,
  async run(args, io) {
    const outIndex = args.indexOf('--out-dir');
    const outDir = outIndex === -1 ? undefined : args[outIndex + 1];
    if (outIndex !== -1 && (!outDir || outDir.startsWith('-'))) throw new UsageError('--out-dir expects a folder');
    const pyIndex = args.indexOf('--pyproject');
    const pyproject = pyIndex === -1 ? undefined : args[pyIndex + 1];
    if (pyIndex !== -1 && !pyproject) throw new UsageError('--pyproject expects a pyproject.toml, or - for none');
    const valued = new Set(
      [outIndex, outIndex + 1, pyIndex, pyIndex + 1].filter((_, i) => [outIndex, pyIndex][i >> 1] !== -1),
    );
    const rest = args.filter((_, i) => !valued.has(i));
    const files = rest.filter((arg) => !arg.startsWith('-'));
    const unknown = rest.find((arg) => arg.startsWith('-') && !FLAGS.has(arg));
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    if (files.length > 1) throw new UsageError('expected one .djstack file');
    if (outDir && rest.includes('--flatten')) throw new UsageError('--flatten and --out-dir do not go together');
    const diagram = readDiagramFile(io.cwd, files[0]);
    if (rest.includes('--regenerate')) delete diagram.requirementsFile;
    const catalog = defaultCatalog();
    const ranges = rest.includes('--ranges');
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
        if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        io.stderr(`Wrote ${file.path}\n`);
      }
      return EXIT.ok;
    }
    io.stdout(
      exportRequirements(diagram, catalog, {
        ranges,
        flatten: rest.includes('--flatten'),
        source: basename(files[0]!),
      }),
    );
    return EXIT.ok;
  },
};
