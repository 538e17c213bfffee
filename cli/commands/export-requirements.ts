import { defaultCatalog } from '../../core/catalog/catalog';
import { exportRequirements } from '../../core/export/requirements';
import { readDiagramFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

export const exportRequirementsCommand: Command = {
  name: 'export-requirements',
  summary: 'print the requirements.txt of a diagram',
  usage: 'Usage: djstack export-requirements <file.djstack>',
  async run(args, io) {
    const files = args.filter((arg) => !arg.startsWith('-'));
    const unknown = args.find((arg) => arg.startsWith('-'));
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    if (files.length > 1) throw new UsageError('expected one .djstack file');
    const diagram = readDiagramFile(io.cwd, files[0]);
    io.stdout(exportRequirements(diagram, defaultCatalog()));
    return EXIT.ok;
  },
};
