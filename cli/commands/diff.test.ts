import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDjstack } from '../../core/format/djstack';
import type { Diagram } from '../../core/diagram/model';
import { DJSTACK_BIN, runCli, tempFolder } from '../testing';

let dir: string;

function diagram(packages: string[], extra: Partial<Diagram> = {}): Diagram {
  return {
    format: 'djstack',
    version: 1,
    target: { django: '5.2', python: '3.12' },
    nodes: packages.map((pkg, i) => ({ id: `${pkg}-1`, package: pkg, position: { x: i * 300, y: 0 } })),
    edges: [],
    ...extra,
  };
}

function write(name: string, content: Diagram | string): string {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : serializeDjstack(content));
  return name;
}

const run = (...args: string[]) => runCli(dir, args);

beforeAll(() => {
  dir = tempFolder('diff');
  write('before.djstack', diagram(['django', 'whitenoise']));
  write(
    'after.djstack',
    diagram(['django', 'whitenoise', 'redis-server'], { target: { django: '4.2', python: '3.12' } }),
  );
  write('moved.djstack', {
    ...diagram(['django', 'whitenoise']),
    nodes: diagram(['django', 'whitenoise']).nodes.map((n) => ({ ...n, position: { x: 1, y: 1 } })),
  });
  write('broken.djstack', '{"format": "djstack", "version": 1');
});

describe('djstack diff', () => {
  it('summarises packages and target changes, exit 0', async () => {
    const { code, stdout, stderr } = await run('diff', 'before.djstack', 'after.djstack');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Target:\n  ~ Django: 5.2 → 4.2\n');
    expect(stdout).toContain('Packages added:\n  + redis-server\n');
  });

  it('a layout-only change is one line', async () => {
    expect((await run('diff', 'before.djstack', 'moved.djstack')).stdout).toBe('Layout: 2 nodes moved.\n');
  });

  it('the same file twice has no changes', async () => {
    expect(await run('diff', 'before.djstack', 'before.djstack')).toEqual({
      code: 0,
      stdout: 'No changes.\n',
      stderr: '',
    });
  });

  it('a broken file is a one-line error and exit 2', async () => {
    const { code, stderr } = await run('diff', 'before.djstack', 'broken.djstack');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'djstack diff: broken.djstack: The file is not valid JSON: it ends too early (was it cut short?).\n',
    );
  });

  it('one file is a usage error', async () => {
    expect((await run('diff', 'before.djstack')).code).toBe(2);
  });

  it('--git takes git’s seven arguments and reads /dev/null as a new file', async () => {
    const { code, stdout } = await run(
      'diff',
      '--git',
      'stack.djstack',
      '/dev/null',
      '0000000',
      '.',
      'after.djstack',
      'abc1234',
      '100644',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^djstack diff a\/stack\.djstack b\/stack\.djstack\nNew diagram\.\nPackages added:\n {2}\+ django/,
    );
  });

  it('--git with a deleted file lists what was removed', async () => {
    const { stdout } = await run(
      'diff',
      '--git',
      'stack.djstack',
      'before.djstack',
      'abc',
      '100644',
      '/dev/null',
      '0000000',
      '.',
    );
    expect(stdout).toContain('Diagram deleted.\nPackages removed:\n');
  });

  it('--git with an unreadable side says so and still exits 0, so git carries on', async () => {
    const { code, stdout } = await run(
      'diff',
      '--git',
      'stack.djstack',
      'before.djstack',
      'a',
      '100644',
      'broken.djstack',
      'b',
      '100644',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('The new version of stack.djstack is not a readable diagram: The file is not valid JSON');
  });

  it('works as a real git diff driver through .gitattributes', () => {
    const repo = tempFolder('git');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('config', 'diff.djstack.command', `node ${JSON.stringify(DJSTACK_BIN)} diff --git`);
    writeFileSync(join(repo, '.gitattributes'), '*.djstack diff=djstack\n');
    writeFileSync(join(repo, 'stack.djstack'), serializeDjstack(diagram(['django'])));
    git('add', '.');
    git('commit', '-qm', 'one');
    writeFileSync(join(repo, 'stack.djstack'), serializeDjstack(diagram(['django', 'whitenoise'])));
    const output = git('diff');
    expect(output).toContain('djstack diff a/stack.djstack b/stack.djstack\n');
    expect(output).toContain('Packages added:\n  + whitenoise');
    expect(output).not.toContain('"position"');
  });
});
