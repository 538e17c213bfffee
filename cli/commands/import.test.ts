import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing';

let dir: string;
const run = (...args: string[]) => runCli(dir, args);

beforeEach(() => {
  dir = tempFolder('import');
  mkdirSync(join(dir, 'requirements'));
  writeFileSync(join(dir, 'requirements/base.txt'), 'Django>=4.2,<5.0\n');
  writeFileSync(join(dir, 'requirements/production.txt'), '-r base.txt\n-r missing.txt\ngunicorn==22.0.0\n');
});

describe('djstack import of a file with includes and credentials', () => {
  it('a missing -r file is an error naming it (exit 2, nothing written); --ignore-missing-includes goes on', async () => {
    const refused = await run('import', 'requirements/production.txt', '-o', 'stack.djstack');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('missing.txt');
    const went = await run('import', 'requirements/production.txt', '--ignore-missing-includes', '-o', 'stack.djstack');
    expect(went.code).toBe(0);
    expect(went.stderr).toContain('warning: include not read: missing.txt');
    const out = await run('export-requirements', 'stack.djstack', '--out-dir', 'back');
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'back/production.txt'), 'utf8')).toBe(
      readFileSync(join(dir, 'requirements/production.txt'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'back/base.txt'), 'utf8')).toBe('Django>=4.2,<5.0\n');
  });

  it('a credential in a URL is replaced by ${VAR}, said on stderr, and never stored', async () => {
    writeFileSync(join(dir, 'r.txt'), '--extra-index-url https://ci:hunter2@pkgs.example.com/simple\ncelery==5.3.6\n');
    const result = await run('import', 'r.txt', '-o', 'stack.djstack');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('set PKGS_EXAMPLE_COM_PASSWORD in the environment');
    expect(readFileSync(join(dir, 'stack.djstack'), 'utf8')).not.toContain('hunter2');
    const exported = await run('export-requirements', 'stack.djstack');
    expect(exported.stdout).toBe(
      '--extra-index-url https://ci:${PKGS_EXAMPLE_COM_PASSWORD}@pkgs.example.com/simple\ncelery==5.3.6\n',
    );
  });

  it('a pyproject.toml that is not TOML is refused with exit 2', async () => {
    writeFileSync(join(dir, 'pyproject.toml'), '[project\n');
    const result = await run('import', 'pyproject.toml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not valid TOML');
  });
});

describe('djstack import writes only what check opens (issue 17, point 6)', () => {
  it('a requirements file of 6,001 packages is refused with the loader’s reason; nothing is written', async () => {
    const lines = Array.from({ length: 6001 }, (_, i) => `internal-package-${i}==1.0\n`).join('');
    writeFileSync(join(dir, 'huge.txt'), lines);
    const result = await run('import', 'huge.txt', '-o', 'stack.djstack');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nothing was written.*at most 5000/s);
    expect(existsSync(join(dir, 'stack.djstack'))).toBe(false);
  });

  it('what import writes, check opens', async () => {
    writeFileSync(join(dir, 'r.txt'), 'Django==5.2.1\ncelery[redis]==5.5.2\n');
    expect((await run('import', 'r.txt', '-o', 'stack.djstack')).code).toBe(0);
    const checked = await run('check', 'stack.djstack');
    expect(checked.stderr).not.toMatch(/could not|not valid/);
    expect([0, 1]).toContain(checked.code);
  });
});
