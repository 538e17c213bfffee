/**
 * The parser against pip itself: the same files go through pip's own req_file parser (the pip
 * of DJSTACK_PYTHON, default /usr/bin/python3) and through parseRequirements, and every
 * requirement must agree on line, name, specifier, extras, marker, link, editable, constraint
 * and hashes; files pip refuses must give an error here. Without a Python that has pip the
 * tests are skipped and say why, except in CI (DJSTACK_REQUIRE_DJANGO=1), where they fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePackageName, parseRequirements, type ParsedRequirement, type ReadInclude } from './parse';

const PYTHON = process.env.DJSTACK_PYTHON ?? '/usr/bin/python3';
const REQUIRE = process.env.DJSTACK_REQUIRE_DJANGO === '1';
const hasPip = spawnSync(PYTHON, ['-c', 'import pip._internal.req.req_file'], { stdio: 'ignore' }).status === 0;

const PIP_SCRIPT = String.raw`
import json, sys
from pip._internal.network.session import PipSession
from pip._internal.req.req_file import parse_requirements
from pip._internal.req.constructors import install_req_from_parsed_requirement
session = PipSession()
results = []
for top in sys.argv[1:]:
    out = {"requirements": [], "error": None}
    try:
        for pr in parse_requirements(top, session=session):
            ireq = install_req_from_parsed_requirement(pr)
            req = ireq.req
            out["requirements"].append({
                "comesFrom": pr.comes_from,
                "name": req.name if req else None,
                "specifier": str(req.specifier) if req else "",
                "extras": sorted(req.extras) if req else sorted(ireq.extras),
                "marker": str(ireq.markers) if ireq.markers else None,
                "link": ireq.link is not None,
                "editable": pr.is_editable,
                "constraint": pr.constraint,
                "hashes": sorted(k + ":" + v for k, vs in ((pr.options or {}).get("hashes") or {}).items() for v in vs),
            })
    except BaseException as e:
        out["error"] = type(e).__name__ + ": " + str(e)
    results.append(out)
print(json.dumps(results))
`;

type Files = Record<string, string>;

/** Files pip and this parser must read the same way (requirements.txt is the top file). */
const AGREE: [string, Files][] = [
  [
    'names and version specifiers',
    {
      'requirements.txt':
        'Django==5.2.1\ndjangorestframework>=3.14,<4\nDjango_REST.knox ~= 5.0\ncelery\nrequests (>=2.0)\ndjango-filter==23.*\nfoo!=1.0,>=0.9\nlegacy===1.0-x\n',
    },
  ],
  [
    'extras and markers',
    {
      'requirements.txt': `celery[redis,msgpack]==5.3.1 ; python_version < "3.12"\npywin32>=300; sys_platform == 'win32' and (python_version >= '3.8' or os_name == 'nt')\nfoo; sys_platform == "linux/x"\n`,
    },
  ],
  [
    'hashes and continuations',
    {
      'requirements.txt':
        'celery==5.4.0 \\\n    --hash=sha256:aaa \\\n    --hash=sha256:bbb\ndjango==5.2 --hash sha256:ccc\n',
    },
  ],
  [
    'lines of backslashes: pip strips every leading and trailing one of a continued line',
    { 'requirements.txt': '\\\\\nx\\\\\n\\\\django\\\ncelery\n\\\\' },
  ],
  [
    'file options',
    {
      'requirements.txt':
        '-i https://pypi.example.org/simple\n--extra-index-url https://y.example.org/simple\n-f ./wheels\n--pre\n--trusted-host x.org\n--prefer-binary\ndjango\n',
    },
  ],
  [
    'comments and blank lines',
    {
      'requirements.txt':
        '# top\n\ndjango==5.2  # the framework\n   # indented comment\ngit+https://x.org/r.git#egg=r\n\n',
    },
  ],
  [
    'URLs, VCS and archives',
    {
      'requirements.txt':
        'django @ https://example.org/Django-5.2.tar.gz\nfoo @ https://x.org/foo.zip ; os_name == "nt"\nhttps://files.example.org/celery-5.3.1-py3-none-any.whl\ngit+https://github.com/jazzband/django-redis.git@5.4.0#egg=django-redis\n./dist/mylib-1.0-py3-none-any.whl\n',
    },
  ],
  [
    'editables',
    {
      'requirements.txt':
        '-e git+https://github.com/a/b.git#egg=b-lib\n--editable=git+https://github.com/a/c.git#egg=c\n',
    },
  ],
  [
    'nested -r includes, relative to the including file',
    {
      'requirements.txt': '-r reqs/base.txt\nredis\n',
      'reqs/base.txt': 'django==5.2.1\n-r extra/more.txt\n',
      'reqs/extra/more.txt': 'celery==5.4.0\n',
    },
  ],
  [
    '-c constraints',
    { 'requirements.txt': '-c constraints.txt\ndjango\n', 'constraints.txt': 'django<6\ncelery==5.4.0\n' },
  ],
  [
    'CRLF line endings and a comment joined by a continuation',
    { 'requirements.txt': 'django==5.2\r\ncelery \\\r\n# note\r\nredis\r\n' },
  ],
];

