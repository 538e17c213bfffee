/**
 * Proof that exported projects run on real Django: for each stack, build the diagram with
 * `importRequirements` from a requirements file pinned to the versions installed for the
 * interpreter, export the skeleton into a temp folder, then run manage.py check, check --deploy
 * (production environment), migrate on SQLite, and test-client requests; for Celery stacks,
 * a worker runs a task against a throwaway redis-server and the result is read back.
 *
 * The interpreter is DJSTACK_PYTHON (default /usr/bin/python3). Without Django the tests skip
 * and say why, unless DJSTACK_REQUIRE_DJANGO=1 (CI), where they fail.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { importRequirements } from '../import/requirements';
import { exportProject } from './project';

const PYTHON = process.env.DJSTACK_PYTHON ?? '/usr/bin/python3';
const REQUIRE = process.env.DJSTACK_REQUIRE_DJANGO === '1';

interface Stack {
  name: string;
  packages: string[];
  /** URLs a logged-in superuser must get a 200 from (the admin login page is always checked). */
  urls: string[];
  /** URLs an anonymous visitor must get a 200 from. */
  anonymous?: string[];
  /** Services to place besides those a required input needs. */
  services?: string[];
  celery?: boolean;
}

const STACKS: Stack[] = [
  { name: 'django alone', packages: ['django'], urls: ['/admin/'] },
  {
    name: 'REST API with JWT, OpenAPI docs, filters and CORS',
    packages: [
      'djangorestframework',
      'djangorestframework-simplejwt',
      'drf-spectacular',
      'django-filter',
      'django-cors-headers',
    ],
    urls: ['/api/', '/api/schema/', '/api/schema/swagger-ui/', '/api/schema/redoc/'],
  },
  {
    name: 'accounts with allauth, object permissions, lockout and two-factor',
    packages: ['django-allauth', 'django-guardian', 'django-axes', 'django-otp'],
    urls: ['/admin/sites/site/'],
    anonymous: ['/accounts/login/', '/accounts/signup/'],
  },
  {
    name: 'Celery with a Redis broker, database results and beat',
    packages: ['celery', 'django-celery-results', 'django-celery-beat', 'redis'],
    urls: ['/admin/django_celery_results/taskresult/', '/admin/django_celery_beat/periodictask/'],
    celery: true,
  },
  {
    name: 'Redis cache with ORM caching',
    packages: ['django-redis', 'django-cachalot'],
    urls: ['/admin/auth/user/'],
  },
  {
    name: 'static files, websockets and object storage',
    packages: ['whitenoise', 'channels', 'channels-redis', 'daphne', 'django-storages'],
    urls: ['/admin/'],
  },
  {
    name: 'models, history, state machines and admin tools',
    packages: [
      'django-simple-history',
      'django-fsm',
      'django-reversion',
      'django-taggit',
      'django-mptt',
      'django-treebeard',
      'django-polymorphic',
      'django-import-export',
      'django-crispy-forms',
      'django-constance',
    ],
    urls: ['/admin/constance/config/'],
    services: ['redis-server'],
  },
  {
    name: 'monitoring, security headers and development tools',
    packages: [
      'sentry-sdk',
      'django-prometheus',
      'django-health-check',
      'django-debug-toolbar',
      'django-extensions',
      'django-csp',
      'gunicorn',
      'uvicorn',
    ],
    urls: ['/ht/', '/metrics'],
  },
  {
    name: 'a dozen packages: API, OAuth2, tasks, cache, queues, config',
    packages: [
      'djangorestframework',
      'django-oauth-toolkit',
      'drf-spectacular',
      'celery',
      'django-celery-results',
      'django-redis',
      'django-rq',
      'whitenoise',
      'django-cors-headers',
      'django-debug-toolbar',
      'django-simple-history',
      'django-environ',
      'dj-database-url',
      'psycopg2',
      'django-cacheops',
    ],
    urls: ['/api/', '/api/schema/', '/o/applications/', '/django-rq/'],
  },
];

/** Runs a Python snippet; returns stdout, or null when the interpreter is missing. */
function python(code: string): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8', timeout: 60_000 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
}

const ALL_PACKAGES = [...new Set(['django', ...STACKS.flatMap((s) => s.packages)])];
const probe = python(
  `import json, importlib.metadata as m\nout = {}\nfor name in ${JSON.stringify(ALL_PACKAGES)}:\n    try:\n        out[name] = m.version(name)\n    except m.PackageNotFoundError:\n        pass\nprint(json.dumps(out))`,
);
const installed: Record<string, string> = probe.ok ? JSON.parse(probe.stdout) : {};
const hasRedis = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
const skipReason = !probe.ok
  ? `${PYTHON} cannot run (${probe.stderr.trim().split('\n').pop()})`
  : !installed.django
    ? `Django is not installed for ${PYTHON}`
    : null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeout = 120_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The script run through `manage.py shell -c`: check, migrate, then test-client requests. */
