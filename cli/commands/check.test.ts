import { BUNDLED_DATA_DATE } from '../../core/refresh/catalog-data';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DJSTACK_BIN, runCli, tempFolder } from '../testing';

let dir: string;

function node(id: string, pkg: string, extra: Record<string, unknown> = {}) {
  return { id, package: pkg, position: { x: 0, y: 0 }, ...extra };
}

function writeDiagram(
  name: string,
  nodes: unknown[],
  edges: unknown[] = [],
  target = { django: '5.2', python: '3.12' },
): string {
  writeFileSync(join(dir, name), JSON.stringify({ format: 'djstack', version: 1, target, nodes, edges }));
  return name;
}

const run = (...args: string[]) => runCli(dir, args);

beforeAll(() => {
  dir = tempFolder('check');
  writeDiagram('clean.djstack', [node('django-1', 'django'), node('whitenoise-1', 'whitenoise')]);
  writeDiagram('no-redis.djstack', [node('django-1', 'django'), node('channels-redis-1', 'channels-redis')]);
  writeDiagram('upgrade.djstack', [node('django-1', 'django'), node('whitenoise-1', 'whitenoise')], [], {
    django: '4.2',
    python: '3.12',
  });
  writeFileSync(join(dir, 'broken.djstack'), '{"format": "djstack", "version": 1');
  writeDiagram(
    'cache.djstack',
    [node('django-1', 'django'), node('django-redis-1', 'django-redis'), node('redis-server-1', 'redis-server')],
    [
      {
        id: 'e1',
        source: 'redis-server-1',
        sourcePort: 'redis',
        target: 'django-redis-1',
        targetPort: 'redis',
        role: 'redis',
      },
      {
        id: 'e2',
        source: 'django-redis-1',
        sourcePort: 'cache',
        target: 'django-1',
        targetPort: 'cache',
        role: 'cache',
      },
    ],
  );
});

/** What `djstack export-requirements` prints for a diagram: the file that is in step. */
async function exported(diagram: string): Promise<string> {
  const { code, stdout } = await run('export-requirements', diagram);
  expect(code).toBe(0);
  return stdout;
}

/** The exported pin of `name` (`redis==8.1.0` → `8.1.0`). */
function pinOf(requirements: string, name: string): string {
  const match = new RegExp(`^${name}==(\\S+)$`, 'm').exec(requirements);
  if (!match) throw new Error(`no ${name} pin in:\n${requirements}`);
  return match[1]!;
}

