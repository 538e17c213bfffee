import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { catalogIndex } from './catalog-index';
import { djangoSupport, releaseVerdict } from './levels';

describe("the palette's Django range", () => {
  it('stops at the first supported release yet names the lines that judging every release names', () => {
    const index = catalogIndex(defaultCatalog());
    for (const [name, pkg] of index.packages) {
      const levelsAt = (django: string) =>
        ['3.8', '3.10', '3.12', '3.14'].flatMap((python) =>
          pkg.releases.map((release) => releaseVerdict(index, pkg, release, { django, python }).level),
        );
      const declared = index.djangoMinors.filter((django) => levelsAt(django).includes('supported'));
      const installs = index.djangoMinors.filter((django) => levelsAt(django).some((level) => level !== 'excluded'));
      const expected = pkg.pkg.kind === 'python' ? { declared, installs } : { declared: [], installs: [] };
      expect(djangoSupport(index, name), name).toEqual(expected);
    }
  });
});
