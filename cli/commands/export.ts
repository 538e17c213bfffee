import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { cliCatalog } from '../catalog';
import { platformRandom } from '../../core/export/dotenv';
import { ExportError, exportPreviewFiles, exportProjectFiles } from '../../core/export/project';
import { projectNameProblem, suggestProjectName } from '../../core/export/python/identifier';
import { parseCommandArgs, type OptionSpecs } from '../args';
import { ProjectWriteRefused, writeProjectFiles } from '../../electron/main/project-writer';
import { readDiagramFile } from '../files';
import { EXIT, fileSystemMessage, UsageError, type Command } from '../io';

const USAGE = `Usage: djstack export <file.djstack> --out DIR [--force] [--name NAME]
       djstack export <file.djstack> --print PATH [--name NAME]

Writes a runnable Django project for the diagram into DIR: manage.py, the project package
(settings.py, urls.py, wsgi.py, asgi.py, celery.py when Celery is on the canvas),
requirements.txt, .env.example, .env with a fresh development secret key, docker-compose.yml
with the stack's services, and a README.

  --out DIR      the folder to write (created if missing; refused when not empty)
  --force        write into a non-empty folder, replacing files of the same names
  --name NAME    the project package (a Python identifier); default: from the file name
  --print PATH   print one generated file instead (e.g. NAME/settings.py, NAME/stack_settings.py)`;

interface Options {
  file?: string;
  out?: string;
  force: boolean;
  name?: string;
  print?: string;
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  name: { type: 'string' },
  print: { type: 'string' },
} satisfies OptionSpecs;

function parseOptions(args: string[]): Options {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, {
    maxPositionals: 1,
    tooMany: 'expected one .djstack file',
  });
  const options: Options = { ...values, force: values.force ?? false, file: positionals[0] };
  if (!options.out && !options.print)
    throw new UsageError('say where to write the project with --out DIR (or --print a file)');
  return options;
}

function isNonEmptyFolder(path: string): boolean {
  if (!existsSync(path)) return false;
  if (!statSync(path).isDirectory()) throw new UsageError(`${path} exists and is not a folder`);
  return readdirSync(path).length > 0;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a runnable Django project (settings, urls, requirements, .env, docker-compose) for a diagram',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args);
    const diagram = readDiagramFile(io.cwd, options.file);
    const projectName = options.name ?? suggestProjectName(basename(options.file!));
    const problem = projectNameProblem(projectName);
    if (problem) throw new UsageError(`--name: ${problem}`);
    const request = { projectName, random: platformRandom, source: basename(options.file!) };
    try {
      if (options.print) {
        const all = exportPreviewFiles(diagram, cliCatalog(io).catalog, request);
        const file = all.find((f) => f.path === options.print);
        if (!file)
          throw new UsageError(
            `no generated file is called ${options.print} (there are: ${all.map((f) => f.path).join(', ')})`,
          );
        io.stdout(file.content);
        return EXIT.ok;
      }
      const folder = resolve(io.cwd, options.out!);
      if (isNonEmptyFolder(folder) && !options.force) {
        throw new UsageError(`${options.out} is not empty; use --force to write into it anyway`);
      }
      const files = exportProjectFiles(diagram, cliCatalog(io).catalog, request);
      try {
        await writeProjectFiles(folder, files);
      } catch (error) {
        if (error instanceof ProjectWriteRefused) throw new UsageError(`${options.out}: ${error.message}`);
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`${options.out}: not written (${fileSystemMessage(code)}); files written before it stay`);
      }
      io.stdout(
        `Wrote ${files.length} files for project ${projectName} to ${options.out}\nNext: cd ${options.out} && pip install -r requirements.txt && python manage.py migrate && python manage.py runserver\n`,
      );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(error.message);
      throw error;
    }
  },
};
