import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { stackOf, testCatalog } from '../check/testing';
import { exportRequirements } from '../export/requirements';
import { importRequirements } from '../import/requirements';
import { checkRequirementsDrift, formatDrift, type DriftKind } from './drift';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const catalog = testCatalog({
  django: {
    releases: [
      ['4.2.20', '', '>=3.8'],
      ['5.2.8', '', '>=3.10'],
    ],
  },
  'alpha-auth': {
    releases: [
      ['1.0.0', '>=4.2'],
      ['1.2.3', '>=4.2'],
    ],
    provides: ['auth'],
  },
  'beta-cache': { releases: [['2.0.0', '>=4.2']], provides: ['cache'] },
  'redis-server': { kind: 'service', provides: ['redis'] },
});
const diagram = stackOf(catalog, 'django', 'alpha-auth', 'beta-cache', 'redis-server');
const exported = exportRequirements(diagram, catalog);

const drift = (text: string, options = {}) => checkRequirementsDrift(diagram, catalog, text, options);
const kinds = (text: string, options = {}) =>
  drift(text, options).differences.map((d): [DriftKind, string | null] => [d.kind, d.package]);
const pinned = 'alpha-auth==1.2.3\nbeta-cache==2.0.0\ndjango==5.2.8\n';

describe('requirements drift', () => {
  it('the file the diagram exports has no drift', () => {
    expect(exported).toContain('django==5.2.8');
    expect(drift(exported)).toEqual({ ok: true, differences: [], warnings: [] });
  });

  it('the exported file of a real catalog stack has no drift either', () => {
    const real = defaultCatalog();
    const stack = stackOf(real, 'django', 'whitenoise', 'redis-server');
    expect(checkRequirementsDrift(stack, real, exportRequirements(stack, real)).ok).toBe(true);
  });

  it('comments, blank lines, hashes, markers, options such as --pre and constraints are not drift', () => {
    const text = [
      '# our pins',
      '--pre',
      '-c constraints.txt',
      '',
      'Django==5.2.8 \\',
      '    --hash=sha256:abc  # the framework',
      'alpha_auth==1.2.3 ; python_version >= "3.10"',
      'beta-cache==2.0.0',
    ].join('\n');
    expect(drift(text, { readInclude: () => ({ file: 'constraints.txt', text: 'zeta<2\n' }) })).toMatchObject({
      ok: true,
      differences: [],
    });
  });

  it('an index the export does not write is drift, naming its line (issue 17, findings 2 and 8)', () => {
    const text = `${exported}--extra-index-url https://evil.example/simple\n--trusted-host evil.example\n`;
    const result = drift(text);
    expect(result.ok).toBe(false);
    expect(result.differences.map((d) => [d.kind, d.actual])).toEqual([
      ['index', '--extra-index-url https://evil.example/simple'],
      ['index', '--trusted-host evil.example'],
    ]);
    expect(result.differences[0]!.message).toMatch(
      /^requirements\.txt:\d+: --extra-index-url https:\/\/evil\.example\/simple is not in the diagram's export; it changes where pip downloads/,
    );
    expect(kinds(`-i https://mirror.example/simple\n-f ./wheels\n--no-index\n${pinned}`)).toEqual([
      ['index', null],
      ['index', null],
      ['index', null],
    ]);
  });

  it('the index options of the file a diagram was imported from are expected, and missing them is drift', () => {
    const real = defaultCatalog();
    const file = '--index-url https://pypi.example.org/simple\n-f ./wheels\nDjango==5.2.8\n';
    const imported = importRequirements(file, real, { python: '3.12' }).diagram;
    expect(checkRequirementsDrift(imported, real, file).differences).toEqual([]);
    // A credential became ${VAR} on import; pip and the check read it from the environment.
    const secret = '--extra-index-url https://ci:hunter2@pkgs.example.com/simple\nDjango==5.2.8\n';
    const redacted = importRequirements(secret, real, { python: '3.12' });
    const env = Object.fromEntries(redacted.redacted.map((name) => [name, 'hunter2']));
    expect(redacted.redacted).not.toEqual([]);
    expect(checkRequirementsDrift(redacted.diagram, real, secret, { env }).differences).toEqual([]);
    const without = checkRequirementsDrift(imported, real, 'Django==5.2.8\n');
    expect(without.differences.map((d) => [d.kind, d.expected])).toEqual([
      ['index', '--index-url https://pypi.example.org/simple'],
      ['index', '--find-links ./wheels'],
    ]);
  });

  it('a package missing from requirements.txt is named with the line the diagram exports', () => {
    const result = drift('alpha-auth==1.2.3\ndjango==5.2.8\n');
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: 'missing', package: 'beta-cache', expected: 'beta-cache==2.0.0', actual: null }),
    ]);
  });

  it('a package the diagram does not export is extra, unless extras are allowed', () => {
    expect(kinds(`${pinned}requests==2.32.0\n`)).toEqual([['extra', 'requests']]);
    expect(drift(`${pinned}requests==2.32.0\n`).differences[0]!.message).toBe(
      "requests (requirements.txt:4) is in requirements.txt but not in the diagram's export.",
    );
    expect(drift(`${pinned}requests==2.32.0\n`, { allowExtra: true }).ok).toBe(true);
  });

  it('a different pin is a version difference naming both versions and the line', () => {
    const result = drift(pinned.replace('django==5.2.8', 'django==5.1.4'));
    expect(result.differences).toEqual([
      expect.objectContaining({
        kind: 'version',
        package: 'django',
        expected: 'django==5.2.8',
        actual: 'django==5.1.4',
        message: 'django is 5.1.4 in requirements.txt, but the diagram exports 5.2.8 (django==5.2.8).',
        source: expect.objectContaining({ line: 3 }),
      }),
    ]);
  });

  it('equal versions spelled differently are the same (5.2.8 == 5.2.8.0)', () => {
    expect(drift(pinned.replace('django==5.2.8', 'django==5.2.8.0')).ok).toBe(true);
  });

  it('a user pin in the diagram is what requirements.txt must match', () => {
    const pinnedDiagram = stackOf(catalog, 'django', 'alpha-auth', 'beta-cache', { pins: { 'alpha-auth': '1.0.0' } });
    const result = checkRequirementsDrift(pinnedDiagram, catalog, pinned);
    expect(result.differences.map((d) => [d.kind, d.package, d.expected])).toEqual([
      ['version', 'alpha-auth', 'alpha-auth==1.0.0'],
    ]);
  });

  it('a range that allows the exported pin is "unpinned"; one that excludes it is a version difference', () => {
    expect(kinds(pinned.replace('django==5.2.8', 'django>=5.2,<6'))).toEqual([['unpinned', 'django']]);
    expect(kinds(pinned.replace('django==5.2.8', 'django<5'))).toEqual([['version', 'django']]);
    expect(kinds(pinned.replace('django==5.2.8', 'django'))).toEqual([['version', 'django']]);
  });

  it('with --ranges the exported range is compared: a pin inside it is fine', () => {
    const ranged = exportRequirements(diagram, catalog, { ranges: true });
    expect(drift(ranged, { ranges: true }).ok).toBe(true);
    expect(drift(pinned, { ranges: true }).ok).toBe(true);
    expect(kinds(pinned.replace('django==5.2.8', 'django==6.0.1'), { ranges: true })).toEqual([['version', 'django']]);
  });

  it('extras that differ are named', () => {
    expect(kinds(pinned.replace('beta-cache==2.0.0', 'beta-cache[hiredis]==2.0.0'))).toEqual([
      ['extras', 'beta-cache'],
    ]);
  });

  it('a package installed from a URL instead of the exported pin is a source difference', () => {
    expect(
      kinds(pinned.replace('beta-cache==2.0.0', 'beta-cache @ https://example.org/beta_cache-2.0.0-py3-none-any.whl')),
    ).toEqual([['source', 'beta-cache']]);
  });

  it('a package listed twice is a duplicate with both line numbers', () => {
    const result = drift(`${pinned}django==5.2.8\n`);
    expect(result.differences).toEqual([
      expect.objectContaining({
        kind: 'duplicate',
        package: 'django',
        message: 'django is listed again at requirements.txt:4 (first at requirements.txt:3).',
      }),
    ]);
  });

  it('an unreadable line is drift (pip would refuse the file) and names its line', () => {
    const result = drift(`${pinned}django===\n`);
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: 'unreadable', source: expect.objectContaining({ line: 4 }) }),
    ]);
    expect(result.differences[0]!.message).toMatch(/^requirements\.txt:4: /);
  });

  it('a URL without a project name is a warning, not drift', () => {
    const result = drift(`${pinned}https://example.org/archive.tar.gz\n`);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(/^requirements\.txt:4: the project name of/)]);
  });

  it('-r includes are followed through the callback, and their lines named by file', () => {
    const read = (path: string) => ({ file: path, text: 'django==5.1.0\n' });
    const result = drift('-r base.txt\nalpha-auth==1.2.3\nbeta-cache==2.0.0\n', { readInclude: read });
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: 'version', source: expect.objectContaining({ file: 'base.txt', line: 1 }) }),
    ]);
  });

  it('services never count as missing', () => {
    expect(drift(pinned).differences.some((d) => d.package === 'redis-server')).toBe(false);
  });

  it('the report lists every difference on its own line, and escapes control characters', () => {
    const text = formatDrift(drift('django==5.1.4\nevil\u001b[2J==1\n'));
    expect(text).toContain('requirements.txt has drifted from the diagram (');
    expect(text).toContain('  version    django is 5.1.4 in requirements.txt');
    expect(text).toContain('  missing    alpha-auth is missing');
    expect(text).not.toContain('\u001b');
    expect(formatDrift(drift(exported))).toBe('requirements.txt matches the diagram.\n');
  });
});

describe('requirements drift under fuzzing', () => {
  it('never throws on any requirements text, and every difference names a kind and a message', () => {
    const pieces = fc.constantFrom(
      'django',
      'alpha-auth',
      'beta_cache',
      '==',
      '5.2.8',
      '1.2.3',
      '>=',
      ',',
      '[x]',
      ';',
      ' ',
      '#',
      '\\',
      '\n',
      '-r',
      '-e',
      '--hash=sha256:a',
      '@',
      'https://x.org/a.whl',
      '===',
      '<',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          const result = drift(text, { readInclude: () => ({ file: 'inc.txt', text: '-r inc.txt\ndjango\n' }) });
          expect(result.ok).toBe(result.differences.length === 0);
          for (const difference of result.differences) expect(difference.message.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: FUZZ_RUNS.requirementsDriftText.runs },
    );
  });
});
