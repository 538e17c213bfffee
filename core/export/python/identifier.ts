/**
 * Names that become Python identifiers or module names in an exported project (the project
 * package). They are validated, never escaped: a name that is not a plain identifier is refused
 * with a reason the user can act on.
 */

import { BUILTINS, STDLIB_MODULES } from './python-names';

/** Python 3.12 keywords and soft keywords (`keyword.kwlist` + `keyword.softkwlist`). */
const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
  '_',
  'case',
  'match',
  'type',
]);

/**
 * Module names a project package must not shadow: it sits first on sys.path, so a project
 * called `celery` or `django` would hide the real package, and `test`/`site` break the runner.
 */
const CLASHING_MODULES = new Set([
  'django',
  'celery',
  'kombu',
  'redis',
  'rest_framework',
  'channels',
  'daphne',
  'environ',
  'configurations',
  'allauth',
  'knox',
  'corsheaders',
  'whitenoise',
  'debug_toolbar',
  'drf_spectacular',
  'sentry_sdk',
  'gunicorn',
  'uvicorn',
  'psycopg',
  'psycopg2',
  'storages',
  'guardian',
  'taggit',
  'mptt',
  'polymorphic',
  'reversion',
  'axes',
  'csp',
  'constance',
  'cacheops',
  'cachalot',
  'oauth2_provider',
  'simple_history',
  'django_fsm',
  'django_filters',
  'health_check',
  // Standard library modules a settings/celery/wsgi import chain touches or that tools shadow badly.
  'abc',
  'array',
  'asyncio',
  'ast',
  'base64',
  'code',
  'collections',
  'copy',
  'csv',
  'datetime',
  'decimal',
  'email',
  'enum',
  'functools',
  'html',
  'http',
  'importlib',
  'inspect',
  'io',
  'json',
  'logging',
  'math',
  'operator',
  'os',
  'pathlib',
  'pickle',
  'platform',
  'queue',
  'random',
  're',
  'secrets',
  'select',
  'signal',
  'site',
  'socket',
  'sqlite3',
  'ssl',
  'string',
  'struct',
  'subprocess',
  'sys',
  'tempfile',
  'test',
  'tests',
  'threading',
  'time',
  'token',
  'types',
  'typing',
  'unittest',
  'urllib',
  'uuid',
  'warnings',
  'xml',
  'zipfile',
  'builtins',
  'manage',
  'config',
]);

/** Why `name` cannot be the project package, or null when it can. */
export function projectNameProblem(name: string): string | null {
  if (name === '') return 'The project name is empty.';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return `"${name}" is not a valid Python identifier: use letters, digits and underscores, not starting with a digit.`;
  }
  if (name.length > 64) return 'The project name is longer than 64 characters.';
  if (KEYWORDS.has(name)) return `"${name}" is a Python keyword.`;
  if (STDLIB_MODULES.has(name.toLowerCase()))
    return `"${name}" is a module of Python's standard library; the project would hide it. Choose another project name.`;
  if (BUILTINS.has(name)) return `"${name}" is a Python builtin; choose another project name.`;
  if (CLASHING_MODULES.has(name.toLowerCase())) {
    return `"${name}" would hide the Python module of the same name; choose another project name.`;
  }
  return null;
}

/** Turns a free text ("My shop 2") into a valid project name ("my_shop_2"), or "project". */
export function suggestProjectName(text: string): string {
  let name = text
    .toLowerCase()
    .replace(/\.djstack$/, '')
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (/^[0-9]/.test(name)) name = `project_${name}`;
  if (!name || projectNameProblem(name)) name = name ? `${name}_project` : 'project';
  return projectNameProblem(name) ? 'project' : name;
}
