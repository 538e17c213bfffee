/**
 * `djstack`: the app's checks and exports for CI, without a window. Each command lives in
 * cli/commands/<name>.ts; this file only dispatches and prints help.
 */
import { catalogCommand } from './commands/catalog';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { driftCommand } from './commands/drift';
import { exportCommand } from './commands/export';
import { exportRequirementsCommand } from './commands/export-requirements';
import { importCommand } from './commands/import';
import packageJson from '../package.json';
import meta from '../catalog/meta.json';
import { EXIT, fileSystemMessage, isFileSystemError, terminalSafe, UsageError, type CliIo, type Command } from './io';

export const COMMANDS: Command[] = [
  catalogCommand,
  checkCommand,
  diffCommand,
  driftCommand,
  exportCommand,
  exportRequirementsCommand,
  importCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'djstack: check and export Django Stack Builder diagrams (.djstack files).',
    '',
    'Usage: djstack <command> [options]',
    '       djstack --version',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `djstack <command> --help` for a command's options.",
    'Exit codes: 0 success, 1 problems found, 2 bad usage or bad input.',
    '',
  ].join('\n');
}

/** "djstack 0.1.0 (bundled package data 2026.11.0 of 2026-11-30)". */
export function versionText(): string {
  return `djstack ${packageJson.version} (bundled package data ${meta.version} of ${meta.dataDate})`;
}

/** Runs the CLI with `args` (without the program name) and returns the exit code. */
export async function main(args: string[], rawIo: CliIo): Promise<number> {
  // Input text reaches messages (names, lines of a requirements file): no terminal controls get out.
  const io: CliIo = {
    cwd: rawIo.cwd,
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${versionText()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`djstack: unknown command "${name}" (see djstack --help)\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`djstack ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    // A file-system failure (ENOSPC, EISDIR, EEXIST, …) is bad input or a bad place, not a bug:
    // one line and exit 2, never a stack trace. The path comes from Node's message.
    if (isFileSystemError(error)) {
      const where = error.path ? `${error.path}: ` : '';
      io.stderr(`djstack ${command.name}: ${where}${fileSystemMessage(error.code)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
