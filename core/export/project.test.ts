/**
 * Exports compared against whole expected files a reviewer can read (core/export/__expected__),
 * plus the rules that matter most, each as a scenario. Run with UPDATE_EXPECTED=1 to rewrite the
 * expected files after an intended change, then review the diff.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { importRequirements } from '../import/requirements';
import { ExportError, exportPreviewFiles, exportProjectFiles, exportStackSettings } from './project';
import { exportRequirements } from './requirements';

const catalog = defaultCatalog();
const EXPECTED = join(dirname(fileURLToPath(import.meta.url)), '__expected__');
const zeros = (n: number) => new Uint8Array(n);

/** A stack from `name==version` lines, wired and laid out as `djstack import` does it. */
function stackOf(lines: string[], target = { django: '3.2', python: '3.10' }, services: string[] = []): Diagram {
  return importRequirements(lines.join('\n'), catalog, { ...target, services, keepFile: false }).diagram;
}

function files(diagram: Diagram, projectName = 'shop') {
  return Object.fromEntries(
    exportPreviewFiles(diagram, catalog, { projectName, random: zeros }).map((f) => [f.path, f.content]),
  );
}

/** Compares with a reviewed expected file; a missing one fails (UPDATE_EXPECTED=1 writes it, for review). */
function expectFile(name: string, actual: string): void {
  const path = join(EXPECTED, name);
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(path, actual);
  expect(
    existsSync(path),
    `${name} is missing from core/export/__expected__ (UPDATE_EXPECTED=1 writes it; review it)`,
  ).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const API = [
  'django==3.2.25',
  'djangorestframework==3.14.0',
  'djangorestframework-simplejwt==5.2.2',
  'drf-spectacular==0.25.1',
  'django-filter==23.1',
  'django-cors-headers==3.14.0',
  'whitenoise==6.0.0',
  'django-debug-toolbar==3.8.1',
];
const TASKS = [
  'django==3.2.25',
  'celery==5.2.6',
  'django-celery-results==2.4.0',
  'django-celery-beat==2.4.0',
  'django-redis==5.2.0',
];

/** One stack per supported Django line, pinned to the versions Debian packages for that line. */
const LINES: { line: string; python: string; pins: string[] }[] = [
  {
    line: '4.2',
    python: '3.13',
    pins: [
      'django==4.2.28',
      'djangorestframework==3.16.0',
      'drf-spectacular==0.28.0',
      'django-allauth==65.0.2',
      'celery==5.5.2',
      'django-celery-results==2.5.1',
      'django-redis==5.4.0',
      'django-simple-history==3.7.0',
      'whitenoise==6.8.2',
    ],
  },
  {
    line: '5.2',
    python: '3.13',
    pins: [
      'django==5.2.18',
      'djangorestframework==3.18.3',
      'drf-spectacular==0.30.0',
      'django-allauth==65.19.1',
      'celery==5.6.3',
      'django-celery-results==2.6.0',
      'django-redis==7.0.0',
      'django-simple-history==3.13.0',
      'whitenoise==6.8.2',
    ],
  },
  {
    line: '6.1',
    python: '3.13',
    pins: [
      'django==6.1.1',
      'djangorestframework==3.18.3',
      'drf-spectacular==0.30.0',
      'django-allauth==65.19.1',
      'celery==5.6.3',
      'django-celery-results==2.6.0',
      'django-redis==7.0.0',
      'django-simple-history==3.13.0',
      'whitenoise==6.8.2',
    ],
  },
];

describe('expected files per supported Django line', () => {
  for (const { line, python, pins } of LINES) {
    it(`Django ${line}: settings.py, urls.py and requirements.txt of an API, accounts and tasks stack`, () => {
      const out = files(stackOf(pins, { django: line, python }));
      expectFile(`django-${line}-settings.py`, out['shop/settings.py']!);
      expectFile(`django-${line}-urls.py`, out['shop/urls.py']!);
      expectFile(`django-${line}-requirements.txt`, out['requirements.txt']!);
    });
  }
});

describe('expected files', () => {
  it('an API stack: settings.py, urls.py and requirements.txt match the expected files', () => {
    const out = files(stackOf(API));
    expectFile('api-settings.py', out['shop/settings.py']!);
    expectFile('api-urls.py', out['shop/urls.py']!);
    expectFile('api-requirements.txt', out['requirements.txt']!);
  });

  it('a Celery stack: settings.py, celery.py, __init__.py, .env.example and docker-compose.yml match', () => {
    const out = files(stackOf(TASKS));
    expectFile('tasks-settings.py', out['shop/settings.py']!);
    expectFile('tasks-celery.py', out['shop/celery.py']!);
    expectFile('tasks-init.py', out['shop/__init__.py']!);
    expectFile('tasks-env.example', out['.env.example']!);
    expectFile('tasks-docker-compose.yml', out['docker-compose.yml']!);
  });

  it('django-configurations: class-based settings and the manage.py / wsgi.py that load them', () => {
    const out = files(
      stackOf([
        'django==3.2.25',
        'django-configurations==2.4.2',
        'django-debug-toolbar==3.8.1',
        'djangorestframework==3.14.0',
      ]),
    );
    expectFile('configurations-settings.py', out['shop/settings.py']!);
    expectFile('configurations-manage.py', out['manage.py']!);
    expect(out['shop/wsgi.py']).toContain('from configurations.wsgi import get_wsgi_application');
    expect(out['shop/asgi.py']).toContain('from configurations.asgi import get_asgi_application');
  });

  // django-configurations is not installed here, so its output is proven by structure: Python
  // parses it, and the classes, their bases and their DEBUG values are the ones manage.py expects.
  it('django-configurations settings parse, with Dev and Prod classes built on a Base Configuration', () => {
    const out = files(
      stackOf(['django==3.2.25', 'django-configurations==2.4.2', 'celery==5.2.6', 'django-debug-toolbar==3.8.1']),
    );
    const script = [
      'import ast, json, sys',
      'tree = ast.parse(sys.stdin.read())',
      'classes = {c.name: {"bases": [ast.unparse(b) for b in c.bases], "names": [t.id for s in c.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)], "debug": [ast.unparse(s.value) for s in c.body if isinstance(s, ast.Assign) and getattr(s.targets[0], "id", "") == "DEBUG"]} for c in tree.body if isinstance(c, ast.ClassDef)}',
      'print(json.dumps(classes))',
    ].join('\n');
    const parsed = spawnSync(process.env.DJSTACK_PYTHON ?? '/usr/bin/python3', ['-c', script], {
      input: out['shop/settings.py'],
      encoding: 'utf8',
    });
    expect(parsed.stderr).toBe('');
    const classes = JSON.parse(parsed.stdout) as Record<string, { bases: string[]; names: string[]; debug: string[] }>;
    expect(Object.keys(classes)).toEqual(['Base', 'Dev', 'Prod']);
    expect(classes.Base!.bases).toEqual(['Configuration']);
    expect(classes.Dev!.bases).toEqual(['Base']);
    expect(classes.Base!.debug).toEqual(['False']);
    expect(classes.Dev!.debug).toEqual(['True']);
    expect(classes.Base!.names).toEqual(
      expect.arrayContaining(['SECRET_KEY', 'INSTALLED_APPS', 'MIDDLEWARE', 'DATABASES', 'CELERY_BROKER_URL']),
    );
    expect(classes.Dev!.names).toEqual(expect.arrayContaining(['INSTALLED_APPS', 'MIDDLEWARE', 'INTERNAL_IPS']));
    expect(out['shop/celery.py']).toMatch(/configurations\.setup\(\)[\s\S]*from celery import Celery/);
    expect(out['.env.example']).toContain('DJANGO_CONFIGURATION=Dev');
    expect(out['.env.example']).not.toContain('DJANGO_DEBUG');
  });

  it("a stack_settings.py fragment leaves the project's own SECRET_KEY and URLs alone", () => {
    const fragment = exportStackSettings(stackOf(API), catalog, { projectName: 'shop' });
    expect(fragment.path).toBe('shop/stack_settings.py');
    expectFile('api-stack_settings.py', fragment.content);
    expect(fragment.content).not.toMatch(/^SECRET_KEY =|^ROOT_URLCONF =/m);
  });
});

describe('settings rules', () => {
  const settingsOf = (lines: string[], target?: { django: string; python: string }) =>
    files(stackOf(lines, target))['shop/settings.py']!;
  const listOf = (settings: string, name: string) => {
    const block = new RegExp(`^${name} = \\[\\n([\\s\\S]*?)\\n\\]`, 'm').exec(settings)![1]!;
    // The first string on each line is the entry; comments after it may hold quotes too.
    return block.split('\n').map((line) => /'([^']+)'/.exec(line)![1]!);
  };

  it('CORS sits above SecurityMiddleware and WhiteNoise directly after it', () => {
    const middleware = listOf(settingsOf(API), 'MIDDLEWARE');
    const at = (path: string) => middleware.indexOf(path);
    expect(at('corsheaders.middleware.CorsMiddleware')).toBeLessThan(at('django.middleware.common.CommonMiddleware'));
    expect(at('corsheaders.middleware.CorsMiddleware')).toBeLessThan(at('whitenoise.middleware.WhiteNoiseMiddleware'));
    expect(at('whitenoise.middleware.WhiteNoiseMiddleware')).toBe(
      at('django.middleware.security.SecurityMiddleware') + 1,
    );
  });

  it('allauth 0.51 needs django.contrib.sites and SITE_ID; 0.56 and later get AccountMiddleware instead', () => {
    const old = settingsOf(['django==3.2.25', 'django-allauth==0.51.0']);
    expect(listOf(old, 'INSTALLED_APPS')).toContain('django.contrib.sites');
    expect(old).toMatch(/^SITE_ID = 1/m);
    expect(old).not.toContain('AccountMiddleware');
    const recent = settingsOf(['django==4.2.30', 'django-allauth==0.57.2'], { django: '4.2', python: '3.11' });
    const middleware = listOf(recent, 'MIDDLEWARE');
    expect(middleware.indexOf('allauth.account.middleware.AccountMiddleware')).toBeGreaterThan(
      middleware.indexOf('django.contrib.auth.middleware.AuthenticationMiddleware'),
    );
    expect(recent).not.toMatch(/^SITE_ID/m);
  });

  it('daphne comes first in INSTALLED_APPS and whitenoise.runserver_nostatic right above staticfiles', () => {
    const apps = listOf(
      settingsOf(['django==3.2.25', 'daphne==4.0.0', 'channels==4.0.0', 'whitenoise==6.0.0']),
      'INSTALLED_APPS',
    );
    expect(apps[0]).toBe('daphne');
    expect(apps.indexOf('whitenoise.runserver_nostatic')).toBe(apps.indexOf('django.contrib.staticfiles') - 1);
  });

  it('modeltranslation comes before django.contrib.admin in INSTALLED_APPS', () => {
    const apps = listOf(
      settingsOf(['django==4.2.30', 'django-modeltranslation==0.19.17'], { django: '4.2', python: '3.11' }),
      'INSTALLED_APPS',
    );
    expect(apps).toContain('modeltranslation');
    expect(apps.indexOf('modeltranslation')).toBeLessThan(apps.indexOf('django.contrib.admin'));
  });

  it('WhiteNoise storage is STATICFILES_STORAGE on Django 3.2 and STORAGES on 4.2', () => {
    expect(settingsOf(['django==3.2.25', 'whitenoise==6.0.0'])).toMatch(
      /^STATICFILES_STORAGE = 'whitenoise\.storage\.CompressedManifestStaticFilesStorage'/m,
    );
    const modern = settingsOf(['django==4.2.30', 'whitenoise==6.5.0'], { django: '4.2', python: '3.11' });
    expect(modern).toMatch(/^STORAGES = /m);
    expect(modern).not.toContain('STATICFILES_STORAGE');
  });

  it("knox (not installed here) is DRF's authentication and routes login/logout through BasicAuthentication", () => {
    const out = files(stackOf(['django==3.2.25', 'djangorestframework==3.14.0', 'django-rest-knox==4.2.0']));
    expect(out['shop/settings.py']).toMatch(
      /'DEFAULT_AUTHENTICATION_CLASSES': \[\s*'knox\.auth\.TokenAuthentication',/,
    );
    expect(listOf(out['shop/settings.py']!, 'INSTALLED_APPS')).toContain('knox');
    expect(out['shop/urls.py']).toContain(
      "path('api/auth/login/', knox_views.LoginView.as_view(authentication_classes=[BasicAuthentication]), name='knox_login'),",
    );
    expect(out['shop/urls.py']).toContain(
      "path('api/auth/logout/', knox_views.LogoutView.as_view(), name='knox_logout'),",
    );
  });

  it('django-fsm-2 (not installed here) installs the django_fsm app', () => {
    expect(listOf(settingsOf(['django==3.2.25', 'django-fsm-2==3.0.0']), 'INSTALLED_APPS')).toContain('django_fsm');
  });

  it('the debug toolbar is only loaded while DEBUG is on', () => {
    const settings = settingsOf(API);
    expect(settings).toContain("*(['debug_toolbar'] if DEBUG else []),");
    expect(settings).toContain("*(['debug_toolbar.middleware.DebugToolbarMiddleware'] if DEBUG else []),");
    expect(files(stackOf(API))['shop/urls.py']).toMatch(/if settings\.DEBUG:\n[\s\S]*__debug__/);
  });
});

describe('requirements.txt', () => {
  it('pins every Python package, never a service, and says why each line is there', () => {
    const text = exportRequirements(stackOf(TASKS), catalog);
    expect(text).toMatch(/^celery\[redis\]==5\.2\.6\n {4}# Tasks for django$/m);
    expect(text).toMatch(/^django-celery-results==2\.4\.0\n {4}# Results for celery$/m);
    expect(text).not.toMatch(/^redis-server/m);
    const names = [...text.matchAll(/^([a-z0-9-]+)[[=>]/gm)].map((m) => m[1]);
    expect(names).toEqual([...names].sort());
  });

  it('a diagram without a Django node still gets Django, at the newest release of its target', () => {
    const diagram = emptyDiagram({ django: '3.2', python: '3.11' });
    diagram.nodes = [{ id: 'w', package: 'whitenoise', position: { x: 0, y: 0 } }];
    expect(exportRequirements(diagram, catalog)).toMatch(
      /^django==3\.2\.25\n {4}# the web framework \(target of the diagram\)$/m,
    );
  });

  it('the ranges option writes compatible ranges instead of pins', () => {
    const text = exportRequirements(stackOf(TASKS), catalog, { ranges: true });
    expect(text).toMatch(/^django>=3\.2\.25,<3\.3$/m);
    expect(text).toMatch(/^celery\[redis\]>=5\.2\.6,<6$/m);
    expect(text).not.toContain('==');
  });

  it('psycopg brings its binary wheels (libpq included)', () => {
    const text = exportRequirements(
      stackOf(['django==4.2.30', 'psycopg==3.2.13'], { django: '4.2', python: '3.11' }, ['postgresql']),
      catalog,
    );
    expect(text).toMatch(/^psycopg\[binary\]==3\.2\.13$/m);
  });
});

describe('the project skeleton', () => {
  it('has manage.py at the top and the project package beside it; the same random source gives the same files', () => {
    const diagram = stackOf(TASKS);
    const first = exportProjectFiles(diagram, catalog, { projectName: 'shop', random: zeros });
    expect(first.map((f) => f.path)).toEqual([
      'manage.py',
      'shop/__init__.py',
      'shop/settings.py',
      'shop/urls.py',
      'shop/wsgi.py',
      'shop/asgi.py',
      'shop/celery.py',
      'requirements.txt',
      '.env.example',
      '.env',
      '.gitignore',
      'docker-compose.yml',
      'README.md',
    ]);
    expect(exportProjectFiles(diagram, catalog, { projectName: 'shop', random: zeros })).toEqual(first);
    const env = first.find((f) => f.path === '.env')!.content;
    expect(env).toMatch(/^DJANGO_SECRET_KEY=a{50}$/m);
    const other = exportProjectFiles(diagram, catalog, {
      projectName: 'shop',
      random: (n) => Uint8Array.from({ length: n }, (_, i) => i * 7),
    });
    expect(other.find((f) => f.path === '.env')!.content).not.toBe(env);
  });

  it('refuses a project name that is not an identifier, is a keyword or hides a module', () => {
    for (const name of ['my-shop', '1shop', 'class', 'celery', 'django', 'test', '']) {
      expect(() => exportProjectFiles(emptyDiagram(), catalog, { projectName: name, random: zeros }), name).toThrow(
        ExportError,
      );
    }
  });

  it('gives each preview file a language for highlighting', () => {
    const preview = exportPreviewFiles(stackOf(TASKS), catalog, { projectName: 'shop', random: zeros });
    const language = Object.fromEntries(preview.map((f) => [f.path, f.language]));
    expect(language).toMatchObject({
      'shop/settings.py': 'python',
      'shop/stack_settings.py': 'python',
      'requirements.txt': 'text',
      '.env': 'ini',
      'docker-compose.yml': 'yaml',
      'README.md': 'markdown',
    });
  });
});
