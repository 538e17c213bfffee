import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { cliCatalog } from '../catalog';
import { serializeDjstack } from '../../core/format/djstack';
import { importRequirements } from '../../core/import/requirements';
import { parseCommandArgs, targetOption, type OptionSpecs } from '../args';
import { readTextFile, writeOutputFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack import <requirements.txt> [--django X.Y] [--python X.Y] [--service NAME] [-o stack.djstack] [--force]

Draws an existing project: known packages become nodes wired by role (with the Django hub and
the services their required inputs need, such as Redis for Celery's broker), unknown packages
are kept as unknown-package nodes, and == pins become pinned versions. -r / -c includes are
followed relative to the file. Lines that cannot become nodes are listed on stderr.

  --django X.Y   the target Django version (default: from a pinned Django, else the app's default)
  --python X.Y   the target Python version
  --service NAME also place this service (redis-server, postgresql, rabbitmq, mysql) and wire it
                 into every empty input it can fill; repeatable
  -o FILE        write the diagram there (default: print it)
  --force        replace FILE when it exists`;

interface Options {
  file?: string;
  out?: string;
  force: boolean;
  django?: string;
  python?: string;
  services: string[];
}

const OPTIONS = {
  force: { type: 'boolean' },
  service: { type: 'string', multiple: true, missing: '--service expects a service name such as redis-server' },
  out: { type: 'string', short: 'o', missing: (flag: string) => `${flag} expects a file name` },
  django: targetOption('--django'),
  python: targetOption('--python'),
} satisfies OptionSpecs;

function parseOptions(args: string[]): Options {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, {
    loneDashIsArgument: true,
    maxPositionals: 1,
    tooMany: 'expected one requirements file',
  });
  if (!positionals[0]) throw new UsageError('missing the requirements file to read');
  return {
    file: positionals[0],
    out: values.out,
    force: values.force ?? false,
    django: values.django,
    python: values.python,
    services: values.service ?? [],
  };
}

function readText(path: string, shown: string): string {
  return readTextFile(path, shown, 'too large for a requirements file');
}

export const importCommand: Command = {
  name: 'import',
  summary: 'draw a diagram from an existing requirements.txt',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args);
    const path = resolve(io.cwd, options.file!);
    const text = readText(path, options.file!);
    const outPath = options.out ? resolve(io.cwd, options.out) : undefined;
    if (outPath && existsSync(outPath) && !options.force)
      throw new UsageError(`${options.out} exists; use --force to replace it`);
    const result = importRequirements(text, cliCatalog(io).catalog, {
      file: basename(path),
      django: options.django,
      python: options.python,
      services: options.services,
      readInclude: (included, fromFile) => {
        const base = fromFile === basename(path) ? dirname(path) : dirname(resolve(dirname(path), fromFile));
        const target = resolve(base, included);
        try {
          return { file: relative(dirname(path), target), text: readText(target, included) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      },
    });
    const json = serializeDjstack(result.diagram);
    for (const note of result.notes) io.stderr(`note: ${note}\n`);
    if (result.unknown.length > 0)
      io.stderr(`unknown packages (kept as unknown nodes): ${result.unknown.join(', ')}\n`);
    if (result.addedServices.length > 0) io.stderr(`added services: ${result.addedServices.join(', ')}\n`);
    if (outPath) {
      await writeOutputFile(outPath, json, options.out!);
      io.stderr(
        `Wrote ${result.diagram.nodes.length} nodes and ${result.diagram.edges.length} edges to ${options.out}\n`,
      );
    } else io.stdout(json);
    return EXIT.ok;
  },
};
