/**
 * The hooks in .pre-commit-hooks.yaml, run the way pre-commit runs them: the YAML parsed, each
 * hook's files chosen by its `files` / `exclude` / `types`, the command built as
 * entry + args + filenames (none when pass_filenames is false), and the exit code read as
 * pass (0) or fail. `djstack` is the bundled bin, as after pre-commit's npm install.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DJSTACK_BIN, tempFolder } from './testing';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  types?: string[];
  pass_filenames?: boolean;
}

const ROOT = join(DJSTACK_BIN, '../../..');
const HOOKS = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = (id: string) => HOOKS.find((h) => h.id === id)!;

/** A diagram on Django 4.2 with DRF wired in: no errors. */
const CLEAN = readFileSync(join(ROOT, 'e2e/fixtures/drf-on-django.djstack'), 'utf8');
/** The same diagram with Django pinned to a 4.2 release but targeted at 5.2: an error. */
const BROKEN = CLEAN.replace('"target": { "django": "4.2"', '"target": { "django": "5.2"').replace(
  '"package": "django",',
  '"package": "django", "pin": "4.2.16",',
);

/** The files pre-commit would hand a hook: `files` and `exclude` searched in each path, `types` by tag. */
function filesFor(h: Hook, paths: string[]): string[] {
  // Python's re.search; these patterns use nothing JavaScript reads differently.
  const files = new RegExp(h.files ?? '');
  const exclude = new RegExp(h.exclude ?? '^$');
  for (const type of h.types ?? ['file']) expect(['file', 'text']).toContain(type);
  return paths.filter((path) => files.test(path) && !exclude.test(path));
}

/** entry + args + filenames, as pre-commit builds it; `djstack` is the installed bin. */
function runHook(cwd: string, h: Hook, staged: string[], args: string[] = []) {
  const [program, ...entryArgs] = h.entry.split(/\s+/);
  expect(program).toBe('djstack');
  const filenames = h.pass_filenames === false ? [] : filesFor(h, staged);
  const argv = [DJSTACK_BIN, ...entryArgs, ...args, ...filenames];
  const result = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, filenames };
}

