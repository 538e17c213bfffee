import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../core/catalog/catalog';
import { catalogUrls, isAllowedExternalUrl, normalizeHttpsUrl } from './external-links';

const packages = [
  {
    name: 'celery',
    links: { docs: 'https://docs.celeryq.dev/en/stable/', repository: 'https://github.com/celery/celery' },
  },
  { name: 'old', links: { homepage: 'http://insecure.example/' }, sources: [{ url: 'https://pypi.org/project/old/' }] },
];

describe('which links open in the browser', () => {
  const allowed = catalogUrls(packages);

  it('collects the https links of the catalog, including the sources of its facts', () => {
    expect([...allowed].sort()).toEqual([
      'https://docs.celeryq.dev/en/stable/',
      'https://github.com/celery/celery',
      'https://pypi.org/project/old/',
    ]);
  });

  it('allows a catalog link, also when spelled with a different case in the host', () => {
    expect(isAllowedExternalUrl('https://docs.celeryq.dev/en/stable/', allowed)).toBe(true);
    expect(isAllowedExternalUrl('https://GitHub.com/celery/celery', allowed)).toBe(true);
  });

  it.each([
    ['a URL that is not in the catalog', 'https://evil.example/'],
    ['a catalog host with another path', 'https://github.com/celery/celery/../../evil/repo'],
    ['plain http, even from the catalog', 'http://insecure.example/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['credentials smuggled in front of a catalog host', 'https://docs.celeryq.dev@evil.example/en/stable/'],
    ['a custom scheme', 'smb://server/share'],
    ['not a URL at all', 'docs'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url, allowed)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAllowedExternalUrl({ href: 'https://github.com/celery/celery' }, allowed)).toBe(false);
    expect(normalizeHttpsUrl('https://'.padEnd(3000, 'a'))).toBeNull();
  });

  it("allows the real catalog's documentation links", () => {
    const catalog = defaultCatalog();
    const real = catalogUrls(catalog.packages);
    const withDocs = catalog.packages.find((pkg) => pkg.links.docs?.startsWith('https://'));
    expect(withDocs).toBeDefined();
    expect(isAllowedExternalUrl(withDocs!.links.docs!, real)).toBe(true);
  });
});