/** Files pip refuses: this parser must report an error for each. */
const REFUSE: [string, string][] = [
  ['a bad version operator', 'django >= 5.2 <<\n'],
  ['an unknown option', '--frobnicate yes\n'],
  ['a bad marker', 'django ; python_version >>> "3"\n'],
  ['extras without a name', '[extra-only]\n'],
  ['an unclosed quote in options', 'django --hash "sha256:abc\n'],
  ['an unset variable', '${UNSET_VARIABLE_FOR_TEST}\n'],
];

function writeTree(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'djstack-pip-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function fromDisk(dir: string): ReadInclude {
  return (path, from) => {
    const file = normalize(join(dirname(from), path));
    return existsSync(join(dir, file))
      ? { file, text: readFileSync(join(dir, file), 'utf8') }
      : { error: 'no such file' };
  };
}

interface PipRequirement {
  comesFrom: string;
  name: string | null;
  specifier: string;
  extras: string[];
  marker: string | null;
  link: boolean;
  editable: boolean;
  constraint: boolean;
  hashes: string[];
}

function runPip(dir: string, files: string[]): { requirements: PipRequirement[]; error: string | null }[] {
  const script = join(dir, '.pip-read.py');
  writeFileSync(script, PIP_SCRIPT);
  return JSON.parse(execFileSync(PYTHON, [script, ...files], { cwd: dir, encoding: 'utf8' }));
}

const canonicalSpecifier = (text: string) =>
  text
    .split(',')
    .map((c) => c.replace(/\s+/g, ''))
    .filter(Boolean)
    .sort()
    .join(',');
const canonicalMarker = (text: string | null) => text && text.replace(/\s+/g, '').replace(/'/g, '"');

function ours(requirement: ParsedRequirement) {
  return {
    where: `${requirement.constraint ? '-c' : '-r'} ${requirement.source.file} (line ${requirement.source.line})`,
    name: requirement.normalizedName,
    specifier: canonicalSpecifier(requirement.specifier),
    extras: [...requirement.extras].sort(),
    marker: canonicalMarker(requirement.marker),
    link: requirement.link !== null,
    editable: requirement.editable,
    constraint: requirement.constraint,
    hashes: [...requirement.hashes].sort(),
  };
}

function theirs(requirement: PipRequirement) {
  return {
    where: requirement.comesFrom,
    name: requirement.name === null ? null : normalizePackageName(requirement.name),
    specifier: canonicalSpecifier(requirement.specifier),
    extras: requirement.extras,
    marker: canonicalMarker(requirement.marker),
    link: requirement.link,
    editable: requirement.editable,
    constraint: requirement.constraint,
    hashes: requirement.hashes,
  };
}

// In CI (DJSTACK_REQUIRE_DJANGO=1) a missing pip fails instead of skipping.
describe.skipIf(!hasPip && !REQUIRE)(
  `requirements parser agrees with pip (${PYTHON}${hasPip ? '' : ': SKIPPED, it has no pip; set DJSTACK_PYTHON'})`,
  () => {
    // One folder per case and one pip process for all of them: starting pip takes seconds.
    const cases: Files[] = [
      ...AGREE.map(([, files]) => files),
      ...REFUSE.map(([, text]) => ({ 'requirements.txt': text })),
    ];
    const dir = writeTree(
      Object.fromEntries(
        cases.flatMap((files, i) => Object.entries(files).map(([path, text]) => [`case${i}/${path}`, text])),
      ),
    );
    const pip = !hasPip
      ? []
      : runPip(
          dir,
          cases.map((_, i) => `case${i}/requirements.txt`),
        );

    it(`has pip for ${PYTHON} (DJSTACK_REQUIRE_DJANGO=1 makes a missing one fail)`, () => {
      expect(hasPip, `${PYTHON} has no pip: install python3-pip or set DJSTACK_PYTHON`).toBe(true);
    });

    it.each(AGREE.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
      expect(pip[i]!.error).toBeNull();
      const parsed = parseRequirements(AGREE[i]![1]['requirements.txt']!, {
        file: `case${i}/requirements.txt`,
        readInclude: fromDisk(dir),
      });
      expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      const mine = [...parsed.requirements, ...parsed.constraints].map(ours);
      const order = (list: { where: string }[]) =>
        [...list].sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
      expect(order(mine)).toEqual(order(pip[i]!.requirements.map(theirs)));
    });

    it.each(REFUSE.map(([name, text], i) => [name, text, AGREE.length + i] as const))(
      'pip and this parser both refuse %s',
      (_name, text, i) => {
        expect(pip[i]!.error).not.toBeNull();
        expect(parseRequirements(text).issues.some((issue) => issue.severity === 'error')).toBe(true);
      },
    );
  },
);
