import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { mergePyproject, pyprojectArrays } from '../export/pyproject';
import { exportRequirements } from '../export/requirements';
import { importDependencyFile } from './dependency-file';

const catalog = defaultCatalog();
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

function imported(path: string, file = path) {
  const result = importDependencyFile(fixture(path), catalog, { file });
  if (!result.ok) throw new Error(result.error);
  return result;
}
const requirementOf = (diagram: Diagram, id: string) => diagram.nodes.find((n) => n.id === id)?.requirement;
const body = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));

describe('pyproject.toml and lock files', () => {
  it('a Poetry project: caret and tilde ranges converted exactly, extras, markers, git, python markers', () => {
    const { diagram } = imported('poetry-project.toml', 'pyproject.toml');
    expect(requirementOf(diagram, 'django')?.specifier).toBe('>=4.2,<5.0.0');
    expect(requirementOf(diagram, 'djangorestframework')?.specifier).toBe('>=3.14,<3.15.0');
    expect(requirementOf(diagram, 'celery')).toMatchObject({ specifier: '>=5.3.4,<6.0.0', extras: ['redis'] });
    expect(requirementOf(diagram, 'psycopg')).toMatchObject({
      extras: ['c', 'pool'],
      marker: "sys_platform != 'win32'",
    });
    expect(requirementOf(diagram, 'django-tagging')?.url).toBe(
      'git+https://github.com/example/django-tagging.git@develop',
    );
    expect(requirementOf(diagram, 'backports-zoneinfo')?.marker).toBe('python_version < "3.9"');
    expect(requirementOf(diagram, 'pytest-django')?.specifier).toBe('>=4.8,<5.0.0');
  });

  it('PEP 621 and PEP 735: every group read; export merges the arrays back, other tables and comments untouched', () => {
    const original = fixture('pep621-groups.toml');
    const { diagram, notes } = imported('pep621-groups.toml', 'pyproject.toml');
    expect(notes.some((n) => n.includes('includes the group test'))).toBe(true);
    expect(requirementOf(diagram, 'django-allauth')?.extras).toEqual(['mfa']);
    const { arrays } = pyprojectArrays(diagram, catalog);
    expect([...arrays.keys()]).toEqual([
      'project.dependencies',
      'project.optional-dependencies.s3',
      'dependency-groups.test',
      'dependency-groups.lint',
    ]);
    const merged = mergePyproject(original, arrays);
    expect(merged.ok).toBe(true);
    const text = merged.ok ? merged.text : '';
    expect(text).toContain('name = "blog"  # the project name');
    expect(text).toContain('[tool.ruff]\nline-length = 100\n');
    const before = parseToml(original) as { project: { dependencies: string[] } };
    const after = parseToml(text) as { project: { dependencies: string[] } };
    expect(after.project.dependencies).toEqual(before.project.dependencies);
  });

  it('uv.lock: pinned versions with their hashes, the git source at its commit, the project itself left out', () => {
    const { diagram } = imported('uv.lock');
    expect(diagram.nodes.some((n) => n.id === 'blog')).toBe(false);
    expect(requirementOf(diagram, 'asgiref')?.hashes).toHaveLength(2);
    expect(requirementOf(diagram, 'django')?.specifier).toBe('==5.1.2');
    expect(requirementOf(diagram, 'django-tagging')?.url).toBe(
      'git+https://github.com/example/django-tagging@3d1f4c2a9b8e7f6d5c4b3a2f1e0d9c8b7a6f5e4d',
    );
  });

  it('uv.lock: each package under the marker the lock installs it with (edge markers, extras, forks, dev group)', () => {
    const { diagram, notes } = imported('uv-markers/uv.lock', 'uv.lock');
    expect(body(exportRequirements(diagram, catalog))).toEqual([
      'asgiref==3.8.1 --hash=sha256:c343bd80a0bec947a9860adb4c432ffa7db769836c64238fc34bdc3fec84d590',
      'celery==5.4.0',
      // Only pytest (dev group) pulls it, and only on Windows.
      "colorama==0.4.6 ; sys_platform == 'win32'",
      'django==5.1.2',
      'kombu==5.4.2',
      // A forked resolution: one pin per Python range, both kept.
      "numpy==1.26.4 ; python_full_version < '3.12'",
      "numpy==2.1.3 ; python_full_version >= '3.12'",
      'pytest==8.3.3',
      "pywin32==308 ; sys_platform == 'win32'",
      // Reached through celery[redis] → kombu[redis]: an extra's edges count only when asked for.
      'redis==5.2.0',
      'sqlparse==0.5.1',
      "typing-extensions==4.12.2 ; python_full_version < '3.11'",
      // Django wants it on Windows only, celery everywhere: everywhere wins.
      'tzdata==2024.2',
    ]);
    expect(notes.join(' ')).toContain('numpy is listed 2 times');
  });

  it('poetry.lock 2.1: package markers, one per group joined with "or"', () => {
    const { diagram } = imported('poetry2/poetry.lock', 'poetry.lock');
    expect(requirementOf(diagram, 'colorama')?.marker).toBe('sys_platform == "win32"');
    expect(requirementOf(diagram, 'django')?.marker).toBeUndefined();
    expect(requirementOf(diagram, 'tzdata')?.marker).toBe(
      '(sys_platform == "win32") or (platform_system == "Windows")',
    );
  });

  it('poetry.lock, Pipfile and Pipfile.lock: versions, extras, markers and hashes', () => {
    expect(body(exportRequirements(imported('poetry.lock').diagram, catalog))).toEqual([
      'django==4.2.16 --hash=sha256:1ddc333a16fc139fd253035a1606bb24261951bbc3a6ca256717fa06cc41a898',
      'sqlparse==0.5.1',
    ]);
    expect(body(exportRequirements(imported('Pipfile').diagram, catalog))).toEqual([
      'django==4.2.16',
      'celery[redis]>=5.3',
      "pywin32; sys_platform == 'win32'",
      'pytest-django',
    ]);
    const lock = imported('Pipfile.lock').diagram;
    expect(requirementOf(lock, 'django')).toMatchObject({ specifier: '==4.2.16', marker: "python_version >= '3.8'" });
    expect(requirementOf(lock, 'pywin32')?.marker).toBe("sys_platform == 'win32'");
  });

  it('a file that is not TOML is refused with a message', () => {
    expect(importDependencyFile('[project\n', catalog, { file: 'pyproject.toml' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('pyproject.toml: not valid TOML'),
    });
  });

  it('a merge that would change another table is refused', () => {
    const arrays = new Map([['project.dependencies', ['django']]]);
    expect(mergePyproject('[project]\ndependencies = "x"\n', arrays)).toMatchObject({ ok: false });
  });
});
