/**
 * A diagram crafted to inject code must give Python that parses and only assigns values: every
 * diagram value reaches the generated files through pyLiteral / pyComment. Property-based: fast-check
 * builds hostile option values, pins, targets and package names; one Python process per batch
 * parses the files (`ast.parse`) and returns their shape with every constant blanked, which must
 * equal the shape of the same stack with harmless values.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogPackage } from '../../catalog/schema';
import { Catalog, defaultCatalog } from '../catalog/catalog';
import { emptyDiagram, type Diagram, type JsonValue } from '../diagram/model';
import { parseRequirements } from '../requirements/parse';
import { exportPreviewFiles } from './project';
import { projectNameProblem } from './python/identifier';
import { pyLiteral } from './python/literal';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const PYTHON = process.env.DJSTACK_PYTHON ?? '/usr/bin/python3';
const REQUIRE = process.env.DJSTACK_REQUIRE_DJANGO === '1';
const hasPython = spawnSync(PYTHON, ['-c', 'import ast'], { encoding: 'utf8' }).status === 0;

/** Parses each source; returns its AST dump with constants blanked, or the syntax error. */
const SHAPE_SCRIPT = `
import ast, json, sys
class Blank(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(value='#')
    def visit_JoinedStr(self, node):
        return ast.Constant(value='#')
out = []
for source in json.load(sys.stdin):
    try:
        tree = ast.parse(source)
        kinds = sorted({type(statement).__name__ for statement in tree.body})
        out.append({'shape': ast.dump(Blank().visit(tree)), 'kinds': kinds})
    except SyntaxError as error:
        out.append({'error': str(error)})
print(json.dumps(out))
`;

