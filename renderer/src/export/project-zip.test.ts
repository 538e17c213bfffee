import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../core/catalog/catalog';
import { autoWire } from '../../../core/diagram/auto-wire';
import { emptyDiagram } from '../../../core/diagram/model';
import { exportProjectFiles } from '../../../core/export/project';
import { projectZip } from './project-zip';

function projectOf(...packages: string[]) {
  const catalog = defaultCatalog();
  const diagram = emptyDiagram();
  for (const name of packages) diagram.nodes.push({ id: name, package: name, position: { x: 0, y: 0 } });
  let counter = 0;
  // A fixed "random" source: two exports of one diagram are then the same bytes.
  const random = (length: number) => new Uint8Array(length).map(() => counter++ % 256);
  return exportProjectFiles(autoWire(diagram, catalog), catalog, {
    projectName: 'shop',
    source: 'shop.djstack',
    random,
  });
}

describe('projectZip', () => {
  it('holds every file of the project export with the same bytes, under the project folder', () => {
    const files = projectOf('django', 'djangorestframework', 'celery', 'redis-server', 'django-environ');
    const entries = unzipSync(projectZip('shop', files));
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => `shop/${f.path}`).sort());
    // Compared as plain arrays: jsdom's TextEncoder and fflate's Uint8Array come from two realms.
    const bytes = (data: Uint8Array | undefined) => Array.from(data ?? []);
    for (const file of files)
      expect(bytes(entries[`shop/${file.path}`])).toEqual(bytes(new TextEncoder().encode(file.content)));
    expect(files.length).toBeGreaterThan(10);
  });

  it('keeps non-ASCII text as UTF-8', () => {
    const entries = unzipSync(projectZip('shop', [{ path: 'README.md', content: 'Café — ünïcode ✓\n' }]));
    expect(new TextDecoder().decode(entries['shop/README.md'])).toBe('Café — ünïcode ✓\n');
  });

  it('refuses a path that leaves the folder, writing nothing', () => {
    expect(() => projectZip('shop', [{ path: '../evil.py', content: '' }])).toThrow(/not a path inside/);
    expect(() => projectZip('shop', [{ path: '/etc/passwd', content: '' }])).toThrow(/not a path inside/);
  });
});
