import { basename } from 'node:path';
import { cliCatalog } from '../catalog';
import { exportRequirements } from '../../core/export/requirements';
import { readDiagramFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack export-requirements <file.djstack> [--ranges]

Prints the requirements.txt of a diagram: one line per Python package, pinned to the version the
resolver chose, sorted, with a comment saying why each line is there.

  --ranges   compatible ranges (>=a,<b) instead of == pins`;

export const exportRequirementsCommand: Command = {
  name: 'export-requirements',
  summary: 'print the requirements.txt of a diagram',
  usage: USAGE,
  async run(args, io) {
    const files = args.filter((arg) => !arg.startsWith('-'));
    const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--ranges');
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    if (files.length > 1) throw new UsageError('expected one .djstack file');
    const diagram = readDiagramFile(io.cwd, files[0]);
    io.stdout(
      exportRequirements(diagram, cliCatalog(io).catalog, {
        ranges: args.includes('--ranges'),
        source: basename(files[0]!),
      }),
    );
    return EXIT.ok;
  },
};