function driver(urls: string[], anonymous: string[], celery: boolean): string {
  return `
import json
from django.core.management import call_command
call_command('check', fail_level='ERROR')
call_command('migrate', interactive=False, verbosity=0)
from django.test.utils import setup_test_environment
setup_test_environment()
from django.contrib.auth import get_user_model
from django.test import Client
out = {}
client = Client()
out['/admin/login/'] = client.get('/admin/login/').status_code
for url in ${JSON.stringify(anonymous)}:
    out['anonymous ' + url] = client.get(url).status_code
user = get_user_model().objects.create_superuser('proof', 'proof@example.com', 'a long proof password 1')
client.force_login(user)
for url in ${JSON.stringify(urls)}:
    out[url] = client.get(url).status_code
# The entry points load: wsgi.py, and asgi.py (with Channels' router when it is on the canvas).
import importlib
from django.conf import settings
project = settings.ROOT_URLCONF.split('.')[0]
out['wsgi'] = type(importlib.import_module(project + '.wsgi').application).__name__
out['asgi'] = type(importlib.import_module(project + '.asgi').application).__name__
if ${celery ? 'True' : 'False'}:
    import importlib, os
    from django.conf import settings
    project = settings.ROOT_URLCONF.split('.')[0]
    app = importlib.import_module(project + '.celery').app
    result = app.send_task('celery.accumulate', args=[2, 3])
    out['celery_result'] = list(result.get(timeout=60))
    if 'django_celery_results' in settings.INSTALLED_APPS:
        from django_celery_results.models import TaskResult
        out['stored_result'] = TaskResult.objects.get(task_id=result.id).result
print('PROOF ' + json.dumps(out))
`;
}

const children: ChildProcess[] = [];
const folders: string[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

describe.skipIf(skipReason !== null && !REQUIRE)(
  `exported projects run on real Django (${skipReason ?? `${PYTHON}, Django ${installed.django}`})`,
  () => {
    it('has Django for the interpreter (DJSTACK_REQUIRE_DJANGO=1 makes a missing one fail)', () => {
      expect(skipReason, skipReason ?? '').toBeNull();
    });

    for (const stack of STACKS) {
      it.concurrent(
        `${stack.name}: check, check --deploy, migrate, requests${stack.celery ? ', a Celery task' : ''}`,
        { timeout: 300_000 },
        async (test) => {
          const missing = stack.packages.filter((name) => !installed[name]);
          // A user's own interpreter may lack some packages: that stack is skipped, and says why.
          if (missing.length > 0 && !REQUIRE) test.skip(`not installed for ${PYTHON}: ${missing.join(', ')}`);
          expect(missing, `not installed for ${PYTHON}: ${missing.join(', ')}`).toEqual([]);
          const requirements = ['django', ...stack.packages].map((name) => `${name}==${installed[name]}`).join('\n');
          const imported = importRequirements(requirements, defaultCatalog(), {
            django: '3.2',
            python: '3.11',
            services: stack.services,
          });
          expect(imported.unknown, 'packages the catalog does not know').toEqual([]);

          const folder = mkdtempSync(join(tmpdir(), 'djstack-proof-'));
          folders.push(folder);
          const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + stack.name.length) % 256);
          for (const file of exportProject(imported.diagram, defaultCatalog(), { projectName: 'proof', random })) {
            mkdirSync(dirname(join(folder, file.path)), { recursive: true });
            writeFileSync(join(folder, file.path), file.content);
          }

          const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: folder, PYTHONDONTWRITEBYTECODE: '1' };
          const needsRedis = imported.diagram.nodes.some((n) => n.package === 'redis-server');
          let redis: ChildProcess | undefined;
          let worker: ChildProcess | undefined;
          try {
            if (needsRedis) {
              expect(hasRedis, 'redis-server is not installed').toBe(true);
              const port = await freePort();
              redis = spawn(
                'redis-server',
                ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
                { stdio: 'ignore' },
              );
              children.push(redis);
              env.REDIS_URL = `redis://127.0.0.1:${port}/0`;
            }
            if (stack.celery) {
              worker = spawn(
                PYTHON,
                [
                  '-m',
                  'celery',
                  '-A',
                  'proof',
                  'worker',
                  '--pool=solo',
                  '--loglevel=WARNING',
                  '--without-mingle',
                  '--without-gossip',
                  '--without-heartbeat',
                ],
                {
                  cwd: folder,
                  env,
                  stdio: 'ignore',
                },
              );
              children.push(worker);
            }
            const dev = await run(
              ['manage.py', 'shell', '-c', driver(stack.urls, stack.anonymous ?? [], !!stack.celery)],
              folder,
              env,
            );
            expect(dev.code, `manage.py shell failed:\n${dev.stderr}\n${dev.stdout}`).toBe(0);
            const proof = JSON.parse(dev.stdout.split('PROOF ')[1] ?? '{}') as Record<string, unknown>;
            expect(proof['/admin/login/']).toBe(200);
            expect(proof.wsgi).toBe('WSGIHandler');
            expect(proof.asgi).toBe(stack.packages.includes('channels') ? 'ProtocolTypeRouter' : 'ASGIHandler');
            for (const url of stack.urls) expect(proof[url], `GET ${url}`).toBe(200);
            for (const url of stack.anonymous ?? [])
              expect(proof[`anonymous ${url}`], `anonymous GET ${url}`).toBe(200);
            if (stack.celery) {
              expect(proof.celery_result).toEqual([2, 3]);
              if (stack.packages.includes('django-celery-results')) expect(proof.stored_result).toBe('[2, 3]');
            }

            const prodEnv = {
              ...env,
              DJANGO_DEBUG: 'False',
              DJANGO_SECRET_KEY: 'p'.repeat(10) + 'Xk2_-fQz9wLm4RtY7uB1cV5nH8jD3sA6gE0iO2lK9pZxWqTyUo',
              DJANGO_ALLOWED_HOSTS: 'example.com',
            };
            // Production reads .env.example's values (copied to .env, as the README says) under the real environment.
            copyFileSync(join(folder, '.env.example'), join(folder, '.env'));
            const deploy = await run(['manage.py', 'check', '--deploy', '--fail-level', 'ERROR'], folder, prodEnv);
            expect(deploy.code, `check --deploy:\n${deploy.stderr}`).toBe(0);
            expect(deploy.stderr).not.toMatch(/ERRORS:/);
          } finally {
            if (worker) await stopped(worker);
            if (redis) await stopped(redis);
          }
        },
      );
    }
  },
);