describe('djstack check', () => {
  it('passes a clean stack with exit 0 and lists the resolved versions', async () => {
    const { code, stdout, stderr } = await run('check', 'clean.djstack');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('clean.djstack: checked for Django 5.2 / Python 3.12');
    expect(stdout).toContain('No problems.');
    expect(stdout).toMatch(/^ {2}django +5\.2\.\d+$/m);
    expect(stdout).toMatch(/^ {2}whitenoise +\d+\.\d+/m);
    expect(stdout).toContain('0 errors, 0 warnings.');
  });

  it('channels-redis without a Redis service is an error with a fix, exit 1', async () => {
    const { code, stdout } = await run('check', 'no-redis.djstack');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^error +missing-requirement +channels-redis needs a .*redis.* and nothing on the canvas provides one/im,
    );
    expect(stdout).toContain('fix: Add redis-server and wire it');
  });

  it('--json prints exactly target, resolved, levels, problems and the package data used', async () => {
    const { code, stdout } = await run('check', 'no-redis.djstack', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['target', 'resolved', 'levels', 'problems', 'packageData']);
    expect(report.packageData).toEqual({ date: BUNDLED_DATA_DATE, source: 'bundled' });
    // Every resolved package has its level of support at the target.
    expect(Object.keys(report.levels).sort()).toEqual(Object.keys(report.resolved).sort());
    expect(report.levels.django).toEqual({ level: 'supported', reason: '' });
    expect(report.target).toEqual({ django: '5.2', python: '3.12' });
    expect(report.resolved.django).toMatch(/^5\.2\./);
    expect(report.resolved['channels-redis']).toMatch(/^\d+\.\d+/);
    expect(report.problems).toContainEqual({
      severity: 'error',
      code: 'missing-requirement',
      message: expect.stringContaining('channels-redis'),
      packages: ['channels-redis'],
      nodes: ['channels-redis-1'],
      fix: { label: 'Add redis-server and wire it' },
    });
    for (const problem of report.problems)
      expect(Object.keys(problem)).toEqual(['severity', 'code', 'message', 'packages', 'nodes', 'fix']);
  });

  it('--django checks another target and lists the versions that move', async () => {
    const { code, stdout } = await run('check', 'upgrade.djstack', '--django', '5.2');
    expect(code).toBe(0);
    expect(stdout).toContain('checked for Django 5.2 / Python 3.12');
    expect(stdout).toContain("Compared with the file's target (Django 4.2 / Python 3.12):");
    expect(stdout).toMatch(/^ {2}django +4\.2\.\d+ → 5\.2\.\d+$/m);
    const json = JSON.parse((await run('check', 'upgrade.djstack', '--django=5.2', '--json')).stdout);
    expect(json.target).toEqual({ django: '5.2', python: '3.12' });
    expect(json.upgrade.from).toEqual({ django: '4.2', python: '3.12' });
    expect(json.upgrade.moves).toContainEqual({
      package: 'django',
      from: expect.stringMatching(/^4\.2\./),
      to: expect.stringMatching(/^5\.2\./),
    });
  });

  it('an upgrade to a Django the catalog does not know is blocked, exit 1', async () => {
    const { code, stdout } = await run('check', 'upgrade.djstack', '--django', '9.0');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^error +unsupported-target +Django 9\.0 cannot be installed .*the catalog has no Django 9\.0 release/m,
    );
    expect(stdout).toMatch(/django +4\.2\.\d+ → no version \(unsupported-target: see above\)/);
  });

  it('bad input and bad usage give one line on stderr and exit 2', async () => {
    for (const args of [
      ['check', 'broken.djstack'],
      ['check', 'missing.djstack'],
      ['check'],
      ['check', 'clean.djstack', '--django', 'five'],
      ['check', 'clean.djstack', '--frobnicate'],
      ['check', 'a.djstack', 'b.djstack'],
    ]) {
      const { code, stdout, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^djstack check: .+\n$/);
    }
  });

  it('names a package that pip installs for another one (redis for django-redis) as not on the canvas', async () => {
    const { code, stdout } = await run('check', 'cache.djstack');
    expect(code).toBe(0);
    expect(stdout).toContain('No problems.');
    expect(stdout).toMatch(/^ {2}redis +\d+\.\d+\S* +\(not on the canvas: via django-redis\)$/m);
    expect(stdout).toMatch(/^ {2}django-redis +\d+\.\d+\S*$/m);
  });

  describe('--requirements', () => {
    it('passes, exit 0, when requirements.txt is what the diagram exports (implicit redis included)', async () => {
      const text = await exported('cache.djstack');
      expect(text).toMatch(/^redis==/m);
      writeFileSync(join(dir, 'in-step.txt'), text);
      const { code, stdout, stderr } = await run('check', 'cache.djstack', '--requirements', 'in-step.txt');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('Compared with in-step.txt:\nrequirements.txt matches the diagram.');
      expect(stdout).toContain('0 errors, 0 warnings.');
    });

    it('names a missing package, an extra one and a wrong version, exit 1', async () => {
      const text = await exported('cache.djstack');
      const redis = pinOf(text, 'redis');
      const drifted = text
        .replace(/^django-redis==.*$/m, '')
        .replace(/^redis==.*$/m, 'redis==4.3.4')
        .concat('requests==2.32.3\n');
      writeFileSync(join(dir, 'drifted.txt'), drifted);
      const { code, stdout } = await run('check', 'cache.djstack', '--requirements=drifted.txt');
      expect(code).toBe(1);
      expect(stdout).toContain('requirements.txt has drifted from the diagram (3 differences):');
      expect(stdout).toMatch(
        /^ {2}missing +django-redis is missing from requirements\.txt; the diagram exports django-redis==/m,
      );
      expect(stdout).toContain(`  version    redis is 4.3.4 in requirements.txt, but the diagram exports ${redis}`);
      expect(stdout).toMatch(/^ {2}extra +requests \(drifted\.txt:\d+\) is in requirements\.txt/m);
      expect(stdout).toContain('0 errors, 0 warnings; drifted.txt: 3 differences.');
    });

    it('--json adds a "drift" object naming each difference', async () => {
      const text = await exported('cache.djstack');
      writeFileSync(join(dir, 'json.txt'), text.replace(/^redis==.*$/m, 'redis==4.3.4'));
      const { code, stdout } = await run('check', 'cache.djstack', '--requirements', 'json.txt', '--json');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(Object.keys(report)).toEqual(['target', 'resolved', 'levels', 'problems', 'packageData', 'drift']);
      expect(report.problems).toEqual([]);
      expect(report.drift).toEqual({
        file: 'json.txt',
        ok: false,
        differences: [
          {
            kind: 'version',
            package: 'redis',
            expected: `redis==${pinOf(text, 'redis')}`,
            actual: 'redis==4.3.4',
            message: expect.stringContaining('redis is 4.3.4 in requirements.txt'),
            source: { file: 'json.txt', line: expect.any(Number) },
          },
        ],
        warnings: [],
      });
    });

    it('follows -r includes relative to the file that names them', async () => {
      const text = await exported('cache.djstack');
      const django = /^django==.*$/m.exec(text)![0];
      mkdirSync(join(dir, 'reqs/base'), { recursive: true });
      writeFileSync(join(dir, 'reqs/base/django.txt'), `${django.replace(/==.*/, '==5.2.0')}\n`);
      writeFileSync(join(dir, 'reqs/base.txt'), '-r base/django.txt\n');
      writeFileSync(join(dir, 'reqs/prod.txt'), `-r base.txt\n${text.replace(django, '')}`);
      const { code, stdout } = await run('check', 'cache.djstack', '--requirements', 'reqs/prod.txt');
      expect(code).toBe(1);
      expect(stdout).toContain('(1 difference):');
      expect(stdout).toMatch(/^ {2}version +django is 5\.2\.0 in requirements\.txt/m);
      writeFileSync(join(dir, 'reqs/base/django.txt'), `${django}\n`);
      expect((await run('check', 'cache.djstack', '--requirements', 'reqs/prod.txt')).code).toBe(0);
    });

    it('drift and errors both exit 1; errors are still listed', async () => {
      writeFileSync(join(dir, 'empty.txt'), '# nothing yet\n');
      const { code, stdout } = await run('check', 'no-redis.djstack', '--requirements', 'empty.txt');
      expect(code).toBe(1);
      expect(stdout).toMatch(/^error +missing-requirement/m);
      expect(stdout).toMatch(/^ {2}missing +django is missing/m);
    });

    it('a requirements file pip could not read is bad input: one line on stderr, exit 2', async () => {
      writeFileSync(join(dir, 'garbage.txt'), 'django==5.2.1\n==not a requirement\n');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x64, 0x6a, 0xff, 0xfe, 0x0a]));
      writeFileSync(join(dir, 'includes-missing.txt'), '-r nowhere.txt\n');
      const cases: [string[], RegExp][] = [
        [['--requirements', 'garbage.txt'], /^djstack check: garbage\.txt:2: .+\n$/],
        [['--requirements', 'binary.txt'], /^djstack check: binary\.txt: not UTF-8 text\n$/],
        [
          ['--requirements', 'absent.txt'],
          /^djstack check: absent\.txt: cannot read the file \(no such file or folder, ENOENT\)\n$/,
        ],
        [
          ['--requirements', 'includes-missing.txt'],
          /^djstack check: includes-missing\.txt:1: cannot read .*nowhere\.txt.*\n$/,
        ],
        [['--requirements'], /^djstack check: --requirements expects a requirements file\n$/],
        [['--ranges'], /^djstack check: --ranges goes with --requirements\n$/],
      ];
      for (const [args, message] of cases) {
        const { code, stdout, stderr } = await run('check', 'clean.djstack', ...args);
        expect(code, args.join(' ')).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toMatch(message);
      }
    });
  });

  it('runs as a real process through cli/bin/djstack.mjs', () => {
    const result = spawnSync(process.execPath, [DJSTACK_BIN, 'check', 'no-redis.djstack', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).problems.map((p: { code: string }) => p.code)).toContain('missing-requirement');
  });
});
