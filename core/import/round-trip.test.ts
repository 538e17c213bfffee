import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { exportKeptRequirements } from '../export/requirements-kept';
import { exportRequirements } from '../export/requirements';
import { resolveDiagram } from '../resolve/resolve';
import { satisfies } from '../util/pep440';
import { requirementBadge } from './node-requirement';
import { importRequirements, type ImportOptions } from './requirements';
import type { IncludeReader } from './requirements-file';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
/** An include reader rooted at a fixture folder, as the CLI passes one. */
const readerAt =
  (folder: string): IncludeReader =>
  (path) => {
    try {
      return { text: readFileSync(join(FIXTURES, folder, path), 'utf8') };
    } catch {
      return { error: 'no such file' };
    }
  };

const catalog = defaultCatalog();
const imported = (text: string, options: ImportOptions = {}) => importRequirements(text, catalog, options);
const roundTrip = (text: string, options: ImportOptions = {}) =>
  exportRequirements(imported(text, options).diagram, catalog);
const node = (diagram: Diagram, id: string) => diagram.nodes.find((n) => n.id === id)!;

describe('import → export writes the same file back', () => {
  it('a pip-compile output keeps its options, hashes and "# via" comments; the index password becomes ${VAR}', () => {
    const text = fixture('pip-compile-hashes.txt');
    const result = imported(text);
    expect(result.redacted).toEqual(['PYPI_INTERNAL_EXAMPLE_COM_PASSWORD']);
    expect(JSON.stringify(result.diagram)).not.toContain('s3cr3t');
    expect(node(result.diagram, 'djangorestframework').requirement?.hashes).toHaveLength(2);
    expect(exportRequirements(result.diagram, catalog)).toBe(
      text.replace('deploy:s3cr3t@', 'deploy:${PYPI_INTERNAL_EXAMPLE_COM_PASSWORD}@'),
    );
  });

  it("ranges stay ranges, extras stay the user's, Windows markers stay, the comment on Markdown<3.0 stays", () => {
    const text = fixture('windows-markers.txt');
    const { diagram } = imported(text);
    expect(node(diagram, 'djangorestframework')).toBeUndefined();
    expect(node(diagram, 'markdown').requirement).toMatchObject({
      specifier: '<3.0',
      comment: '3.0 breaks our templatetags',
    });
    expect(node(diagram, 'python-magic-bin').requirement?.marker).toBe('sys_platform == "win32"');
    expect(node(diagram, 'psycopg').requirement?.extras).toEqual(['c', 'pool', 'binary']);
    expect(node(diagram, 'celery').pin).toBeUndefined();
    expect(exportRequirements(diagram, catalog)).toBe(text);
  });

  it('VCS and direct references come back as URLs, with and without #egg; a duplicate name loses nothing', () => {
    const text = fixture('vcs-lines.txt');
    const result = imported(text);
    expect(node(result.diagram, 'django-tagging').requirement).toMatchObject({ editable: true });
    expect(node(result.diagram, 'djangorestframework').requirement?.url).toMatch(
      /^git\+https:.*#egg=djangorestframework$/,
    );
    expect(node(result.diagram, 'django').requirement).toMatchObject({ specifier: '==1.8.19', extras: ['bcrypt'] });
    expect(node(result.diagram, 'django-fork').requirement?.url).toBe(
      'git+https://x-token:${GITHUB_COM_PASSWORD}@github.com/example/django-fork.git@main',
    );
    const out = exportRequirements(result.diagram, catalog);
    expect(out).toBe(text.replace('x-token:ghp_abcdef123456@', 'x-token:${GITHUB_COM_PASSWORD}@'));
    expect(out).toContain('git+https://github.com/example/django-noegg.git@v1.2\n');
    expect(out).toContain('django[bcrypt]==1.8.19\n');
  });

  it("a real project's file (netbox): every line back, psycopg keeps [c,pool], redis keeps its pin", () => {
    const text = fixture('netbox-requirements.txt');
    const { diagram } = imported(text);
    expect(node(diagram, 'psycopg').requirement?.extras).toEqual(['c', 'pool']);
    expect(diagram.target.django).toBe('6.1');
    expect(exportRequirements(diagram, catalog)).toBe(text);
  });

  it('CRLF and a byte-order mark: the same lines, with CRLF', () => {
    const text = '\uFEFFDjango>=4.2\r\n# note\r\ncelery[redis]==5.3.6 ; python_version >= "3.8"\r\n';
    expect(roundTrip(text)).toBe(text.slice(1));
  });
});

