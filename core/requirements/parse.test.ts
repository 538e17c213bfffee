import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequirements, REQUIREMENT_TEXT_BUDGET, type ReadInclude } from './parse';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

function only(text: string) {
  const parsed = parseRequirements(text);
  expect(parsed.issues).toEqual([]);
  expect(parsed.requirements).toHaveLength(1);
  return parsed.requirements[0]!;
}

/** An in-memory folder of requirement files for include tests. */
function folder(files: Record<string, string>): ReadInclude {
  return (path, from) => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    const file = `${dir}${path}`.replace(/(^|\/)\.\//g, '$1');
    return Object.hasOwn(files, file) ? { file, text: files[file]! } : { error: 'no such file' };
  };
}

describe('requirements: package lines', () => {
  it.each([
    ['Django==5.2.1', 'Django', 'django', '==5.2.1', '5.2.1'],
    ['djangorestframework>=3.14,<4', 'djangorestframework', 'djangorestframework', '>=3.14,<4', null],
    ['Django_REST.knox ~= 5.0', 'Django_REST.knox', 'django-rest-knox', '~=5.0', null],
    ['celery', 'celery', 'celery', '', null],
    ['django==5.2.*', 'django', 'django', '==5.2.*', null],
    ['requests (>=2.0)', 'requests', 'requests', '>=2.0', null],
  ])('%s reads as %s %s', (line, name, normalized, specifier, pinned) => {
    const requirement = only(line);
    expect(requirement).toMatchObject({
      name,
      normalizedName: normalized,
      specifier,
      pinned,
      link: null,
      editable: false,
    });
  });

  it('extras are kept in order', () => {
    expect(only('celery[redis,msgpack]==5.3.1').extras).toEqual(['redis', 'msgpack']);
  });

  it('an environment marker is kept as written', () => {
    const requirement = only('backports.zoneinfo==0.2.1 ; python_version < "3.9"');
    expect(requirement.marker).toBe('python_version < "3.9"');
    expect(requirement.pinned).toBe('0.2.1');
  });

  it('a compound marker with parentheses is kept', () => {
    expect(only('pywin32>=300; sys_platform == "win32" and (python_version >= "3.8" or os_name == "nt")').marker).toBe(
      'sys_platform == "win32" and (python_version >= "3.8" or os_name == "nt")',
    );
  });

  it('hashes after a requirement are collected', () => {
    const requirement = only('django==5.2.1 --hash=sha256:aaa --hash sha256:bbb');
    expect(requirement.hashes).toEqual(['sha256:aaa', 'sha256:bbb']);
    expect(requirement.pinned).toBe('5.2.1');
  });

  it('per-requirement config settings are kept as options', () => {
    const requirement = only('psycopg[c] --config-settings="--build-option=--x"');
    expect(requirement.options.map((o) => [o.name, o.value])).toEqual([['config-settings', '--build-option=--x']]);
  });
});

