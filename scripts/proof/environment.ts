/**
 * Running commands inside a proof environment: the host (root "/") or a debootstrap chroot.
 * Every process starts in its own process group, so a step can kill a server and all its workers;
 * /proc is mounted into a chroot only while its environment is in use.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** One place commands run: the host's interpreter, or a chroot's /usr/bin/python3. */
export interface ProofEnvironment {
  id: string;
  /** The Django line it proves ("4.2"). */
  django: string;
  /** "/" for the host, else the chroot folder. */
  root: string;
  /** The interpreter inside the environment. */
  python: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The argv that runs `command` in `cwd` (a path inside the environment) with exactly `env`. */
function argv(environment: ProofEnvironment, cwd: string, env: Record<string, string>, command: string[]): string[] {
  const pairs = Object.entries({ PATH, LC_ALL: 'C.UTF-8', ...env }).map(([k, v]) => `${k}=${v}`);
  const inner = ['/usr/bin/env', '-i', ...pairs, 'sh', '-c', 'cd "$0" && exec "$@"', cwd, ...command];
  return environment.root === '/' ? inner : ['chroot', environment.root, ...inner];
}

/** Starts a long-running process (a server, a worker) in its own process group. */
export function start(
  environment: ProofEnvironment,
  cwd: string,
  env: Record<string, string>,
  command: string[],
): ChildProcess & { output: () => string } {
  const [file, ...args] = argv(environment, cwd, env, command);
  const child = spawn(file!, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return Object.assign(child, { output: () => output.slice(-4000) });
}

/** Kills a process and its whole group, and waits until it is gone. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      resolve();
    }
  });
}

/** Runs a command to completion (killed with its group after `timeout` ms). */
export function run(
  environment: ProofEnvironment,
  cwd: string,
  env: Record<string, string>,
  command: string[],
  timeout = 180_000,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = start(environment, cwd, env, command);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => void stop(child), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A free TCP port on 127.0.0.1 (the chroots share the host's loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** A fresh folder inside the environment: its host path and its path as the environment sees it. */
export function scratch(environment: ProofEnvironment, name: string): { host: string; inside: string } {
  const base = join(environment.root, 'tmp');
  mkdirSync(base, { recursive: true });
  const host = mkdtempSync(join(base, `djstack-${name}-`));
  return { host, inside: host.slice(environment.root === '/' ? 0 : environment.root.length) };
}

/** Writes files (relative paths) under a host folder. */
export function writeFiles(folder: string, files: { path: string; content: string }[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.content);
  }
}

/** Removes a scratch folder. */
export function remove(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

function mounted(path: string): boolean {
  return spawnSync('mountpoint', ['-q', path]).status === 0;
}

/**
 * Mounts /proc into a chroot for as long as the returned function is not called; that function is
 * also run at process exit, so an aborted run leaves nothing mounted.
 */
export function mountProc(environment: ProofEnvironment): () => void {
  if (environment.root === '/') return () => undefined;
  const proc = join(environment.root, 'proc');
  if (!mounted(proc)) {
    const result = spawnSync('mount', ['-t', 'proc', 'proc', proc], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`[${environment.id}] cannot mount ${proc}: ${result.stderr}`);
  }
  const unmount = () => {
    if (mounted(proc)) spawnSync('umount', ['-l', proc]);
    process.off('exit', unmount);
  };
  process.on('exit', unmount);
  return unmount;
}
