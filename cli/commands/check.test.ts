import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import type { CliIo } from '../io';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
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

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'djstack-check-'));
  writeDiagram('clean.djstack', [node('django-1', 'django'), node('whitenoise-1', 'whitenoise')]);
  writeDiagram('no-redis.djstack', [node('django-1', 'django'), node('channels-redis-1', 'channels-redis')]);
  writeDiagram('upgrade.djstack', [node('django-1', 'django'), node('whitenoise-1', 'whitenoise')], [], {
    django: '4.2',
    python: '3.12',
  });
  writeFileSync(join(dir, 'broken.djstack'), '{"format": "djstack", "version": 1');
});

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

  it('--json prints exactly target, resolved and problems', async () => {
    const { code, stdout } = await run('check', 'no-redis.djstack', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['target', 'resolved', 'problems']);
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
    expect(stdout).toMatch(/^error +unsupported-target +The catalog has no Django 9\.0 release/m);
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

  it('runs as a real process through cli/bin/djstack.mjs', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'cli/bin/djstack.mjs'), 'check', 'no-redis.djstack', '--json'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).problems.map((p: { code: string }) => p.code)).toContain('missing-requirement');
  });
});
