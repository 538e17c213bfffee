/**
 * One stack proven in one environment: import a requirements file of the environment's versions,
 * export the project, then inside the environment: pip's resolver, manage.py check, check --deploy
 * (production settings), migrate, makemigrations --check, a Celery task through redis-server, and
 * the exported app server answering HTTP on loopback. A failure names environment, stack and step.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { defaultCatalog } from '../../core/catalog/catalog';
import { importRequirements } from '../../core/import/requirements';
import { exportProject } from '../../core/export/project';
import { freePort, remove, run, scratch, start, stop, writeFiles, type ProofEnvironment } from './environment';
import type { ProofStack } from './stacks';

/** What an environment has: its Python and the version of each installed distribution (PEP 503 names). */
export interface Inventory {
  python: string;
  versions: Record<string, string>;
  /** Where the metadata-only wheels are, as the environment sees the folder. */
  wheels: string;
}

/** A failed step: the message says where (environment, stack, step) and why. */
export class ProofFailure extends Error {}

export interface ProveOptions {
  /** Changes the exported files before they are proven (the deliberately broken export). */
  mutate?: (files: { path: string; content: string }[]) => { path: string; content: string }[];
  /** Only these steps (all when absent). */
  steps?: Step[];
}

export type Step =
  | 'import'
  | 'export'
  | 'pip resolve'
  | 'check'
  | 'check --deploy'
  | 'migrate'
  | 'makemigrations --check'
  | 'celery task'
  | 'http';

const PROJECT = 'proof';

/** Clashes a Debian suite ships itself (pip-exceptions.json): excused only on an exact match. */
const PIP_EXCEPTIONS = (
  JSON.parse(readFileSync(fileURLToPath(new URL('pip-exceptions.json', import.meta.url)), 'utf8')) as {
    exceptions: { environment: string; matches: string[]; reason: string }[];
  }
).exceptions;
const SECRET = 'p'.repeat(10) + 'Xk2_-fQz9wLm4RtY7uB1cV5nH8jD3sA6gE0iO2lK9pZxWqTyUo';

/** The stack's packages that the environment has installed. */
export function presentPackages(stack: ProofStack, inventory: Inventory, environment?: string): string[] {
  const incompatible = environment ? (INCOMPATIBLE[environment] ?? {}) : {};
  return stack.packages.filter((name) => inventory.versions[name] && !(name in incompatible));
}

/** Per environment: packages installed beside a Django their own Requires-Dist excludes (incompatible.json). */
export const INCOMPATIBLE = JSON.parse(
  readFileSync(fileURLToPath(new URL('incompatible.json', import.meta.url)), 'utf8'),
) as Record<string, Record<string, string>>;

/** The requirements file a user of this environment would import: every package pinned to its version. */
export function pinnedRequirements(stack: ProofStack, inventory: Inventory, environment?: string): string {
  return ['django', ...presentPackages(stack, inventory, environment)]
    .map((n) => `${n}==${inventory.versions[n]}\n`)
    .join('');
}

function tail(text: string, lines = 25): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The clash pip names, from its ResolutionImpossible output. */
function clash(output: string): string {
  const lines = output
    .split('\n')
    .filter((l) => /conflict|requested|depends on|ResolutionImpossible|No matching|Could not find/i.test(l));
  return (lines.length > 0 ? lines : output.split('\n')).slice(0, 20).join('\n');
}

async function waitForHttp(url: string, server: ChildProcess & { output: () => string }): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${tail(server.output())}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`no answer on ${url} within 60 s:\n${tail(server.output())}`);
}