function shapes(sources: string[]): ({ shape: string; kinds: string[] } | { error: string })[] {
  const result = spawnSync(PYTHON, ['-c', SHAPE_SCRIPT], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const source = [{ url: 'https://example.org/', covers: 'test data' }];
const release = [{ version: '1.0', date: '2024-01-01', django: '', python: '' }];
const synthetic = (
  name: string,
  options: { key: string; type: 'string' | 'integer' | 'boolean' }[],
  extra: Record<string, unknown> = {},
) =>
  CatalogPackage.parse({
    name,
    kind: 'python',
    title: name,
    summary: 's',
    links: {},
    status: { state: 'maintained' },
    releases: release,
    sources: source,
    options: options.map((o) => ({
      ...o,
      label: o.key,
      // A stand-in setting name: these synthetic packages only test escaping.
      setting: o.key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase(),
      default: o.type === 'string' ? '' : o.type === 'integer' ? 1 : false,
    })),
    ...extra,
  });

/** The real catalog, plus stand-ins for packages with free-text options not (yet) in it. */
const real = defaultCatalog();
const stand = [
  synthetic(
    'drf-spectacular',
    [
      { key: 'title', type: 'string' },
      { key: 'description', type: 'string' },
      { key: 'version', type: 'string' },
    ],
    { provides: [{ role: 'docs' }] },
  ),
  synthetic('drf-yasg', [{ key: 'title', type: 'string' }]),
  synthetic('djangorestframework', [{ key: 'pageSize', type: 'integer' }], {
    needs: [{ role: 'auth' }, { role: 'docs' }],
    provides: [{ role: 'api' }],
  }),
  synthetic(
    'djangorestframework-simplejwt',
    [
      { key: 'authHeaderType', type: 'string' },
      { key: 'accessMinutes', type: 'integer' },
    ],
    { provides: [{ role: 'auth' }] },
  ),
  synthetic('django-allauth', [{ key: 'emailVerification', type: 'string' }]),
  synthetic('django-redis', [{ key: 'keyPrefix', type: 'string' }]),
  synthetic('celery', [{ key: 'taskTimeLimit', type: 'integer' }]),
].filter((pkg) => !real.get(pkg.name));
const catalog = new Catalog([...real.packages, ...stand], real.roles);

const STACK = [
  'django',
  'djangorestframework',
  'drf-spectacular',
  'drf-yasg',
  'djangorestframework-simplejwt',
  'django-allauth',
  'django-redis',
  'celery',
  'django-storages',
  'django-cors-headers',
  'channels',
  'sentry-sdk',
  'django-debug-toolbar',
  'django-rest-knox',
  'django-configurations',
  'wagtail',
  'dj-rest-auth',
  'django-dramatiq',
  'dramatiq',
  'django-constance',
  'psycopg',
  'postgresql',
];

function stack(
  values: (key: string, type: string) => JsonValue,
  pin?: string,
  target = { django: '3.2', python: '3.11' },
  classBased = false,
): Diagram {
  const diagram = emptyDiagram(target);
  const names = classBased ? STACK : STACK.filter((name) => name !== 'django-configurations');
  diagram.nodes = names.map((name) => {
    const pkg = catalog.get(name)!;
    const options = Object.fromEntries(pkg.options.map((o) => [o.key, values(o.key, o.type)]));
    return { id: name, package: name, position: { x: 0, y: 0 }, options, ...(pin ? { pin } : {}) };
  });
  diagram.edges = [
    {
      id: 'e1',
      source: 'drf-spectacular',
      sourcePort: 'docs',
      target: 'djangorestframework',
      targetPort: 'docs',
      role: 'docs',
    },
    {
      id: 'e2',
      source: 'djangorestframework-simplejwt',
      sourcePort: 'auth',
      target: 'djangorestframework',
      targetPort: 'auth',
      role: 'auth',
    },
  ];
  return diagram;
}

const pythonFiles = (diagram: Diagram) =>
  exportPreviewFiles(diagram, catalog, { projectName: 'shop', random: (n) => new Uint8Array(n) }).filter(
    (f) => f.language === 'python',
  );

/** Text built to break out of a literal or a comment. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "'",
    '"',
    "'''",
    '"""',
    '\\',
    "\\'",
    '\n',
    '\r\nimport os',
    "');import os;('",
    '\u2028',
    '\u0000',
    '#',
    '{',
    '}',
    'f"{os.system(1)}"',
    '\ud800',
    '😀',
    'x\\\nimport os',
  ),
  fc
    .array(fc.constantFrom("'", '\\', '\n', 'a', '\u0085', '\x0c', '"', '#', 'é'), { maxLength: 20 })
    .map((parts) => parts.join('')),
);

describe.skipIf(!hasPython && !REQUIRE)(`generated Python is safe against hostile diagrams (${PYTHON})`, () => {
  it('has a Python interpreter to parse with', () => expect(hasPython).toBe(true));

  it.each([
    ['a settings module', false],
    ['django-configurations classes', true],
  ])('hostile option values only ever become constants in %s: same AST shape as harmless ones', (_name, classBased) => {
    // One row per shape of settings: the registry counts the runs of each.
    expect(['a settings module', 'django-configurations classes']).toHaveLength(
      FUZZ_RUNS.pythonOptionShapes.properties,
    );
    const harmless = stack(
      (_key, type) => (type === 'string' ? 'x' : type === 'integer' ? 1 : true),
      undefined,
      undefined,
      classBased,
    );
    const baseline = shapes(pythonFiles(harmless).map((f) => f.content));
    for (const s of baseline) expect(s).not.toHaveProperty('error');
    const allowed = new Set(['Import', 'ImportFrom', 'Assign', 'FunctionDef', 'Expr', 'If', 'ClassDef']);
    for (const s of baseline) for (const kind of (s as { kinds: string[] }).kinds) expect(allowed).toContain(kind);

    const samples = fc.sample(fc.array(hostile, { minLength: 8, maxLength: 8 }), {
      numRuns: FUZZ_RUNS.pythonOptionShapes.runs,
      seed: classBased ? 5 : 4,
    });
    const sources: string[] = [];
    for (const texts of samples) {
      let i = 0;
      const diagram = stack(
        (_key, type) => (type === 'string' ? texts[i++ % texts.length]! : type === 'integer' ? 1 : true),
        undefined,
        undefined,
        classBased,
      );
      sources.push(...pythonFiles(diagram).map((f) => f.content));
    }
    const results = shapes(sources);
    const perStack = baseline.length;
    results.forEach((result, index) => {
      expect(result, `sample ${Math.floor(index / perStack)} file ${index % perStack}`).toEqual(
        baseline[index % perStack],
      );
    });
    expect(results.length).toBe(samples.length * perStack);
  });

  it('hostile pins, targets and project names give parseable files or a refusal, never code', () => {
    const samples = fc.sample(fc.tuple(hostile, hostile, hostile), {
      numRuns: FUZZ_RUNS.pythonPinsTargetsNames.runs,
      seed: 7,
    });
    const sources: string[] = [];
    for (const [pin, django, name] of samples) {
      const diagram = stack(() => 'x', pin, { django, python: '3.11' });
      sources.push(...pythonFiles(diagram).map((f) => f.content));
      if (projectNameProblem(name) === null) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      else
        expect(() =>
          exportPreviewFiles(diagram, catalog, { projectName: name, random: (n) => new Uint8Array(n) }),
        ).toThrow();
    }
    for (const result of shapes(sources)) expect(result).not.toHaveProperty('error');
  });

  it('pyLiteral round-trips any string through Python', () => {
    const texts = fc.sample(fc.string({ unit: 'binary', maxLength: 30 }), {
      numRuns: FUZZ_RUNS.pythonLiterals.runs,
      seed: 11,
    });
    const script =
      'import ast, json, sys\nprint(json.dumps([ast.literal_eval(line) for line in sys.stdin.read().split("\\n")]))';
    const result = spawnSync(PYTHON, ['-c', script], {
      input: texts.map((t) => pyLiteral(t)).join('\n'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    // Lone surrogates cannot cross JSON/UTF-8 intact, so compare through the same replacement.
    const expected = texts.map((t) => t.replace(/[\ud800-\udfff]/g, '\ufffd'));
    const actual = (JSON.parse(result.stdout) as string[]).map((t) => t.replace(/[\ud800-\udfff]/g, '\ufffd'));
    expect(actual).toEqual(expected);
  });
});

describe('requirements.txt from hostile diagrams', () => {
  it('unknown package names and pins never become pip options or extra lines', () => {
    const samples = fc.sample(fc.tuple(hostile, hostile), {
      numRuns: FUZZ_RUNS.hostileNamesInRequirements.runs,
      seed: 3,
    });
    for (const [name, pin] of samples) {
      const diagram = emptyDiagram({ django: '3.2', python: '3.11' });
      diagram.nodes = [{ id: 'n', package: name || 'x', position: { x: 0, y: 0 }, pin }];
      const text = exportPreviewFiles(diagram, catalog, { projectName: 'shop', random: (n) => new Uint8Array(n) }).find(
        (f) => f.path === 'requirements.txt',
      )!.content;
      const parsed = parseRequirements(text);
      expect(parsed.options).toEqual([]);
      expect(parsed.includes).toEqual([]);
      expect(parsed.issues).toEqual([]);
      expect(parsed.requirements.length).toBeLessThanOrEqual(2);
    }
  });
});
