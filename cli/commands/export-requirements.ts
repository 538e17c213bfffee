import { basename } from 'node:path';
import { cliCatalog } from '../catalog';
import { exportRequirements } from '../../core/export/requirements';
import { parseCommandArgs } from '../args';
import { readDiagramFile } from '../files';
import { EXIT, type Command } from '../io';

const USAGE = `Usage: djstack export-requirements <file.djstack> [--ranges]

Prints the requirements.txt of a diagram: one line per Python package, pinned to the version the
resolver chose, sorted, with a comment saying why each line is there.

  --ranges   compatible ranges (>=a,<b) instead of == pins`;

export const exportRequirementsCommand: Command = {
  name: 'export-requirements',
  summary: 'print the requirements.txt of a diagram',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ranges: { type: 'boolean' } },
      { maxPositionals: 1, tooMany: 'expected one .djstack file' },
    );
    const diagram = readDiagramFile(io.cwd, positionals[0]);
    io.stdout(
      exportRequirements(diagram, cliCatalog(io).catalog, {
        ranges: values.ranges ?? false,
        source: basename(positionals[0]!),
      }),
    );
    return EXIT.ok;
  },
};
