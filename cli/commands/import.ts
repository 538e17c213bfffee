import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseDjstack, serializeDjstack } from '../../core/format/djstack';
import { importDependencyFile } from '../../core/import/dependency-file';
import { parseCommandArgs, targetOption, type OptionSpecs } from '../args';
import { cliCatalog } from '../catalog';
import { readTextFile, writeOutputFile } from '../files';
import { EXIT, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack import <requirements.txt | pyproject.toml | Pipfile | Pipfile.lock | poetry.lock | uv.lock> [--django X.Y] [--python X.Y] [--service NAME] [-o stack.djstack] [--force]
       [--ignore-missing-includes] [--allow-include-outside]

Draws an existing project: known packages become nodes wired by role (with the Django hub and
the services their required inputs need, such as Redis for Celery's broker), unknown packages
are kept as unknown-package nodes, and == pins become pinned versions. Every line is kept as
written (ranges, extras, markers, URLs, hashes, options, comments), so export-requirements
writes the same meaning back. -r / -c includes are followed relative to the file, within its
folder; a missing include is an error (exit 2). pyproject.toml (PEP 621, PEP 735 groups,
Poetry), Pipfile and the lock files (pinned versions, hashes) are read by their file name. Credentials in URLs are replaced by \${VAR}
references and never stored. Lines that cannot become nodes are listed on stderr.

  --django X.Y   the target Django version (default: from a pinned Django, else the app's default)
  --python X.Y   the target Python version
  --service NAME also place this service (redis-server, postgresql, rabbitmq, mysql) and wire it
                 into every empty input it can fill; repeatable
  -o FILE        write the diagram there (default: print it)
  --force        replace FILE when it exists
  --ignore-missing-includes  go on when a -r / -c file cannot be read
  --allow-include-outside    follow includes outside the file's folder tree`;

interface Options {
  file?: string;
  out?: string;
  force: boolean;
  django?: string;
  python?: string;
  services: string[];
  ignoreMissingIncludes?: boolean;
  allowIncludeOutside?: boolean;
}

const OPTIONS = {
  force: { type: 'boolean' },
  service: { type: 'string', multiple: true, missing: '--service expects a service name such as redis-server' },
  out: { type: 'string', short: 'o', missing: (flag: string) => `${flag} expects a file name` },
  django: targetOption('--django'),
  python: targetOption('--python'),
  'ignore-missing-includes': { type: 'boolean' },
  'allow-include-outside': { type: 'boolean' },
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
    ignoreMissingIncludes: values['ignore-missing-includes'] ?? false,
    allowIncludeOutside: values['allow-include-outside'] ?? false,
  };
}

function readText(path: string, shown: string): string {
  return readTextFile(path, shown, 'too large for a requirements file');
}

export const importCommand: Command = {
  name: 'import',
  summary: 'draw a diagram from a requirements.txt, pyproject.toml or lock file',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args);
    const path = resolve(io.cwd, options.file!);
    const text = readText(path, options.file!);
    const outPath = options.out ? resolve(io.cwd, options.out) : undefined;
    if (outPath && existsSync(outPath) && !options.force)
      throw new UsageError(`${options.out} exists; use --force to replace it`);
    const imported = importDependencyFile(text, cliCatalog(io).catalog, {
      file: basename(path),
      django: options.django,
      python: options.python,
      services: options.services,
      allowIncludeOutside: options.allowIncludeOutside,
      readInclude: (included) => {
        try {
          return { text: readText(resolve(dirname(path), included), included) };
        } catch (error) {
          return { error: (error as Error).message.replace(/^.*?: /, '') };
        }
      },
    });
    if (!imported.ok) throw new UsageError(imported.error);
    const result = imported;
    if (result.missingIncludes.length > 0 && !options.ignoreMissingIncludes) {
      for (const missing of result.missingIncludes) io.stderr(`error: cannot read the include ${missing}\n`);
      throw new UsageError(
        `${options.file}: ${result.missingIncludes.length} include(s) could not be read; nothing written (--ignore-missing-includes goes on without them)`,
      );
    }
    for (const missing of result.missingIncludes) io.stderr(`warning: include not read: ${missing}\n`);
    if (result.redacted.length > 0)
      io.stderr(
        `credentials in URLs were not stored: set ${result.redacted.join(', ')} in the environment before pip install\n`,
      );
    const json = serializeDjstack(result.diagram);
    // Import writes only what `check` and the app open: the same loader judges the text first.
    const reopened = parseDjstack(json);
    if (!reopened.ok)
      throw new UsageError(
        `${options.file}: the imported diagram could not be opened again, so nothing was written. ${reopened.error}`,
      );
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
