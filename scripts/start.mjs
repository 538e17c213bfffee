// `npm start`: builds the app with electron-vite and runs it in Electron. Where the Electron
// binary cannot be had (no network to GitHub, an unsupported platform), it explains that in one
// paragraph and points to the browser version instead of printing the installer's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const debug = Boolean(process.env.DJSTACK_DEBUG_START);

/** The one paragraph `npm start` prints when there is no Electron to run. */
function missingElectronMessage(reason) {
  return (
    'Django Stack Builder could not start because the Electron binary is not available on this machine: ' +
    `${reason}. The npm package "electron" only downloads its binary from GitHub on first use, and that ` +
    'download failed or is blocked here. Everything else is installed, so you can open the same app in your ' +
    'browser with `npm run web` (files are opened from a file picker and saved as downloads), or, on a machine ' +
    'that can reach GitHub, run `npx install-electron` and then `npm start` again. ' +
    "Set DJSTACK_DEBUG_START=1 to see the installer's own output."
  );
}

function fail(reason, details) {
  console.error(`\n${missingElectronMessage(reason)}\n`);
  if (debug && details) console.error(details);
  process.exit(1);
}

/**
 * The Electron executable, resolved in a child process: the electron package tries to download
 * its binary when it is first required and prints a stack trace when that fails.
 */
function resolveElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  const output = `${probe.stdout ?? ''}\n${probe.stderr ?? ''}`;
  if (probe.error) fail(`checking for it failed (${probe.error.message})`, output);
  if (probe.status !== 0) fail('the download of the binary did not succeed', output);
  const path = probe.stdout.trim();
  if (!path || !existsSync(path)) fail(`the file ${path || '(none)'} does not exist`, output);
  return path;
}

const electronPath = resolveElectron();

const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// A set ELECTRON_RUN_AS_NODE would make Electron behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electronPath, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
app.on('error', (error) => fail(`it could not be run (${error.message})`, error.stack));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
