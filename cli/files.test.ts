import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './testing';

const REQUIREMENTS = Array.from({ length: 40 }, (_, i) => `django-package-${i}==1.${i}`).join('\n');

function mountSmallTmpfs(folder: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('CLI file errors are one line and exit 2', () => {
  it('import -o onto a folder says so in one line', async () => {
    const cwd = tempFolder('files');
    writeFileSync(join(cwd, 'requirements.txt'), 'Django==5.2\n');
    mkdirSync(join(cwd, 'out.djstack'));
    const result = await runCli(cwd, ['import', 'requirements.txt', '-o', 'out.djstack', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/out\.djstack: not written \(/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('EEXIST and ENOTDIR: --out onto a file, a package path taken by a file, -o under a file: one line each', async () => {
    const cwd = tempFolder('files');
    writeFileSync(join(cwd, 'requirements.txt'), 'Django==5.2\n');
    expect((await runCli(cwd, ['import', 'requirements.txt', '-o', 'stack.djstack'])).code).toBe(0);
    writeFileSync(join(cwd, 'out'), 'a file');
    mkdirSync(join(cwd, 'out2'));
    writeFileSync(join(cwd, 'out2', 'shop'), 'a file where the package folder goes');
    const runs = [
      [['export', 'stack.djstack', '--out', 'out', '--force', '--name', 'shop'], /out exists and is not a folder/],
      [
        ['export', 'stack.djstack', '--out', 'out2', '--force', '--name', 'shop'],
        /"shop" in the folder is not a folder/,
      ],
      [
        ['import', 'requirements.txt', '-o', 'requirements.txt/x.djstack'],
        /not written \(a part of the path is not a folder, ENOTDIR\)/,
      ],
    ] as const;
    for (const [args, message] of runs) {
      const result = await runCli(cwd, [...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(join(cwd, 'out2', 'shop'), 'utf8')).toBe('a file where the package folder goes');
  });

  it('a FIFO or a device as the requirements file is refused, not read forever', async () => {
    const cwd = tempFolder('files');
    execFileSync('mkfifo', [join(cwd, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(cwd, 'zero.txt'));
    for (const file of ['pipe.txt', 'zero.txt', '/dev/zero']) {
      const result = await runCli(cwd, ['import', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not a regular file; only files are read/);
    }
  });

  it('import -o onto a FIFO (or /dev/full) refuses to replace it, in one line, and leaves it as it was', async () => {
    const cwd = tempFolder('files');
    writeFileSync(join(cwd, 'requirements.txt'), 'Django==5.2\n');
    execFileSync('mkfifo', [join(cwd, 'pipe.djstack')]);
    const result = await runCli(cwd, ['import', 'requirements.txt', '-o', 'pipe.djstack', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'djstack import: pipe.djstack: not written (it is not a regular file (a device, FIFO, socket or folder), ENOTREG); the file on disk was not changed',
    );
    expect(lstatSync(join(cwd, 'pipe.djstack')).isFIFO()).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(['pipe.djstack', 'requirements.txt']);
  });

  it('a diagram symlinked to /dev/zero is refused by check', async () => {
    const cwd = tempFolder('files');
    symlinkSync('/dev/zero', join(cwd, 'stack.djstack'));
    const result = await runCli(cwd, ['check', 'stack.djstack']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a device, not a regular file/);
  });
});

describe('terminal control characters', () => {
  it('import prints no escape sequence from the requirements file (OSC 52, CSI, BEL)', async () => {
    const cwd = tempFolder('files');
    const osc52 = '\u001b]52;c;ZXZpbA==\u0007';
    writeFileSync(join(cwd, 'requirements.txt'), `Django==5.2\nevil-${osc52}pkg\u001b[2J==1.0\n--bogus-${osc52}\n`);
    const result = await runCli(cwd, ['import', 'requirements.txt']);
    const controls = (text: string) => ['\u001b', '\u0007', '\u009b'].filter((c) => text.includes(c));
    expect(controls(result.stdout + result.stderr)).toEqual([]);
    expect(result.stderr).toContain('evil-');
    const check = await runCli(cwd, ['check', `missing-${osc52}.djstack`]);
    expect(check.code).toBe(2);
    expect(controls(check.stderr)).toEqual([]);
  });
});

describe('export stays inside --out', () => {
  it('--force refuses a manage.py linked to a file outside, in one line, and leaves it alone', async () => {
    const cwd = tempFolder('files');
    writeFileSync(join(cwd, 'requirements.txt'), 'Django==5.2\n');
    expect((await runCli(cwd, ['import', 'requirements.txt', '-o', 'stack.djstack'])).code).toBe(0);
    mkdirSync(join(cwd, 'out'));
    writeFileSync(join(cwd, 'victim'), 'keep');
    symlinkSync(join(cwd, 'victim'), join(cwd, 'out', 'manage.py'));
    const result = await runCli(cwd, ['export', 'stack.djstack', '--out', 'out', '--force', '--name', 'shop']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"manage\.py" in the folder is a symbolic link; nothing was written/);
    expect(readFileSync(join(cwd, 'victim'), 'utf8')).toBe('keep');
    expect(readdirSync(join(cwd, 'out'))).toEqual(['manage.py']);
  });
});

const disk = tempFolder('tmpfs');
const mounted = mountSmallTmpfs(disk);

describe('import -o on a full disk', () => {
  afterAll(() => {
    if (mounted) execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it.runIf(mounted)('keeps the old diagram whole, leaves no temporary file and says why in one line', async () => {
    const cwd = tempFolder('files');
    writeFileSync(join(cwd, 'small.txt'), 'Django==5.2\n');
    writeFileSync(join(cwd, 'big.txt'), `${REQUIREMENTS}\n`);
    const out = join(disk, 'stack.djstack');
    expect((await runCli(cwd, ['import', 'small.txt', '-o', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    // Fill the disk so the next save cannot fit.
    writeFileSync(join(disk, 'filler'), Buffer.alloc(64 * 1024 - before.length * 2 - 8192));
    const result = await runCli(cwd, ['import', 'big.txt', '-o', out, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the disk is full, ENOSPC/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(disk).sort()).toEqual(['filler', 'stack.djstack']);
  });
});
