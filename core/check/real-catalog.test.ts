/**
 * The engine against the real catalog: one row per scenario a Django developer meets. Each row
 * builds a stack the way the canvas does (drop packages, auto-wire), checks it, and when it
 * names a problem, applies that problem's fix and checks again.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { catalogIndex, fits } from '../resolve/catalog-index';
import { ExportError, exportProjectFiles } from '../export/project';
import type { Diagram, DiagramEdge } from '../diagram/model';
import { analyze } from './analyze';
import { applyFix } from './fixes';
import { nodeOf, stackOf, type StackOptions } from './testing';
import type { Problem, ProblemCode } from './types';

const catalog = defaultCatalog();
const PYTHON = process.env.DJSTACK_PYTHON ?? '/usr/bin/python3';

/**
 * Python's own parser over generated settings modules: per file, the parse error or the string
 * entries of INSTALLED_APPS (a list literal, possibly extended by `+=` or `.append`/`.extend`).
 */
function installedAppsOf(contents: string[]): { error: string | null; apps: string[] }[] {
  const script = String.raw`
import ast, json, sys
out = []
for text in json.load(sys.stdin):
    try:
        tree = ast.parse(text)
    except SyntaxError as e:
        out.append({"error": str(e), "apps": []}); continue
    apps = []
    for node in ast.walk(tree):
        target = getattr(node, "target", None) or (node.targets[0] if isinstance(node, ast.Assign) else None)
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == "INSTALLED_APPS" and value is not None:
            apps += [e.value for e in ast.walk(value) if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id == "INSTALLED_APPS":
            apps += [e.value for a in node.args for e in ast.walk(a) if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    out.append({"error": None, "apps": apps})
print(json.dumps(out))
`;
  const result = spawnSync(PYTHON, ['-c', script], {
    input: JSON.stringify(contents),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0)
    throw new Error(`${PYTHON} cannot parse the settings: ${result.stderr || String(result.error)}`);
  return JSON.parse(result.stdout) as { error: string | null; apps: string[] }[];
}

interface Row {
  name: string;
  stack: string[];
  options?: StackOptions;
  /** Extra edges, as a hand-edited file might have them. */
  edges?: Pick<DiagramEdge, 'source' | 'sourcePort' | 'target' | 'targetPort' | 'role'>[];
  /** The exact set of problem codes. */
  codes?: ProblemCode[];
  /** Some resolved versions: an exact version, or `line('3.17')` for the newest patch of a line. */
  resolved?: Record<string, string | { line: string }>;
  /** The implicit packages (install-only requirements without a node) and who pulls each in: exact. */
  implicit?: Record<string, string[]>;
  /** The exact number of problems. */
  count?: number;
  /** The problem to look at: its code, message and fix. */
  problem?: { code: ProblemCode; message?: string | RegExp; fix?: string | RegExp | null; alternatives?: string[] };
  /** Codes after applying that problem's fix (exact set). */
  afterFix?: ProblemCode[];
  /** More assertions on the fixed diagram. */
  fixed?: (diagram: Diagram) => void;
}

const T = {
  dj32: { target: { django: '3.2', python: '3.8' } },
  dj40: { target: { django: '4.0', python: '3.10' } },
  dj42: { target: { django: '4.2', python: '3.12' } },
  dj52: { target: { django: '5.2', python: '3.12' } },
  dj60: { target: { django: '6.0', python: '3.12' } },
} satisfies Record<string, StackOptions>;

/** Any release of a minor line: the catalog adds patch releases as they ship. */
const line = (minor: string) => ({ line: minor });

/** The newest release of a minor line, read from the catalog (so new patch releases need no test edit). */
function newestOfLine(name: string, minor: string): string | undefined {
  return catalogIndex(catalog)
    .packages.get(name)
    ?.releases.find((release) => release.version === minor || release.version.startsWith(`${minor}.`))?.version;
}

const edgeList = (diagram: Diagram) =>
  diagram.edges.map((e) => `${e.source}.${e.sourcePort}->${e.target}.${e.targetPort}`);

const ROWS: Row[] = [
  // Resolution on each target
  {
    name: 'DRF and knox on Django 4.2 take their newest fitting releases',
    stack: ['django', 'djangorestframework', 'django-rest-knox'],
    options: T.dj42,
    codes: [],
    resolved: { django: line('4.2'), djangorestframework: line('3.17'), 'django-rest-knox': line('5.0') },
  },
  {
    name: 'DRF on Django 3.2 / Python 3.8 stays on 3.14',
    stack: ['django', 'djangorestframework'],
    options: T.dj32,
    codes: [],
    resolved: { django: line('3.2'), djangorestframework: line('3.14') },
  },
  {
    name: 'DRF on Django 5.2 takes 3.18',
    stack: ['django', 'djangorestframework'],
    options: T.dj52,
    codes: [],
    resolved: { django: line('5.2'), djangorestframework: line('3.18') },
  },
  {
    name: 'DRF on Django 6.0 takes 3.18 and Django 6.0.5',
    stack: ['django', 'djangorestframework'],
    options: T.dj60,
    codes: [],
    resolved: { django: line('6.0'), djangorestframework: line('3.18') },
  },
  {
    name: 'allauth on Django 3.2 takes the last 0.x line that supports it',
    stack: ['django', 'django-allauth'],
    options: T.dj32,
    codes: [],
    resolved: { 'django-allauth': line('0.63') },
  },
  {
    name: 'allauth on Django 5.2 / Python 3.12 takes 65.16.1',
    stack: ['django', 'django-allauth'],
    options: T.dj52,
    codes: [],
    resolved: { 'django-allauth': line('65.16') },
  },
  {
    name: 'the Celery family on Django 4.2 resolves together',
    stack: ['django', 'celery', 'django-celery-beat', 'django-celery-results', 'redis-server'],
    options: T.dj42,
    codes: [],
    // celery 5.7.0's metadata could not be read here: the resolver prefers 5.6, whose metadata was read.
    resolved: { celery: line('5.6'), 'django-celery-beat': line('2.9'), 'django-celery-results': line('2.6') },
  },
  {
    name: 'simplejwt with a pinned DRF 3.13.1 on Django 4.0',
    stack: ['django', 'djangorestframework', 'djangorestframework-simplejwt'],
    options: { ...T.dj40, pins: { djangorestframework: '3.13.1' } },
    codes: [],
    resolved: { djangorestframework: '3.13.1', 'djangorestframework-simplejwt': line('5.2') },
  },
  {
    name: 'only backtracking finds it: celery pinned to 5.2.6 pushes django-celery-results back to 2.4.0',
    stack: ['django', 'celery', 'django-celery-results', 'redis-server'],
    options: { ...T.dj40, pins: { celery: '5.2.6' } },
    codes: [],
    resolved: { celery: '5.2.6', 'django-celery-results': line('2.4') },
  },
  {
    name: 'a pin to an unlisted patch release uses its minor line',
    stack: ['django', 'djangorestframework'],
    options: { ...T.dj52, pins: { djangorestframework: '3.16.0' } },
    codes: [],
    resolved: { djangorestframework: '3.16.0' },
  },

  // unsupported-target
  {
    // Issue 11: classifiers are what maintainers tested; pip installs knox on 5.2 (a warning).
    name: 'knox on Django 5.2 is undeclared: a warning saying what it declares',
    stack: ['django', 'djangorestframework', 'django-rest-knox'],
    options: T.dj52,
    codes: ['undeclared-target'],
    problem: {
      code: 'undeclared-target',
      message:
        /^django-rest-knox 5\.\d+\.\d+ declares Django [^ ]+ \(its classifiers\), not Django 5\.2; pip will install it/,
      fix: null,
    },
  },
  {
    name: 'django-configurations on Django 5.2 is undeclared, not unsupported',
    stack: ['django', 'django-configurations'],
    options: T.dj52,
    codes: ['undeclared-target'],
    problem: { code: 'undeclared-target', message: /declares Django >=3\.2,<5\.1,!=4\.0\.\*/ },
  },
  {
    // 0.30.0 (Debian's build of it) declares Django 6.0; before it, the catalog lagged PyPI here.
    name: 'drf-spectacular 0.30.0 is the OpenAPI generator for Django 6.0',
    stack: ['django', 'djangorestframework', 'drf-spectacular'],
    options: T.dj60,
    codes: [],
    resolved: { 'drf-spectacular': line('0.30') },
  },
  {
    name: 'Django 6.0 needs Python 3.12: the django node says so',
    stack: ['django'],
    options: { target: { django: '6.0', python: '3.10' } },
    problem: {
      code: 'unsupported-target',
      message: /^Django 6\.0 cannot be installed for Python 3\.10: .*needs Python >=3\.12/,
      fix: 'Set the target to Django 5.2',
      alternatives: ['Set the target to Python 3.12'],
    },
    afterFix: [],
  },
  {
    name: 'djangorestframework-jwt on Django 4.2 offers simplejwt first',
    stack: ['django', 'djangorestframework', 'djangorestframework-jwt'],
    options: T.dj42,
    codes: ['undeclared-target', 'deprecated'],
    problem: { code: 'deprecated', fix: 'Replace with djangorestframework-simplejwt' },
    afterFix: [],
    fixed: (d) => expect(edgeList(d)).toContain('djangorestframework-simplejwt.auth->djangorestframework-1.auth'),
  },
  {
    name: 'django-rest-swagger on Django 4.2 offers drf-spectacular',
    stack: ['django', 'djangorestframework', 'django-rest-swagger'],
    options: T.dj42,
    problem: { code: 'unsupported-target', fix: 'Replace with drf-spectacular' },
    afterFix: [],
  },

  // deprecated / unmaintained
  {
    name: 'djangorestframework-jwt is deprecated in favour of simplejwt',
    stack: ['django', 'djangorestframework', 'djangorestframework-jwt'],
    options: T.dj42,
    problem: {
      code: 'deprecated',
      message: /^djangorestframework-jwt is deprecated\. .*Replace it with djangorestframework-simplejwt\.$/,
      fix: 'Replace with djangorestframework-simplejwt',
    },
    afterFix: [],
  },
  {
    name: 'django-rest-swagger is deprecated: replace with spectacular keeps the docs wire',
    stack: ['django', 'djangorestframework', 'django-rest-swagger'],
    options: T.dj42,
    problem: {
      code: 'deprecated',
      message: /Replace it with drf-spectacular or drf-yasg\.$/,
      fix: 'Replace with drf-spectacular',
      alternatives: ['Replace with drf-yasg'],
    },
    afterFix: [],
    fixed: (d) => {
      expect(edgeList(d)).toContain('drf-spectacular.docs->djangorestframework-1.docs');
      expect(d.nodes.map((n) => n.package)).not.toContain('django-rest-swagger');
    },
  },
  {
    name: 'django-celery is deprecated: replace with celery keeps the broker and tasks wires',
    stack: ['django', 'django-celery', 'redis-server'],
    options: T.dj42,
    problem: {
      code: 'deprecated',
      fix: 'Replace with celery',
      alternatives: ['Replace with django-celery-results', 'Replace with django-celery-beat'],
    },
    afterFix: [],
    fixed: (d) =>
      expect(edgeList(d)).toEqual(
        expect.arrayContaining(['redis-server-1.broker->celery.broker', 'celery.tasks->django-1.tasks']),
      ),
  },
  // Install-only requirements: pip installs them, nobody wires them, so they need no node.
  {
    name: 'channels-redis pulls in the redis client without a node',
    stack: ['django', 'channels', 'channels-redis', 'redis-server'],
    options: T.dj52,
    codes: [],
    implicit: { msgpack: ['channels-redis'], redis: ['channels-redis'] },
    resolved: { 'channels-redis': line('4.3'), redis: line('8.1') },
  },
  {
    name: 'django-redis on Django 5.2 resolves redis as an implicit package, no missing-requirement',
    stack: ['django', 'django-redis', 'redis-server'],
    options: T.dj52,
    codes: [],
    implicit: { redis: ['django-redis'] },
    resolved: { 'django-redis': line('7.0'), redis: line('8.1') },
  },
  {
    name: 'django-redis without a Redis server misses the service, not the redis client',
    stack: ['django', 'django-redis'],
    options: T.dj52,
    count: 1,
    implicit: { redis: ['django-redis'] },
    problem: {
      code: 'missing-requirement',
      message: /^django-redis needs a Redis and nothing on the canvas provides one\./,
      fix: 'Add redis-server and wire it',
    },
    afterFix: [],
  },
  {
    name: 'django-redis pinned to 5.2.0 on Django 4.0 keeps redis off 4.0.0 and 4.0.1 (its own specifier)',
    stack: ['django', 'django-redis', 'redis-server'],
    options: { ...T.dj40, pins: { 'django-redis': '5.2.0' } },
    codes: [],
    // redis-py requires async-timeout where python_full_version < "3.11.3": the target is 3.10.
    implicit: { redis: ['django-redis'], 'async-timeout': ['redis'] },
    resolved: { 'django-redis': '5.2.0', redis: line('8.1') },
  },
  {
    name: 'django-rq, cacheops and django-redis share one implicit redis',
    stack: ['django', 'django-rq', 'django-cacheops', 'django-redis', 'redis-server'],
    options: T.dj52,
    codes: [],
    // rq's own requirements come along transitively (click, croniter, croniter's python-dateutil, its six).
    implicit: {
      click: ['rq'],
      croniter: ['rq'],
      funcy: ['django-cacheops'],
      'python-dateutil': ['croniter'],
      rq: ['django-rq'],
      redis: ['django-cacheops', 'django-redis', 'django-rq', 'rq'],
      six: ['python-dateutil'],
    },
  },
  {
    name: 'wagtail installs taggit, treebeard, DRF and django-filter implicitly, honouring its ranges',
    stack: ['django', 'wagtail'],
    options: T.dj52,
    // django-taggit 6.1.0 declares Django up to 5.0 only (issue 11's example): a warning.
    codes: ['undeclared-target'],
    implicit: {
      'django-filter': ['wagtail'],
      'django-modelcluster': ['wagtail'],
      'django-stubs-ext': ['django-tasks'],
      'django-permissionedforms': ['wagtail'],
      'django-taggit': ['wagtail'],
      'django-tasks': ['wagtail'],
      'django-treebeard': ['wagtail'],
      djangorestframework: ['wagtail'],
    },
    // wagtail 7.4 requires django-treebeard >=4.8,<6.0: the newest 5.x, not 7.0.
    resolved: { wagtail: line('7.4'), 'django-treebeard': line('5.3'), djangorestframework: line('3.18') },
  },
  {
    name: 'django-dramatiq needs dramatiq as a wiring partner (dramatiq provides its tasks input)',
    stack: ['django', 'django-dramatiq', 'redis-server'],
    options: T.dj52,
    // One error: the empty tasks input is the same gap, and this fix fills it.
    codes: ['missing-requirement', 'undeclared-target'],
    implicit: {},
    problem: {
      code: 'missing-requirement',
      message: /^django-dramatiq requires dramatiq \(>=[\d.]+\), which is not on the canvas\.$/,
      fix: 'Add dramatiq and wire it',
    },
    afterFix: ['undeclared-target'],
    fixed: (d) => expect(edgeList(d)).toContain('dramatiq.tasks->django-dramatiq-1.tasks'),
  },
  {
    name: 'django-fsm is unmaintained: django-fsm-2 takes over its state wire',
    stack: ['django', 'django-fsm'],
    options: T.dj42,
    // 3.0.1's classifiers leave out 4.2: a warning.
    codes: ['unmaintained', 'undeclared-target'],
    problem: {
      code: 'unmaintained',
      message: /^django-fsm is unmaintained\. .*Replace it with django-fsm-2\.$/,
      fix: 'Replace with django-fsm-2',
    },
    // django-fsm-2 4.2.x requires django-stubs-ext unpinned: pip takes 6.1.2, whose classifiers
    // declare Django 5.2-6.1 only (a warning, not an error: its requirements allow 4.2).
    afterFix: ['undeclared-target'],
    fixed: (d) => expect(edgeList(d)).toEqual(['django-fsm-2.state->django-1.state']),
  },
  {
    name: 'django-fsm on Django 5.2 is both undeclared and unmaintained; the successor is the fix',
    stack: ['django', 'django-fsm'],
    options: T.dj52,
    codes: ['undeclared-target', 'unmaintained'],
    problem: { code: 'unmaintained', fix: 'Replace with django-fsm-2' },
    afterFix: [],
  },

  // conflict
  {
    name: 'django-fsm and django-fsm-2 both install django_fsm',
    stack: ['django', 'django-fsm', 'django-fsm-2'],
    options: T.dj42,
    problem: {
      code: 'conflict',
      message: /^django-fsm and django-fsm-2 conflict: Both install the top-level django_fsm module/,
      fix: 'Remove django-fsm-2',
      alternatives: ['Remove django-fsm'],
    },
    afterFix: ['undeclared-target', 'unmaintained'],
  },
  {
    name: 'psycopg2 and psycopg2-binary install the same module',
    stack: ['django', 'psycopg2', 'psycopg2-binary', 'postgresql'],
    options: T.dj52,
    problem: {
      code: 'conflict',
      message: /^psycopg2 and psycopg2-binary conflict: Both distributions install the same psycopg2 module/,
      fix: 'Remove psycopg2-binary',
    },
    afterFix: [],
  },

  // no-solution
  {
    name: 'pinned django-allauth 0.51.0 on Django 5.2 is undeclared; the fix pins a release that declares it',
    stack: ['django', 'django-allauth'],
    options: { ...T.dj52, pins: { 'django-allauth': '0.51.0' } },
    codes: ['undeclared-target'],
    problem: {
      code: 'undeclared-target',
      message:
        /^django-allauth 0\.51\.0 declares Django >=2\.0,<4\.1 \(its classifiers\), not Django 5\.2; pip will install it/,
      fix: /^Pin django-allauth==/,
    },
  },
  {
    // An older django-celery-results accepts celery 5.2.6: pip installs it, undeclared on 5.2.
    name: 'celery pinned to 5.2.6 with results on Django 5.2 takes an older, undeclared results release',
    stack: ['django', 'celery', 'django-celery-results', 'redis-server'],
    options: { ...T.dj52, pins: { celery: '5.2.6' } },
    codes: ['undeclared-target'],
  },
  {
    name: 'a pinned DRF 3.14.0 on Django 4.2 is undeclared; simplejwt takes a release that accepts it',
    stack: ['django', 'djangorestframework', 'djangorestframework-simplejwt'],
    options: { ...T.dj42, pins: { djangorestframework: '3.14.0' } },
    codes: ['undeclared-target'],
    problem: { code: 'undeclared-target', message: /^djangorestframework 3\.14\.0 declares Django >=3\.0,<4\.2/ },
  },

  {
    name: 'a django node pinned to another line than the target',
    stack: ['django', 'djangorestframework'],
    options: { ...T.dj52, pins: { django: '4.2.30' } },
    codes: ['no-solution'],
    problem: {
      code: 'no-solution',
      message:
        'Pinned django==4.2.30 is Django 4.2, but the target is Django 5.2 / Python 3.12: remove the pin or change the target.',
      fix: 'Remove the pin django==4.2.30',
    },
    afterFix: [],
  },

  // missing-requirement
  {
    name: 'knox without DRF asks to add DRF and wires it',
    stack: ['django', 'django-rest-knox'],
    options: T.dj42,
    // knox's auth plugs into DRF: a wiring partner, never installed behind the user's back.
    implicit: {},
    problem: {
      code: 'missing-requirement',
      message: 'django-rest-knox requires djangorestframework, which is not on the canvas.',
      fix: 'Add djangorestframework and wire it',
    },
    afterFix: [],
    fixed: (d) =>
      expect(edgeList(d)).toEqual(
        expect.arrayContaining([
          'django-rest-knox-1.auth->djangorestframework.auth',
          'djangorestframework.api->django-1.api',
        ]),
      ),
  },
  {
    name: 'celery-beat without celery asks for celery',
    stack: ['django', 'django-celery-beat'],
    options: T.dj42,
    problem: {
      code: 'missing-requirement',
      message: 'django-celery-beat requires celery (>=5.2.3,<6.0), which is not on the canvas.',
      fix: 'Add celery and wire it',
    },
  },
  {
    name: 'celery without a broker asks for Redis and wires it',
    stack: ['django', 'celery'],
    options: T.dj42,
    problem: {
      code: 'missing-requirement',
      message: /^celery needs a Broker and nothing on the canvas provides one\. Add one, for example redis-server/,
      fix: 'Add redis-server and wire it',
    },
    afterFix: [],
    fixed: (d) => expect(edgeList(d)).toContain('redis-server.broker->celery-1.broker'),
  },
  {
    name: 'channels-redis needs a Redis service',
    stack: ['django', 'channels', 'channels-redis', 'redis'],
    options: T.dj52,
    problem: { code: 'missing-requirement', fix: 'Add redis-server and wire it' },
    afterFix: [],
  },
  {
    name: 'psycopg needs a PostgreSQL server',
    stack: ['django', 'psycopg'],
    options: T.dj52,
    problem: { code: 'missing-requirement', fix: 'Add postgresql and wire it' },
    afterFix: [],
  },
  {
    // Issue 11: its own requirements pull DRF in; only wiring partners must be on the canvas.
    name: 'drf-spectacular without DRF is no problem: DRF is installed implicitly',
    stack: ['django', 'drf-spectacular'],
    options: T.dj52,
    codes: [],
    implicit: { djangorestframework: ['drf-spectacular'] },
  },

  // unfilled-role / duplicate-role / bad-edge
  {
    name: 'celery next to an unwired Redis asks to connect it',
    stack: ['django', 'celery', 'redis-server'],
    options: { ...T.dj42, unwired: true },
    codes: ['unfilled-role'],
    problem: {
      code: 'unfilled-role',
      message: 'celery needs a Broker, but its Broker input is not connected: connect redis-server.',
      fix: 'Connect redis-server',
    },
    afterFix: [],
  },
  {
    name: 'two schema generators on one API are one too many',
    stack: ['django', 'djangorestframework', 'drf-spectacular', 'drf-yasg'],
    options: { ...T.dj42, unwired: true },
    edges: [
      {
        source: 'drf-spectacular-1',
        sourcePort: 'docs',
        target: 'djangorestframework-1',
        targetPort: 'docs',
        role: 'docs',
      },
      { source: 'drf-yasg-1', sourcePort: 'docs', target: 'djangorestframework-1', targetPort: 'docs', role: 'docs' },
    ],
    codes: ['duplicate-role'],
    problem: {
      code: 'duplicate-role',
      message: 'djangorestframework takes one API docs, but 2 are connected: drf-spectacular and drf-yasg.',
      fix: 'Keep only drf-spectacular',
      alternatives: ['Keep only drf-yasg'],
    },
    // drf-yasg, now wired nowhere, is spare: wrong-host offers to remove it.
    afterFix: ['wrong-host'],
  },
  {
    name: 'a hand-edited edge from knox into the cache input is refused',
    stack: ['django', 'djangorestframework', 'django-rest-knox'],
    options: T.dj42,
    edges: [
      { source: 'django-rest-knox-1', sourcePort: 'auth', target: 'django-1', targetPort: 'cache', role: 'auth' },
    ],
    codes: ['bad-edge'],
    problem: {
      code: 'bad-edge',
      message:
        "django-rest-knox provides Auth, but the connection ends at django's Cache input: only ports of the same role connect.",
      fix: 'Remove this connection',
    },
    afterFix: [],
  },
  {
    name: 'an edge from a port the package does not have',
    stack: ['django', 'whitenoise'],
    options: T.dj52,
    edges: [{ source: 'whitenoise-1', sourcePort: 'cache', target: 'django-1', targetPort: 'cache', role: 'cache' }],
    problem: {
      code: 'bad-edge',
      message: 'whitenoise has no "cache" output, but a connection to django starts there.',
    },
    afterFix: [],
  },

  // bad-pin / unknown-package
  {
    name: 'a pin that is not a version',
    stack: ['django', 'djangorestframework'],
    options: { ...T.dj52, pins: { djangorestframework: 'latest' } },
    codes: ['bad-pin'],
    problem: {
      code: 'bad-pin',
      message: 'The pin "latest" on djangorestframework is not a version (PEP 440): it is ignored.',
      fix: 'Remove the pin',
    },
    afterFix: [],
  },
  {
    name: 'a pin to a release the catalog does not know',
    stack: ['django', 'djangorestframework'],
    options: { ...T.dj52, pins: { djangorestframework: '9.9.9' } },
    codes: ['bad-pin'],
    resolved: { djangorestframework: '9.9.9' },
    problem: {
      code: 'bad-pin',
      fix: `Pin ${catalogIndex(catalog).packages.get('djangorestframework')!.releases[0]!.version}`,
      alternatives: ['Remove the pin'],
    },
    afterFix: [],
  },
  {
    name: 'a pinned service',
    stack: ['django', 'celery', 'redis-server'],
    options: { ...T.dj52, pins: { 'redis-server': '7.2' } },
    codes: ['bad-pin'],
    problem: { code: 'bad-pin', fix: 'Remove the pin' },
    afterFix: [],
  },
  {
    name: 'an unknown package is kept with a warning',
    stack: ['django', 'django-not-in-catalog'],
    options: T.dj52,
    codes: ['unknown-package'],
    problem: { code: 'unknown-package', fix: null },
    resolved: { django: line('5.2') },
  },

  // whole stacks
  {
    name: 'a realistic API stack on Django 5.2 has no errors',
    stack: [
      'django',
      'djangorestframework',
      'djangorestframework-simplejwt',
      'drf-spectacular',
      'django-filter',
      'django-cors-headers',
      'celery',
      'django-celery-beat',
      'django-celery-results',
      'redis-server',
      'django-redis',
      'redis',
      'psycopg',
      'postgresql',
      'whitenoise',
      'sentry-sdk',
      'gunicorn',
    ],
    options: T.dj52,
    codes: [],
    // django-redis: 7.0.0 alone and in smaller stacks; 6.0.0 in this one (open question, see the branch report).
    resolved: { djangorestframework: line('3.18'), 'drf-spectacular': line('0.30') },
  },
  {
    name: 'the same stack on Django 3.2 / Python 3.8 moves to older lines',
    stack: [
      'django',
      'djangorestframework',
      'djangorestframework-simplejwt',
      'drf-spectacular',
      'celery',
      'django-celery-beat',
      'redis-server',
    ],
    options: T.dj32,
    codes: [],
    resolved: {
      djangorestframework: line('3.14'),
      'djangorestframework-simplejwt': line('5.3'),
      'django-celery-beat': line('2.9'),
    },
  },
];

function build(row: Row): Diagram {
  const diagram = stackOf(catalog, ...row.stack, row.options ?? {});
  (row.edges ?? []).forEach((edge, i) => diagram.edges.push({ id: `hand-${i}`, ...edge }));
  return diagram;
}

// The end-of-life warning depends on today's date and the targets here are chosen for their
// packages, many on lines past their support: it has its own tests (issue-11.test.ts).
const codesOf = (problems: Problem[]) =>
  [...new Set(problems.map((p) => p.code))].filter((code) => code !== 'end-of-life-target').sort();

describe('analyze with the real catalog', () => {
  it('has at least 40 scenarios', () => expect(ROWS.length).toBeGreaterThanOrEqual(40));

  it.each(ROWS)('$name', (row) => {
    const diagram = build(row);
    const { problems, resolution } = analyze(diagram, catalog);
    if (row.codes) expect(codesOf(problems), problems.map((p) => p.message).join('\n')).toEqual([...row.codes].sort());
    if (row.count !== undefined) expect(problems, problems.map((p) => p.message).join('\n')).toHaveLength(row.count);
    if (row.implicit) expect(resolution.implicit).toEqual(row.implicit);
    for (const [name, version] of Object.entries(row.resolved ?? {})) {
      if (typeof version === 'string') expect(resolution.packages[name], name).toBe(version);
      else
        expect(resolution.packages[name], name).toBe(newestOfLine(name, version.line) ?? `a ${version.line} release`);
    }
    if (!row.problem) return;
    const problem = problems.find((p) => p.code === row.problem!.code);
    expect(problem, `a ${row.problem.code} problem among: ${problems.map((p) => p.message).join(' | ')}`).toBeDefined();
    if (row.problem.message instanceof RegExp) expect(problem!.message).toMatch(row.problem.message);
    else if (row.problem.message) expect(problem!.message).toBe(row.problem.message);
    if (row.problem.fix instanceof RegExp) expect(problem!.fix?.label).toMatch(row.problem.fix);
    else if (row.problem.fix !== undefined) expect(problem!.fix?.label ?? null).toBe(row.problem.fix);
    if (row.problem.alternatives) expect(problem!.alternatives?.map((f) => f.label)).toEqual(row.problem.alternatives);
    if (row.afterFix || row.fixed) {
      const fixed = applyFix(diagram, catalog, problem!.fix!);
      if (row.afterFix) {
        const after = analyze(fixed, catalog).problems;
        expect(codesOf(after), after.map((p) => p.message).join('\n')).toEqual([...row.afterFix].sort());
      }
      row.fixed?.(fixed);
    }
  });

  it('every package × every Django line: the resolved release fits the target at the level reported, and the one-package export lists its apps', () => {
    const index = catalogIndex(catalog);
    const settingsFiles: { key: string; apps: string[]; content: string }[] = [];
    for (const django of index.djangoMinors) {
      for (const pkg of catalog.packages) {
        if (pkg.kind !== 'python' || pkg.name === 'django') continue;
        const where = `${pkg.name} on Django ${django}`;
        const target = { django, python: django >= '6' ? '3.12' : '3.10' };
        const diagram = stackOf(catalog, 'django', pkg.name, { target, unwired: true });
        const { resolution, problems } = analyze(diagram, catalog);
        const naming = problems.filter((p) => p.packages.includes(pkg.name));
        const version = resolution.packages[pkg.name];
        if (version === undefined) {
          expect(
            naming.some((p) => p.severity === 'error' && p.message.length > 20),
            `${where}: unresolved without an error naming it`,
          ).toBe(true);
          continue;
        }
        const release = pkg.releases.find((r) => r.version === version);
        expect(release, `${where}: resolved to ${version}, a release the catalog lists`).toBeDefined();
        // pip refuses a release outside its Requires-Python: the resolver must never pick one.
        expect(fits(target.python, release!.python), `${where}: ${version} allows Python ${target.python}`).toBe(true);
        // A release that does not declare the target is allowed, but only with a warning that says so.
        if (!fits(django, release!.django))
          expect(
            naming.some((p) => p.severity !== 'info'),
            `${where}: ${version} declares Django ${release!.django} without a problem saying so`,
          ).toBe(true);
        const apps = pkg.apps.filter((app) => fits(version, app.versions)).map((app) => app.label);
        let files;
        try {
          files = exportProjectFiles(stackOf(catalog, 'django', pkg.name, { target }), catalog, {
            projectName: 'proof',
            random: (n) => new Uint8Array(n),
          });
        } catch (error) {
          // An export refused with a clear message is an outcome, as long as the check reported an error.
          expect(error, where).toBeInstanceOf(ExportError);
          expect(
            naming.some((p) => p.severity === 'error'),
            `${where}: export refused without an error`,
          ).toBe(true);
          continue;
        }
        const settings = files.find((f) => f.path === 'proof/settings.py');
        expect(settings, `${where}: settings.py`).toBeDefined();
        settingsFiles.push({ key: where, apps, content: settings!.content });
      }
    }
    // Most packages resolve and export on most lines: a handful would mean the loop proves nothing.
    expect(settingsFiles.length).toBeGreaterThan(catalog.packages.length);
    expect(settingsFiles.filter((f) => f.apps.length > 0).length).toBeGreaterThan(catalog.packages.length);
    const parsed = installedAppsOf(settingsFiles.map((f) => f.content));
    settingsFiles.forEach((file, i) => {
      const result = parsed[i]!;
      expect(result.error, `${file.key}: settings.py does not parse`).toBeNull();
      for (const app of file.apps) expect(result.apps, `${file.key}: INSTALLED_APPS`).toContain(app);
    });
  });

  it('keeps problem keys stable when an unrelated fix is applied', () => {
    const diagram = stackOf(catalog, 'django', 'django-rest-knox', 'django-fsm', 'celery', T.dj42);
    const before = analyze(diagram, catalog).problems;
    const knox = before.find((p) => p.code === 'missing-requirement' && p.packages.includes('djangorestframework'))!;
    const after = analyze(applyFix(diagram, catalog, knox.fix!), catalog).problems.map((p) => p.key);
    expect(after).toEqual(before.filter((p) => p !== knox).map((p) => p.key));
  });

  it('replacing a node keeps its place and lets the old file order stand', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'django-rest-swagger', 'django-filter', T.dj42);
    const problem = analyze(diagram, catalog).problems.find((p) => p.code === 'deprecated')!;
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(fixed.nodes.map((n) => n.id)).toEqual([
      'django-1',
      'djangorestframework-1',
      'drf-spectacular',
      'django-filter-1',
    ]);
    expect(nodeOf(fixed, 'drf-spectacular').position).toEqual(nodeOf(diagram, 'django-rest-swagger').position);
  });
});