describe('requirements: URLs, VCS and paths', () => {
  it('name @ url keeps the name and the URL', () => {
    const requirement = only('django @ https://example.org/Django-5.2.tar.gz');
    expect(requirement).toMatchObject({
      normalizedName: 'django',
      link: { kind: 'url', location: 'https://example.org/Django-5.2.tar.gz' },
    });
  });

  it('name @ url with a marker after "; " splits the marker off', () => {
    const requirement = only('django @ https://example.org/d.zip ; os_name == "nt"');
    expect(requirement.link?.location).toBe('https://example.org/d.zip');
    expect(requirement.marker).toBe('os_name == "nt"');
  });

  it('a VCS URL with #egg= names its project', () => {
    const requirement = only('git+https://github.com/jazzband/django-redis.git@5.4.0#egg=django-redis');
    expect(requirement).toMatchObject({ normalizedName: 'django-redis', link: { kind: 'vcs' } });
  });

  it('a wheel URL names its project and version from the file name, as pip does', () => {
    const requirement = only('https://files.example.org/celery-5.3.1-py3-none-any.whl');
    expect(requirement.normalizedName).toBe('celery');
    expect(requirement.pinned).toBe('5.3.1');
  });

  it('an editable local folder with extras', () => {
    const parsed = parseRequirements('-e ./libs/shared[dev,test]');
    expect(parsed.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(parsed.requirements[0]).toMatchObject({
      editable: true,
      extras: ['dev', 'test'],
      link: { kind: 'path', location: './libs/shared' },
    });
  });

  it('an editable VCS URL', () => {
    const requirement = only('--editable=git+https://github.com/a/b.git#egg=b-lib');
    expect(requirement).toMatchObject({ editable: true, normalizedName: 'b-lib', link: { kind: 'vcs' } });
  });

  it('a URL without a project name is kept and reported as a warning', () => {
    const parsed = parseRequirements('https://example.org/some-archive.tar.gz');
    expect(parsed.requirements[0]).toMatchObject({ name: null, link: { kind: 'url' } });
    expect(parsed.issues).toEqual([
      expect.objectContaining({ severity: 'warning', source: expect.objectContaining({ line: 1 }) }),
    ]);
  });

  it('a local archive path', () => {
    const parsed = parseRequirements('./dist/mylib-1.0-py3-none-any.whl');
    expect(parsed.requirements[0]).toMatchObject({ normalizedName: 'mylib', link: { kind: 'path' } });
  });
});

describe('requirements: options', () => {
  it.each([
    ['-i https://pypi.example.org/simple', 'index-url', 'https://pypi.example.org/simple'],
    ['--index-url=https://pypi.example.org/simple', 'index-url', 'https://pypi.example.org/simple'],
    ['-ihttps://x.org/simple', 'index-url', 'https://x.org/simple'],
    ['--extra-index-url https://x.org/simple', 'extra-index-url', 'https://x.org/simple'],
    ['-f ./wheels', 'find-links', './wheels'],
    ['--trusted-host x.org', 'trusted-host', 'x.org'],
    ['--pre', 'pre', null],
    ['--no-index', 'no-index', null],
    ['--require-hashes', 'require-hashes', null],
    ['--only-binary :all:', 'only-binary', ':all:'],
  ])('%s is the option %s', (line, name, value) => {
    const parsed = parseRequirements(line);
    expect(parsed.issues).toEqual([]);
    expect(parsed.requirements).toEqual([]);
    expect(parsed.options.map((o) => [o.name, o.value])).toEqual([[name, value]]);
  });

  it('an unknown option is reported with its line number and the rest still parses', () => {
    const parsed = parseRequirements('django==5.2\n--frobnicate yes\ncelery==5.4.0\n');
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['django', 'celery']);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('--frobnicate'),
        source: expect.objectContaining({ line: 2, text: '--frobnicate yes' }),
      }),
    ]);
  });

  it('an option missing its value is reported', () => {
    expect(parseRequirements('--index-url').issues[0]?.message).toContain('needs a value');
  });

  it('an unclosed quote in options is reported, not thrown', () => {
    expect(parseRequirements('django --hash "sha256:abc').issues[0]?.message).toContain('quote');
  });

  it('a file-level option after a requirement is ignored, as pip does, with a warning', () => {
    const parsed = parseRequirements('django==5.2 --pre');
    expect(parsed.requirements).toHaveLength(1);
    expect(parsed.options).toEqual([]);
    expect(parsed.issues[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('--pre') });
  });
});

describe('requirements: comments, blank lines and continuations', () => {
  it('comments and blank lines are skipped, a URL fragment is not a comment', () => {
    const parsed = parseRequirements(
      '# top\n\ndjango==5.2  # the framework\n   # indented comment\ngit+https://x.org/r.git#egg=r\n',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.requirements.map((r) => [r.normalizedName, r.source.line])).toEqual([
      ['django', 3],
      ['r', 5],
    ]);
  });

  it('backslash continuations join lines and keep the first line number', () => {
    const parsed = parseRequirements('celery==5.4.0 \\\n    --hash=sha256:aaa \\\n    --hash=sha256:bbb\ndjango\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.requirements[0]).toMatchObject({
      pinned: '5.4.0',
      hashes: ['sha256:aaa', 'sha256:bbb'],
      source: { line: 1 },
    });
    expect(parsed.requirements[1]?.source.line).toBe(4);
  });

  it('CRLF line endings read like LF', () => {
    expect(parseRequirements('django==5.2\r\ncelery\r\n').requirements.map((r) => r.source.line)).toEqual([1, 2]);
  });

  it('${VAR} is substituted from the given environment; an unset one is reported', () => {
    const parsed = parseRequirements('--index-url https://${TOKEN}@pypi.example.org/simple\n-f ${WHEELS}\n', {
      env: { TOKEN: 't0k' },
    });
    expect(parsed.options.map((o) => o.value)).toEqual(['https://t0k@pypi.example.org/simple', '${WHEELS}']);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('WHEELS'),
        source: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });
});

