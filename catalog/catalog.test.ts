import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIndexSource } from '../scripts/catalog-index';
import { defaultCatalog, validatePackageFiles } from '../core/catalog/catalog';

const dir = join(import.meta.dirname, 'packages');
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
);

describe('catalog files', () => {
  it('every package file passes the schema', () => {
    expect(validatePackageFiles(files).errors).toEqual([]);
  });

  it('catalog/index.ts lists every package file (run npm run catalog:index)', () => {
    expect(readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8')).toBe(catalogIndexSource());
  });

  it('a broken file fails with a message naming the file and the field', () => {
    const broken = structuredClone(files['django.json']);
    broken.releases[0].django = 42;
    const { errors } = validatePackageFiles({ 'django.json': broken });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('django.json');
    expect(errors[0]!.message).toMatch(/^releases\[0\]\.django: /);
  });

  it('a file whose name differs from its package name is refused', () => {
    const { errors } = validatePackageFiles({ 'Django.json': files['django.json'] });
    expect(errors[0]!.message).toMatch(/does not match the file name/);
  });

  it('every role a port names is defined, and every suggested package exists', () => {
    const catalog = defaultCatalog();
    for (const pkg of catalog.packages) {
      for (const port of [...pkg.provides, ...pkg.needs]) expect(catalog.role(port.role), `${pkg.name}: ${port.role}`).toBeDefined();
      for (const port of pkg.needs) for (const name of port.suggest) expect(catalog.get(name), `${pkg.name} suggests ${name}`).toBeDefined();
    }
  });
});
