import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { exportRequirements } from '../export/requirements';
import { importRequirements } from './requirements';
import { requirementsFile } from './testing/requirements-arbitrary';
import { requirementsMeaning } from './testing/requirements-meaning';

const catalog = defaultCatalog();

/** Cases per property; the two properties of this folder together make at least 10,000. */
export const ROUND_TRIP_RUNS = 5000;

describe('round trip of requirements files', () => {
  it('the test reader sees what pip sees in a hand-written file', () => {
    const meaning = requirementsMeaning(
      '\uFEFF-i https://x/simple\r\nDjango[bcrypt] >=4.2, <5.0 ; python_version < "3.12"  # lts\r\ncelery==5.3 \\\r\n    --hash=sha256:ab\r\ngit+https://g/x.git@main\r\n',
    );
    expect(meaning).toEqual({
      requirements: {
        django: [
          {
            specifier: ['<5.0', '>=4.2'],
            extras: ['bcrypt'],
            marker: 'python_version < "3.12"',
            url: '',
            hashes: [],
            editable: false,
          },
        ],
        celery: [{ specifier: ['==5.3'], extras: [], marker: '', url: '', hashes: ['sha256:ab'], editable: false }],
      },
      anonymous: ['git+https://g/x.git@main'],
      options: ['-i https://x/simple'],
    });
  });

  it(`import → export asks pip for the same thing (${ROUND_TRIP_RUNS} generated files)`, () => {
    fc.assert(
      fc.property(requirementsFile, (text) => {
        const { diagram } = importRequirements(text, catalog, { django: '5.2', python: '3.12' });
        const exported = exportRequirements(diagram, catalog);
        expect(requirementsMeaning(exported)).toEqual(requirementsMeaning(text));
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });
});