describe('requirements: bad lines are kept and reported', () => {
  it.each([
    ['django==', 'django=='],
    ['django >= 5.2 <<', 'django >= 5.2 <<'],
    ['django ; python_version >>> "3"', 'python_version'],
    ['[extra-only]', '[extra-only]'],
  ])('%s is an error on its line', (line, mentioned) => {
    const parsed = parseRequirements(`celery\n${line}\n`);
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['celery']);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ severity: 'error', source: { line: 2, file: 'requirements.txt' } });
    expect(parsed.issues[0]!.message).toContain(mentioned);
  });

  it('--hash on a line of its own is ignored as pip does, with a warning', () => {
    expect(parseRequirements('--hash=sha256:abc').issues[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('after a requirement'),
    });
  });

  it('arbitrary equality (===) is read, which the underlying grammar alone rejects', () => {
    expect(only('legacy-thing===1.0-custom ; python_version > "3"')).toMatchObject({
      specifiers: [{ operator: '===', version: '1.0-custom' }],
      pinned: '1.0-custom',
      marker: 'python_version > "3"',
    });
    expect(only('foo===1.0,!=0.5').specifier).toBe('===1.0,!=0.5');
  });
});

describe('requirements: includes', () => {
  it('-r includes are read through the callback, relative to the including file', () => {
    const read = folder({
      'reqs/base.txt': 'django==5.2.1\n-r extra/more.txt\n',
      'reqs/extra/more.txt': 'celery==5.4.0\n',
    });
    const parsed = parseRequirements('-r reqs/base.txt\nredis\n', { readInclude: read, file: 'requirements.txt' });
    expect(parsed.issues).toEqual([]);
    expect(parsed.requirements.map((r) => [r.normalizedName, r.source.file, r.source.line])).toEqual([
      ['django', 'reqs/base.txt', 1],
      ['celery', 'reqs/extra/more.txt', 1],
      ['redis', 'requirements.txt', 2],
    ]);
    expect(parsed.includes.map((i) => [i.kind, i.path, i.file])).toEqual([
      ['requirements', 'reqs/base.txt', 'reqs/base.txt'],
      ['requirements', 'extra/more.txt', 'reqs/extra/more.txt'],
    ]);
  });

  it('-c constraints go to constraints, not requirements', () => {
    const parsed = parseRequirements('-c constraints.txt\ndjango\n', {
      readInclude: folder({ 'constraints.txt': 'django<6\n' }),
    });
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['django']);
    expect(parsed.constraints.map((r) => [r.normalizedName, r.specifier, r.constraint])).toEqual([
      ['django', '<6', true],
    ]);
  });

  it('an include cycle is reported, not followed forever', () => {
    const read = folder({ 'a.txt': 'django\n-r b.txt\n', 'b.txt': 'celery\n-r a.txt\n' });
    const parsed = parseRequirements('-r a.txt\n', { readInclude: read });
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['django', 'celery']);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('includes itself') }),
    ]);
    expect(parsed.issues[0]!.source).toMatchObject({ file: 'b.txt', line: 2 });
  });

  it('a file including itself is a cycle', () => {
    const parsed = parseRequirements('-r requirements.txt\n', { readInclude: folder({ 'requirements.txt': '' }) });
    expect(parsed.issues[0]?.message).toContain('includes itself');
  });

  it('a missing include is an error naming the path', () => {
    const parsed = parseRequirements('-r nope.txt\n', { readInclude: folder({}) });
    expect(parsed.issues[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('nope.txt') });
  });

  it('a callback that throws is reported, not rethrown', () => {
    const parsed = parseRequirements('-r x.txt\n', {
      readInclude: () => {
        throw new Error('disk on fire');
      },
    });
    expect(parsed.issues[0]?.message).toContain('disk on fire');
  });

  it('without a callback the include is listed and reported as not read', () => {
    const parsed = parseRequirements('--requirement=base.txt\n');
    expect(parsed.includes).toEqual([expect.objectContaining({ path: 'base.txt', file: null })]);
    expect(parsed.issues[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('requirements: fuzz', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,12}[A-Za-z0-9])?$/);
  const version = fc.stringMatching(/^[0-9]{1,3}(\.[0-9]{1,3}){0,2}$/);
  const clause = fc.tuple(fc.constantFrom('==', '!=', '>=', '<=', '<', '>', '~=', '==='), version);
  const marker = fc.constantFrom(null, 'python_version < "3.12"', "sys_platform == 'win32' and os_name == 'nt'");

  it('any well-formed requirement line reads back as its parts', () => {
    fc.assert(
      fc.property(
        name,
        fc.array(name, { maxLength: 3 }),
        fc.array(clause, { maxLength: 3 }),
        marker,
        (project, extras, clauses, env) => {
          const specifier = clauses.map(([op, v]) => `${op}${v}`).join(',');
          const line = `${project}${extras.length ? `[${extras.join(',')}]` : ''}${specifier}${env ? ` ; ${env}` : ''}`;
          const parsed = parseRequirements(line);
          expect(parsed.issues).toEqual([]);
          expect(parsed.requirements).toEqual([
            expect.objectContaining({
              name: project,
              extras,
              specifier,
              marker: env,
              specifiers: clauses.map(([operator, v]) => ({ operator, version: v })),
            }),
          ]);
        },
      ),
      { numRuns: FUZZ_RUNS.requirementsWellFormed.runs },
    );
  });

  const lineParts = fc.constantFrom(
    'django',
    '==',
    '5.2',
    '>=',
    ',',
    '<6',
    '[',
    ']',
    'redis',
    ';',
    ' ',
    'python_version',
    '"3.12"',
    '<',
    '#',
    '\\',
    '\n',
    '-r',
    '-c',
    '-e',
    '--hash',
    '=',
    'sha256:a',
    'git+https://x.org/r.git',
    '#egg=',
    '@',
    '"',
    "'",
    '${X}',
    '-i',
    '--pre',
    '(',
    ')',
    './p',
    '.whl',
  );

  it('never throws on arbitrary text or on pieces of requirement syntax', () => {
    let tried = 0;
    const anything = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(lineParts, { maxLength: 40 }).map((parts) => parts.join('')),
    );
    const read: ReadInclude = (path) => ({ file: path, text: 'django\n-r again.txt\n' });
    fc.assert(
      fc.property(anything, (text) => {
        tried++;
        const parsed = parseRequirements(text, { readInclude: read });
        for (const issue of parsed.issues) expect(issue.source.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: FUZZ_RUNS.requirementsParserText.runs },
    );
    expect(tried).toBe(FUZZ_RUNS.requirementsParserText.runs);
  });
});

describe('requirements: hostile sizes', () => {
  it('a long run of spaces before a "#" is read in linear time (pip’s comment regex would not be)', () => {
    const parsed = parseRequirements(`django${' '.repeat(200_000)}# comment\n`);
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['django']);
  });

  it('an absurdly long requirement is refused unread, naming its length', () => {
    const parsed = parseRequirements(`${'a'.repeat(5000)}\ncelery\n`);
    expect(parsed.requirements.map((r) => r.normalizedName)).toEqual(['celery']);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('5000 characters long') }),
    ]);
  });

  it('past the budget of requirement text the rest is reported once, not read', () => {
    const line = 'django-extensions==3.2.3 ; python_version >= "3.10"\n';
    const count = Math.ceil(REQUIREMENT_TEXT_BUDGET / (line.length - 1)) + 10;
    const parsed = parseRequirements(line.repeat(count));
    expect(parsed.requirements.length).toBeLessThan(count);
    expect(parsed.requirements.length).toBeGreaterThan(count - 20);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('the rest was not read') }),
    ]);
  });
});
