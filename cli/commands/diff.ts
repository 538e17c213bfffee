/**
 * `djstack diff a.djstack b.djstack`: what changed between two diagrams, for people. Also a git
 * diff driver: with `--git`, it takes git's seven external-diff arguments
 * (path old-file old-hex old-mode new-file new-hex new-mode), where /dev/null stands for a
 * file that did not exist. See docs/djstack-format.md for the .gitattributes setup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliCatalog } from '../catalog';
import { diffDiagrams } from '../../core/diff/diff';
import { formatDiagramDiff, printable } from '../../core/diff/format';
import { emptyDiagram, type Diagram } from '../../core/diagram/model';
import { parseDjstack } from '../../core/format/djstack';
import { parseCommandArgs } from '../args';
import { readDiagramFile } from '../files';
import { EXIT, UsageError, type CliIo, type Command } from '../io';

const USAGE = [
  'Usage: djstack diff <before.djstack> <after.djstack>',
  '       djstack diff --git <path> <old-file> <old-hex> <old-mode> <new-file> <new-hex> <new-mode>',
  '',
  'Prints packages added and removed, pins and resolved versions changed, wiring added and',
  'removed, the target, and how many nodes moved. Exit 0 whether or not the diagrams differ.',
  'With --git it is a git diff driver; in .gitattributes: *.djstack diff=djstack, then',
  '  git config diff.djstack.command "npx djstack diff --git"',
].join('\n');

const DEV_NULL = '/dev/null';

/** A side of a git diff: null for /dev/null, else the diagram or why it could not be read. */
function readGitSide(cwd: string, file: string): Diagram | null | { error: string } {
  if (file === DEV_NULL) return null;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    return { error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const result = parseDjstack(bytes);
  return result.ok ? result.diagram : { error: result.error };
}

function runGit(args: string[], io: CliIo): number {
  if (args.length !== 7) throw new UsageError(`--git expects git's 7 arguments, got ${args.length}`);
  const [path, oldFile, , , newFile] = args as [string, string, string, string, string];
  const before = readGitSide(io.cwd, oldFile);
  const after = readGitSide(io.cwd, newFile);
  io.stdout(`djstack diff a/${printable(path)} b/${printable(path)}\n`);
  // git stops the whole diff if a driver fails, so an unreadable side is reported in the output instead.
  for (const [side, value] of [
    ['old', before],
    ['new', after],
  ] as const) {
    if (value && 'error' in value) {
      io.stdout(`The ${side} version of ${printable(path)} is not a readable diagram: ${value.error}\n\n`);
      return EXIT.ok;
    }
  }
  const old = before as Diagram | null;
  const now = after as Diagram | null;
  if (!old && !now) return EXIT.ok;
  if (!old) io.stdout('New diagram.\n');
  if (!now) io.stdout('Diagram deleted.\n');
  // A missing side is an empty diagram with the other side's target, so that only packages show.
  const target = (now ?? old)!.target;
  io.stdout(
    `${formatDiagramDiff(diffDiagrams(old ?? emptyDiagram(target), now ?? emptyDiagram(target), cliCatalog(io).catalog))}\n`,
  );
  return EXIT.ok;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'summarise what changed between two diagrams (also a git diff driver)',
  usage: USAGE,
  async run(args, io) {
    if (args[0] === '--git') return runGit(args.slice(1), io);
    const { positionals } = parseCommandArgs(args, {}, { loneDashIsArgument: true });
    if (positionals.length !== 2) throw new UsageError('expected two .djstack files: before and after');
    const before = readDiagramFile(io.cwd, positionals[0]);
    const after = readDiagramFile(io.cwd, positionals[1]);
    io.stdout(formatDiagramDiff(diffDiagrams(before, after, cliCatalog(io).catalog)));
    return EXIT.ok;
  },
};