describe('.pre-commit-hooks.yaml', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempFolder('pre-commit');
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'stack.djstack'), CLEAN);
    writeFileSync(join(repo, 'docs/broken.djstack'), BROKEN);
    writeFileSync(join(repo, 'README.md'), '# a project\n');
    const exported = spawnSync(process.execPath, [DJSTACK_BIN, 'export-requirements', 'stack.djstack'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(exported.status).toBe(0);
    writeFileSync(join(repo, 'requirements.txt'), exported.stdout);
  });

  it('declares both hooks as node hooks whose entry is the djstack bin', () => {
    expect(HOOKS.map((h) => h.id)).toEqual(['djstack-check', 'djstack-drift']);
    for (const h of HOOKS) expect(h.language).toBe('node');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(pkg.bin.djstack).toBe('cli/bin/djstack.mjs');
    // pre-commit installs the packed package: the bundle must be in it, though git ignores it.
    expect(pkg.files).toEqual(expect.arrayContaining(['cli/bin/', 'cli/dist/']));
  });

  it('djstack-check gets only the staged diagrams and passes a clean one', () => {
    const run = runHook(repo, hook('djstack-check'), ['README.md', 'requirements.txt', 'stack.djstack']);
    expect(run.filenames).toEqual(['stack.djstack']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('djstack-check fails the commit when one staged diagram has an error, naming it', () => {
    const run = runHook(repo, hook('djstack-check'), ['stack.djstack', 'docs/broken.djstack', 'README.md']);
    expect(run.filenames).toEqual(['stack.djstack', 'docs/broken.djstack']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('docs/broken.djstack: checked for Django 5.2');
    expect(run.stdout).toMatch(/error +no-solution/);
  });

  it('djstack-check with --format github annotates the diagram', () => {
    const run = runHook(repo, hook('djstack-check'), ['docs/broken.djstack'], ['--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=docs\/broken.djstack,title=djstack no-solution::Pinned django==4\.2\.16/m,
    );
  });

  it('djstack-drift runs on a staged diagram or requirements file and compares the pair in args', () => {
    const drift = hook('djstack-drift');
    const args = ['stack.djstack', 'requirements.txt'];
    expect(filesFor(drift, ['README.md'])).toEqual([]); // pre-commit skips the hook
    expect(filesFor(drift, ['stack.djstack', 'requirements/dev.txt', 'requirements.txt'])).toHaveLength(3);
    expect(runHook(repo, drift, ['stack.djstack'], args).code).toBe(0);
    const pinned = readFileSync(join(repo, 'requirements.txt'), 'utf8');
    writeFileSync(
      join(repo, 'requirements-stale.txt'),
      pinned.replace(/^djangorestframework==\S+/m, 'djangorestframework==3.14.0'),
    );
    const run = runHook(
      repo,
      drift,
      ['requirements-stale.txt'],
      ['stack.djstack', 'requirements-stale.txt', '--format', 'github'],
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=requirements-stale.txt,line=\d+,title=djstack drift%3A version::djangorestframework is 3\.14\.0/m,
    );
  });

  it('djstack-drift with a requirements file pip cannot read is bad input (exit 2)', () => {
    writeFileSync(join(repo, 'requirements-bad.txt'), 'django>=\n');
    const run = runHook(
      repo,
      hook('djstack-drift'),
      ['requirements-bad.txt'],
      ['stack.djstack', 'requirements-bad.txt'],
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^djstack drift: /);
  });
});

/**
 * The real pre-commit (Debian's package), when installed: a `repo: local` config whose hooks are
 * the ones in .pre-commit-hooks.yaml with `language: system` (pre-commit's node hooks would
 * npm-install this repository from the registry), and `djstack` on PATH.
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
// CI installs Debian's pre-commit (.ci/run) and requires it: there, a missing pre-commit fails.
const required = process.env.DJSTACK_REQUIRE_DJANGO === '1';
describe.skipIf(preCommit.status !== 0 && !required)('pre-commit itself', () => {
  it('runs both hooks on a git repository and fails the commit on the broken diagram', () => {
    const repo = tempFolder('pre-commit-real');
    const bin = join(repo, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'djstack'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(DJSTACK_BIN)} "$@"\n`,
    );
    chmodSync(join(bin, 'djstack'), 0o755);
    const hooks = HOOKS.map((h) => ({
      ...h,
      language: 'system',
      ...(h.id === 'djstack-drift' ? { args: ['stack.djstack', 'requirements.txt'] } : {}),
    }));
    writeFileSync(join(repo, '.pre-commit-config.yaml'), JSON.stringify({ repos: [{ repo: 'local', hooks }] }));
    writeFileSync(join(repo, 'stack.djstack'), CLEAN);
    const exported = spawnSync(process.execPath, [DJSTACK_BIN, 'export-requirements', 'stack.djstack'], {
      cwd: repo,
      encoding: 'utf8',
    });
    writeFileSync(join(repo, 'requirements.txt'), exported.stdout);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, PRE_COMMIT_HOME: join(repo, '.cache') };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8', env });
    git('init', '-q');
    git('add', 'stack.djstack', 'requirements.txt', '.pre-commit-config.yaml');
    const pass = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, encoding: 'utf8', env });
    expect(pass.stdout).toMatch(/djstack check\.+Passed/);
    expect(pass.stdout).toMatch(/djstack drift\.+Passed/);
    expect(pass.status).toBe(0);
    writeFileSync(join(repo, 'broken.djstack'), BROKEN);
    writeFileSync(join(repo, 'requirements.txt'), exported.stdout.replace(/^django==\S+/m, 'django==4.2.1'));
    git('add', 'broken.djstack', 'requirements.txt');
    const fail = spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: repo, encoding: 'utf8', env });
    expect(fail.stdout).toMatch(/djstack check\.+Failed/);
    expect(fail.stdout).toContain('broken.djstack: checked for Django 5.2');
    expect(fail.stdout).toMatch(/djstack drift\.+Failed/);
    expect(fail.stdout).toContain('django is 4.2.1 in requirements.txt');
    expect(fail.status).toBe(1);
  });
});