/** The app server the export runs with: gunicorn or uvicorn when on the canvas, else runserver. */
function serverCommand(packages: string[], port: number): { name: string; command: string[] } {
  if (packages.includes('gunicorn'))
    return {
      name: 'gunicorn',
      command: ['python3', '-m', 'gunicorn', `${PROJECT}.wsgi`, '--bind', `127.0.0.1:${port}`, '--workers', '1'],
    };
  if (packages.includes('uvicorn'))
    return {
      name: 'uvicorn',
      command: [
        'python3',
        '-m',
        'uvicorn',
        `${PROJECT}.asgi:application`,
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
    };
  return { name: 'runserver', command: ['python3', 'manage.py', 'runserver', `127.0.0.1:${port}`, '--noreload'] };
}

/** The pages every export must serve to an anonymous visitor, by what the stack has. */
function pages(packages: string[]): string[] {
  const urls = ['/admin/login/'];
  if (packages.includes('djangorestframework')) urls.push('/api/');
  if (packages.includes('drf-spectacular')) urls.push('/api/schema/');
  if (packages.includes('django-allauth')) urls.push('/accounts/login/');
  return urls;
}

/**
 * Proves one stack in one environment. Throws a ProofFailure naming environment, stack and step.
 * Every process it starts is killed before it returns.
 */
export async function proveStack(
  environment: ProofEnvironment,
  inventory: Inventory,
  stack: ProofStack,
  options: ProveOptions = {},
): Promise<{ steps: Step[]; server?: string }> {
  const where = `[${environment.id}, Django ${environment.django}] ${stack.name}`;
  const wanted = (step: Step) => !options.steps || options.steps.includes(step);
  const done: Step[] = [];
  let current: Step = 'import';
  const children: ChildProcess[] = [];
  const folder = scratch(environment, 'stack');
  const fail = (detail: string): never => {
    throw new ProofFailure(`${where} — step "${current}": ${detail}`);
  };
  try {
    const packages = presentPackages(stack, inventory, environment.id);
    const imported = importRequirements(pinnedRequirements(stack, inventory, environment.id), defaultCatalog(), {
      django: environment.django,
      python: inventory.python,
      services: stack.services,
    });
    if (imported.unknown.length > 0) fail(`packages the catalog does not know: ${imported.unknown.join(', ')}`);
    done.push(current);

    current = 'export';
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + stack.name.length) % 256);
    let files = exportProject(imported.diagram, defaultCatalog(), { projectName: PROJECT, random });
    if (options.mutate) files = options.mutate(files);
    writeFiles(folder.host, files);
    done.push(current);

    const env: Record<string, string> = { HOME: folder.inside, PYTHONDONTWRITEBYTECODE: '1' };
    const manage = async (step: Step, args: string[], extra: Record<string, string> = {}) => {
      current = step;
      if (!wanted(step)) return '';
      const result = await run(environment, folder.inside, { ...env, ...extra }, ['python3', 'manage.py', ...args]);
      if (result.code !== 0)
        fail(`manage.py ${args.join(' ')} exited ${result.code}:\n${tail(result.stderr + result.stdout)}`);
      done.push(step);
      return result.stderr + result.stdout;
    };

    current = 'pip resolve';
    if (wanted(current)) {
      const target = `${folder.inside}/.pip-target`;
      const result = await run(environment, folder.inside, env, [
        'python3',
        '-m',
        'pip',
        'install',
        '--dry-run',
        '--ignore-installed',
        '--no-index',
        '--disable-pip-version-check',
        '--break-system-packages',
        '--find-links',
        inventory.wheels,
        '--only-binary=:all:',
        '--target',
        target,
        '-r',
        'requirements.txt',
      ]);
      const output = result.stdout + result.stderr;
      const excused = PIP_EXCEPTIONS.find(
        (e) => e.environment === environment.id && e.matches.every((text) => output.includes(text)),
      );
      if (result.code !== 0 && !excused) fail(`pip refuses requirements.txt:\n${clash(output)}`);
      done.push(current);
    }

    const needsRedis = imported.diagram.nodes.some((n) => n.package === 'redis-server');
    if (needsRedis) {
      const port = await freePort();
      const redis = start(environment, '/', {}, [
        'redis-server',
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]);
      children.push(redis);
      env.REDIS_URL = `redis://127.0.0.1:${port}/0`;
    }

    await manage('check', ['check', '--fail-level', 'ERROR']);

    current = 'check --deploy';
    if (wanted(current)) {
      // Production reads .env.example's values (copied to .env, as the README says) under the real
      // environment; the exported development .env comes back afterwards.
      const dotenv = join(folder.host, '.env');
      const development = existsSync(dotenv) ? readFileSync(dotenv, 'utf8') : null;
      copyFileSync(join(folder.host, '.env.example'), dotenv);
      const output = await manage('check --deploy', ['check', '--deploy', '--fail-level', 'ERROR'], {
        DJANGO_DEBUG: 'False',
        DJANGO_SECRET_KEY: SECRET,
        DJANGO_ALLOWED_HOSTS: 'example.com',
      });
      if (/ERRORS:/.test(output)) fail(`check --deploy reports errors:\n${tail(output)}`);
      if (development === null) rmSync(dotenv);
      else writeFileSync(dotenv, development);
    }

    await manage('migrate', ['migrate', '--noinput']);
    await manage('makemigrations --check', ['makemigrations', '--check', '--dry-run']);

    current = 'celery task';
    if (packages.includes('celery') && wanted(current)) {
      const worker = start(environment, folder.inside, env, [
        'python3',
        '-m',
        'celery',
        '-A',
        PROJECT,
        'worker',
        '--pool=solo',
        '--loglevel=WARNING',
        '--without-mingle',
        '--without-gossip',
        '--without-heartbeat',
      ]);
      children.push(worker);
      const result = await run(environment, folder.inside, env, [
        'python3',
        'manage.py',
        'shell',
        '-c',
        `import importlib\nfrom django.conf import settings\napp = importlib.import_module('${PROJECT}.celery').app\nprint('RESULT', list(app.send_task('celery.accumulate', args=[2, 3]).get(timeout=60)))`,
      ]);
      if (result.code !== 0 || !result.stdout.includes('RESULT [2, 3]'))
        fail(
          `no task result through redis-server:\n${tail(result.stderr + result.stdout)}\nworker:\n${tail(worker.output())}`,
        );
      await stop(worker);
      done.push(current);
    }

    current = 'http';
    if (wanted(current)) {
      const port = await freePort();
      const server = serverCommand(packages, port);
      const process = start(environment, folder.inside, env, server.command);
      children.push(process);
      const base = `http://127.0.0.1:${port}`;
      try {
        await waitForHttp(`${base}/admin/login/`, process);
      } catch (error) {
        fail(`${server.name}: ${(error as Error).message}`);
      }
      for (const url of pages(packages)) {
        const response = await fetch(base + url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) }).catch(
          (error: Error) => fail(`${server.name}: GET ${url} failed: ${error.message}`),
        );
        if (response.status !== 200)
          fail(
            `${server.name}: GET ${url} answered ${response.status}:\n${(await response.text()).slice(0, 600)}\n${tail(process.output())}`,
          );
      }
      await stop(process);
      done.push(current);
      return { steps: done, server: server.name };
    }
    return { steps: done };
  } catch (error) {
    if (error instanceof ProofFailure) throw error;
    throw new ProofFailure(`${where} — step "${current}": ${(error as Error).stack ?? String(error)}`);
  } finally {
    for (const child of children) await stop(child);
    remove(folder.host);
  }
}

