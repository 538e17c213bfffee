/**
 * fast-check generators of requirements files in the shapes real projects write: names in any
 * case and separator, ranges, extras, markers, URLs with and without #egg, editables, hashes on
 * continuation lines, options, comments, blank lines, CRLF and a byte-order mark.
 */
import fc from 'fast-check';

const NAMES = ['Django', 'celery', 'djangorestframework', 'django_redis', 'WhiteNoise', 'psycopg', 'redis', 'Markdown'];
const UNKNOWN = ['leftpad-ng', 'My_Internal.Lib', 'acme-utils', 'zope.interface'];
const VERSIONS = ['1.2', '4.2.16', '0.5.1', '2.0rc1', '3.14.0', '5.2', '10.0.post1'];
const OPS = ['==', '>=', '<=', '<', '>', '~=', '!='];
const EXTRAS = ['redis', 'bcrypt', 'c', 'pool', 'binary', 'hiredis', 's3', 'google'];
const MARKERS = [
  'sys_platform == "win32"',
  'python_version < "3.12"',
  'platform_machine == "x86_64" and os_name != "nt"',
  'implementation_name == "cpython"',
  "python_version >= '3.10'",
];
const OPTIONS = [
  '--index-url https://pypi.example.com/simple',
  '-i https://pypi.example.com/simple',
  '--extra-index-url https://mirror.example.com/simple/',
  '--find-links https://wheels.example.com/',
  '-f ./wheels',
  '--trusted-host pypi.example.com',
  '--pre',
  '--only-binary :all:',
  '--only-binary=psycopg',
  '--prefer-binary',
  '--no-binary :none:',
];

const name = fc.constantFrom(...NAMES, ...UNKNOWN);
const clause = fc.oneof(
  fc.tuple(fc.constantFrom(...OPS), fc.constantFrom(...VERSIONS)).map(([op, v]) => `${op}${v}`),
  fc.tuple(fc.constantFrom('==', '!='), fc.constantFrom('4.*', '1.2.*')).map(([op, v]) => `${op}${v}`),
);
const specifier = fc
  .tuple(fc.uniqueArray(clause, { maxLength: 3 }), fc.constantFrom(',', ', '))
  .map(([clauses, sep]) => clauses.join(sep));
const extras = fc.uniqueArray(fc.constantFrom(...EXTRAS), { maxLength: 3 });
const marker = fc.option(fc.constantFrom(...MARKERS), { nil: undefined });
const hashes = fc
  .uniqueArray(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 3 })
  .map((h) => h.map((x) => `sha256:${x}`));
const comment = fc.option(fc.constantFrom('# why', '# 3.0 breaks us', '# via django'), { nil: undefined });

const named = fc
  .record({ name, extras, specifier, marker, hashes, comment, space: fc.boolean() })
  .map(({ name, extras, specifier, marker, hashes, comment, space }) => {
    const extraText = extras.length > 0 ? `[${extras.join(space ? ', ' : ',')}]` : '';
    let line = `${name}${extraText}${space && specifier ? ' ' : ''}${specifier}`;
    if (marker) line += `${space ? ' ; ' : ';'}${marker}`;
    return withHashes(line, hashes, comment);
  });

const url = fc
  .record({
    name,
    kind: fc.constantFrom('direct', 'egg', 'no-egg', 'editable'),
    marker,
    hashes,
    ref: fc.constantFrom('main', 'v1.0', '3d1f4c2a'),
  })
  .map(({ name, kind, marker, hashes, ref }) => {
    const slug = name.toLowerCase();
    if (kind === 'direct')
      return withHashes(
        `${name} @ https://files.example.com/pkgs/${slug}-1.0.tar.gz${marker ? ` ; ${marker}` : ''}`,
        hashes,
      );
    if (kind === 'egg') return `git+https://github.com/example/${slug}.git@${ref}#egg=${name}`;
    if (kind === 'editable') return `-e git+https://github.com/example/${slug}.git@${ref}#egg=${name}`;
    return `git+https://github.com/example/${slug}.git@${ref}`;
  });

function withHashes(line: string, hashes: string[], comment?: string): string {
  const text = hashes.length === 0 ? line : [line, ...hashes.map((h) => `    --hash=${h}`)].join(' \\\n');
  return comment ? `${text}  ${comment}` : text;
}

const lineOf = fc.oneof(
  { weight: 6, arbitrary: named },
  { weight: 2, arbitrary: url },
  { weight: 2, arbitrary: fc.constantFrom(...OPTIONS) },
  { weight: 1, arbitrary: fc.constantFrom('', '# a comment', '#', '   # indented comment') },
);

/** A requirements file's text. */
export const requirementsFile = fc
  .record({
    lines: fc.array(lineOf, { minLength: 1, maxLength: 12 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    end: fc.boolean(),
  })
  .map(({ lines, crlf, bom, end }) => {
    const newline = crlf ? '\r\n' : '\n';
    const body = lines.join('\n').split('\n').join(newline);
    return `${bom ? '\uFEFF' : ''}${body}${end ? newline : ''}`;
  });

/** A PEP 508 requirement string (no hashes or options), as a pyproject array holds one. */
const pep508 = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ name, extras, specifier, marker, space: fc.boolean() })
      .map(({ name, extras, specifier, marker, space }) => {
        const extraText = extras.length > 0 ? `[${extras.join(',')}]` : '';
        return `${name}${extraText}${space && specifier ? ' ' : ''}${specifier}${marker ? `; ${marker}` : ''}`;
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ name, marker })
      .map(
        ({ name, marker }) =>
          `${name} @ https://files.example.com/pkgs/${name.toLowerCase()}-1.0.tar.gz${marker ? ` ; ${marker}` : ''}`,
      ),
  },
);

/** A pyproject.toml with PEP 621 dependencies, optional dependencies, PEP 735 groups and other tables. */
export const pyprojectFile = fc
  .record({
    main: fc.array(pep508, { maxLength: 6 }),
    optional: fc.dictionary(fc.constantFrom('s3', 'dev', 'docs'), fc.array(pep508, { maxLength: 3 }), { maxKeys: 2 }),
    groups: fc.dictionary(fc.constantFrom('test', 'lint'), fc.array(pep508, { maxLength: 3 }), { maxKeys: 2 }),
    crlf: fc.boolean(),
  })
  .map(({ main, optional, groups, crlf }) => {
    const array = (items: string[]) => `[\n${items.map((i) => `    ${JSON.stringify(i)},  # note\n`).join('')}]`;
    const parts = [
      '[build-system]\nrequires = ["hatchling"]  # the backend\n',
      `[project]\nname = "demo"\nversion = "1.0"\ndependencies = ${array(main)}\n`,
    ];
    if (Object.keys(optional).length > 0)
      parts.push(
        `[project.optional-dependencies]\n${Object.entries(optional)
          .map(([k, v]) => `${k} = ${array(v)}\n`)
          .join('')}`,
      );
    if (Object.keys(groups).length > 0)
      parts.push(
        `[dependency-groups]\n${Object.entries(groups)
          .map(([k, v]) => `${k} = ${array(v)}\n`)
          .join('')}`,
      );
    parts.push('[tool.ruff]\nline-length = 100\n');
    const text = parts.join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
