import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
