import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing';

let dir: string;

const run = (...args: string[]) => runCli(dir, args);

beforeEach(() => {
  dir = tempFolder('export');
  writeFileSync(
    join(dir, 'requirements.txt'),
    'Django==3.2.25\ncelery==5.2.6\ndjango-celery-results==2.4.0\nleftpad-ng==0.1\n',
  );
});

describe('djstack import', () => {
  it('draws a wired diagram from requirements.txt, keeps unknown packages and adds the broker', async () => {
    const result = await run('import', 'requirements.txt', '--python', '3.11', '-o', 'stack.djstack');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('unknown packages (kept as unknown nodes): leftpad-ng');
    expect(result.stderr).toContain('added services: redis-server');
    const diagram = JSON.parse(readFileSync(join(dir, 'stack.djstack'), 'utf8'));
    expect(diagram.target).toEqual({ django: '3.2', python: '3.11' });
    expect(diagram.nodes.map((n: { package: string }) => n.package).sort()).toEqual([
      'celery',
      'django',
      'django-celery-results',
      'leftpad-ng',
      'redis-server',
    ]);
    expect(diagram.nodes.find((n: { package: string }) => n.package === 'celery').pin).toBe('5.2.6');
    expect(diagram.edges.map((e: { id: string }) => e.id).sort()).toEqual([
      'celery.tasks-django.tasks',
      'django-celery-results.results-celery.results',
      'redis-server.broker-celery.broker',
    ]);
  });

  it('refuses to replace an existing diagram without --force, and a bad version flag', async () => {
    writeFileSync(join(dir, 'stack.djstack'), 'mine');
    expect((await run('import', 'requirements.txt', '-o', 'stack.djstack')).code).toBe(2);
    expect(readFileSync(join(dir, 'stack.djstack'), 'utf8')).toBe('mine');
    expect((await run('import', 'requirements.txt', '--django', 'five')).stderr).toContain(
      '--django expects a version like 5.2',
    );
  });
});

describe('djstack export', () => {
  it('writes the project skeleton with a private .env, and refuses a non-empty folder without --force', async () => {
    await run('import', 'requirements.txt', '--python', '3.11', '-o', 'stack.djstack');
    const first = await run('export', 'stack.djstack', '--out', 'site', '--name', 'shop');
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, 'site')).sort()).toEqual([
      '.env',
      '.env.example',
      '.gitignore',
      'README.md',
      'docker-compose.yml',
      'manage.py',
      'requirements.txt',
      'shop',
    ]);
    expect(readdirSync(join(dir, 'site', 'shop')).sort()).toEqual([
      '__init__.py',
      'asgi.py',
      'celery.py',
      'settings.py',
      'urls.py',
      'wsgi.py',
    ]);
    expect(statSync(join(dir, 'site', '.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'site', '.env'), 'utf8')).toMatch(/^DJANGO_SECRET_KEY=[A-Za-z0-9_-]{50}$/m);

    const again = await run('export', 'stack.djstack', '--out', 'site');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('site is not empty; use --force');
    writeFileSync(join(dir, 'site', 'keep.txt'), 'mine');
    expect((await run('export', 'stack.djstack', '--out', 'site', '--name', 'shop', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'site', 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('prints one file with --print, and refuses a project name that is a keyword', async () => {
    await run('import', 'requirements.txt', '-o', 'stack.djstack');
    const printed = await run('export', 'stack.djstack', '--print', 'shop/stack_settings.py', '--name', 'shop');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("CELERY_RESULT_BACKEND = 'django-db'");
    const bad = await run('export', 'stack.djstack', '--out', 'x', '--name', 'import');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"import" is a Python keyword');
    mkdirSync(join(dir, 'empty'));
    expect((await run('export', 'stack.djstack', '--out', 'empty')).code).toBe(0);
  });

  it('export-requirements writes the imported file back as it was', async () => {
    await run('import', 'requirements.txt', '-o', 'stack.djstack');
    const result = await run('export-requirements', 'stack.djstack');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(dir, 'requirements.txt'), 'utf8'));
  });

  it('export-requirements --regenerate --ranges prints compatible ranges', async () => {
    await run('import', 'requirements.txt', '-o', 'stack.djstack');
    const result = await run('export-requirements', 'stack.djstack', '--regenerate', '--ranges');
    expect(result.stdout).toMatch(/^celery\[redis\]>=5\.2\.6,<6$/m);
    expect(result.stdout).toMatch(/^leftpad-ng==0\.1$/m);
    expect(result.stdout).not.toMatch(/^redis-server/m);
  });
});