/** Reads an environment's inventory and writes its metadata-only wheels (see inventory.py). */
export async function readInventory(
  environment: ProofEnvironment,
): Promise<Inventory & { metadata: Record<string, string> }> {
  const folder = scratch(environment, 'wheels');
  const script = scratch(environment, 'inventory');
  copyFileSync(fileURLToPath(new URL('inventory.py', import.meta.url)), join(script.host, 'inventory.py'));
  const result = await run(environment, script.inside, {}, ['python3', 'inventory.py', folder.inside]);
  remove(script.host);
  if (result.code !== 0) throw new Error(`[${environment.id}] cannot read the installed packages:\n${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as {
    python: string;
    dists: { name: string; version: string; metadata: string }[];
  };
  const versions: Record<string, string> = {};
  const metadata: Record<string, string> = {};
  for (const dist of parsed.dists) {
    const name = dist.name.toLowerCase().replace(/[-_.]+/g, '-');
    versions[name] = dist.version;
    metadata[name] = dist.metadata;
  }
  return { python: parsed.python, versions, metadata, wheels: folder.inside };
}

/** The host path of a folder inside an environment. */
export function hostPath(environment: ProofEnvironment, inside: string): string {
  return environment.root === '/' ? inside : join(environment.root, inside);
}

/** Reads a file inside an environment. */
export function readInside(environment: ProofEnvironment, inside: string): string {
  return readFileSync(hostPath(environment, inside), 'utf8');
}
