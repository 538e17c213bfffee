import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { testCatalog } from './testing';
import { releaseChoices, supportedTargets, targetChoices } from './targets';

const catalog = defaultCatalog();

describe('target choices come from the catalog', () => {
  it('offers every Django line the catalog has, 6.1 included', () => {
    const { django, python } = targetChoices(catalog);
    expect(django).toContain('6.1');
    expect(django[0]).toBe('3.2');
    expect(python).toContain('3.14');
  });

  it("a package's Django range honours its requirement on Django, not only its declared support", () => {
    const small = testCatalog({
      django: {
        releases: [
          ['4.2.0', '==4.2.*', '>=3.8'],
          ['5.2.0', '==5.2.*', '>=3.10'],
        ],
      },
      plugin: { releases: [['1.0', '', '', { django: '>=5.0' }]] },
    });
    expect(supportedTargets(small, 'plugin')!.django).toEqual(['5.2']);
  });

  it('a service has no Django range', () => {
    expect(supportedTargets(catalog, 'redis-server')).toBeNull();
  });

  it('the pin picker marks a release that does not fit the target', () => {
    const choices = releaseChoices(catalog, 'django', { django: '5.2', python: '3.12' });
    // Newest first: the catalog's newest Django (6.1.3, current to PyPI in November 2026).
    expect(choices[0]!.release.version).toBe('6.1.3');
    expect(choices.find((c) => c.release.version === '5.2.18')!.fits).toBe(true);
    expect(choices.find((c) => c.release.version === '6.1.0')!.fits).toBe(false);
  });
});