describe('export after a change in the diagram', () => {
  it('a re-pinned package gets one new line without its hashes, and a comment saying so; the others stay', () => {
    const text = fixture('pip-compile-hashes.txt');
    const { diagram } = imported(text);
    node(diagram, 'django').pin = '4.2.17';
    const out = exportRequirements(diagram, catalog);
    expect(out).toContain('django==4.2.17\n    # hashes dropped: changed in Django Stack Builder');
    expect(out).not.toContain('sha256:1ddc333a');
    expect(out).toContain('sqlparse==0.5.1 \\\n    --hash=sha256:773dcbf9');
  });

  it('a removed package loses its lines; an added one is appended, pinned; the Django hub import added is not', () => {
    const { diagram } = imported('celery>=5.3  # tasks\nleftpad-ng==0.1\n', { django: '5.2', python: '3.12' });
    diagram.nodes = diagram.nodes.filter((n) => n.id !== 'leftpad-ng');
    diagram.nodes.push({ id: 'whitenoise', package: 'whitenoise', position: { x: 0, y: 0 } });
    const out = exportRequirements(diagram, catalog);
    expect(out).toMatch(/^celery>=5\.3 {2}# tasks\n# Added in Django Stack Builder:\nwhitenoise==[\d.]+\n$/);
  });

  it('a changed marker or extras rewrites only that line', () => {
    const { diagram } = imported('python-magic==0.4.27 ; sys_platform != "win32"\nDjango>=4.2,<5.0\n');
    node(diagram, 'python-magic').requirement!.marker = 'sys_platform == "linux"';
    expect(exportRequirements(diagram, catalog)).toBe(
      'python-magic==0.4.27; sys_platform == "linux"\nDjango>=4.2,<5.0\n',
    );
  });
});

describe('includes', () => {
  it('-r chain: base.txt is followed and kept as a reference; an include outside the folder is refused', () => {
    const text = fixture('chain/requirements/production.txt');
    const result = imported(text, { file: 'production.txt', readInclude: readerAt('chain/requirements') });
    expect(result.missingIncludes).toEqual([
      '../constraints.txt (outside the folder of production.txt; --allow-include-outside reads it)',
    ]);
    expect(node(result.diagram, 'django').requirement?.specifier).toBe('>=4.2,<5.0');
    expect(node(result.diagram, 'django-environ').pin).toBe('0.11.2');
    const files = exportKeptRequirements(result.diagram, catalog);
    expect(files.map((f) => [f.path, f.content])).toEqual([
      ['production.txt', text],
      ['base.txt', fixture('chain/requirements/base.txt')],
    ]);
    const flat = exportRequirements(result.diagram, catalog, { flatten: true });
    expect(flat).toBe(
      '# ---- base.txt (was: -r base.txt) ----\nDjango>=4.2,<5.0  # LTS\ndjango-environ==0.11.2\n# ---- end of base.txt ----\ngunicorn==22.0.0\n-c ../constraints.txt\n',
    );
  });

  it('-c outside the folder is read when allowed, and installs nothing', () => {
    const result = imported(fixture('chain/requirements/production.txt'), {
      file: 'production.txt',
      readInclude: readerAt('chain/requirements'),
      allowIncludeOutside: true,
    });
    expect(result.missingIncludes).toEqual([]);
    expect(node(result.diagram, 'urllib3')).toBeUndefined();
    expect(result.diagram.requirementsFile?.files.map((f) => [f.path, f.kind])).toEqual([
      ['production.txt', 'requirements'],
      ['base.txt', 'requirements'],
      ['../constraints.txt', 'constraints'],
    ]);
  });

  it('a missing -r file is named, never silently dropped', () => {
    const result = imported(fixture('chain/requirements/local.txt'), {
      file: 'local.txt',
      readInclude: readerAt('chain/requirements'),
    });
    expect(result.missingIncludes).toEqual(['missing.txt (no such file)']);
  });

  it('a file that includes itself is refused, and each file is read once', () => {
    const reads: string[] = [];
    const files: Record<string, string> = { 'a.txt': '-r b.txt\n-r b.txt\n', 'b.txt': '-r a.txt\nsix\n' };
    const result = imported(files['a.txt']!, {
      file: 'a.txt',
      readInclude: (path) => (reads.push(path), files[path] ? { text: files[path] } : { error: 'no such file' }),
    });
    expect(reads).toEqual(['b.txt']);
    expect(result.missingIncludes).toEqual(['a.txt (includes itself: a.txt → b.txt → a.txt)']);
  });

  it('includes that fan out (21 files, each naming the next three times) read each file once', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 21; i++) files[`f${i}.txt`] = i < 20 ? `-r f${i + 1}.txt\n`.repeat(3) : 'django\n';
    const reads: string[] = [];
    const result = imported(files['f0.txt']!, {
      file: 'f0.txt',
      readInclude: (path) => (reads.push(path), files[path] ? { text: files[path] } : { error: 'no such file' }),
    });
    expect(reads).toHaveLength(20);
    expect(new Set(reads).size).toBe(20);
    expect(result.diagram.nodes.map((n) => n.package)).toEqual(['django']);
  });

  it('an included file that is not a requirements file is not echoed in the notes', () => {
    const result = imported('-r secrets.env\n', {
      readInclude: () => ({ text: 'API_KEY=abc123 --really\n' }),
    });
    expect(result.notes.join('\n')).not.toContain('abc123');
  });
});

describe('the check judges what is written', () => {
  it("the resolver picks inside the user's range, and export writes the range back, not the pick", () => {
    const text = 'Django>=4.2,<5.0\ndjangorestframework>=3.15,<3.17\n';
    const { diagram } = imported(text, { python: '3.11' });
    const resolution = resolveDiagram(diagram, catalog);
    const drf = resolution.packages['djangorestframework'];
    expect(drf).toBeDefined();
    expect(satisfies(drf!, '>=3.15,<3.17')).toBe(true);
    expect(satisfies(resolution.packages['django']!, '>=4.2,<5.0')).toBe(true);
    expect(exportRequirements(diagram, catalog, { resolution })).toBe(text);
  });
});

describe('what the canvas shows of a requirement', () => {
  it('editable, extras, a URL without its scheme or #egg, and a marker; nothing for a plain line', () => {
    expect(
      requirementBadge({
        editable: true,
        extras: ['c', 'pool'],
        url: 'git+https://www.github.com/x/django-tagging@develop#egg=django-tagging',
        marker: 'sys_platform == "win32"',
      }),
    ).toEqual({
      text: '-e [c,pool] @ github.com/x/django-tagging@develop ; sys_platform == "win32"',
      full: 'editable; extras c, pool; from git+https://www.github.com/x/django-tagging@develop#egg=django-tagging; only where sys_platform == "win32"',
    });
    expect(requirementBadge({ specifier: '>=4.2', line: 'Django>=4.2' })).toBeNull();
    expect(requirementBadge(undefined)).toBeNull();
  });
});
