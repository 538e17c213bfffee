import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { exportRequirements } from '../export/requirements';
import { importRequirements } from './requirements';
import { parse as parseToml } from 'smol-toml';
import { mergePyproject, pyprojectArrays } from '../export/pyproject';
import { importDependencyFile } from './dependency-file';
import { pyprojectFile, requirementsFile } from './testing/requirements-arbitrary';
import { requirementsMeaning } from './testing/requirements-meaning';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const catalog = defaultCatalog();

type Toml = Record<string, Record<string, unknown> | undefined>;

/** Every dependency array of a pyproject, each read as requirements lines by the test reader. */
function pyprojectMeaning(text: string) {
  const data = parseToml(text) as Toml;
  const arrays: Record<string, unknown> = {
    main: requirementsMeaning(((data.project?.dependencies as string[]) ?? []).join('\n')),
  };
  for (const table of ['optional-dependencies', 'groups'] as const) {
    const source = (table === 'groups' ? data['dependency-groups'] : data.project?.['optional-dependencies']) as
      Record<string, string[]> | undefined;
    for (const [name, list] of Object.entries(source ?? {}))
      arrays[`${table}.${name}`] = requirementsMeaning(list.join('\n'));
  }
  const { project, ...others } = data;
  const { dependencies, 'optional-dependencies': optional, ...projectRest } = project ?? {};
  void dependencies;
  void optional;
  delete others['dependency-groups'];
  return { arrays, others, projectRest };
}

// 10,000 generated files take 30–130 s on a loaded 2-core machine: a guard against a hang, not a speed target.
const PROPERTY_TIMEOUT = 600_000;

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

  it(
    `import → export asks pip for the same thing (${FUZZ_RUNS.roundTripRequirements.runs} generated files)`,
    () => {
      fc.assert(
        fc.property(requirementsFile, (text) => {
          const { diagram } = importRequirements(text, catalog, { django: '5.2', python: '3.12' });
          const exported = exportRequirements(diagram, catalog);
          expect(requirementsMeaning(exported)).toEqual(requirementsMeaning(text));
        }),
        { numRuns: FUZZ_RUNS.roundTripRequirements.runs },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    `pyproject.toml: import → export merged into the same file keeps every array's meaning and every other table (${FUZZ_RUNS.roundTripPyproject.runs} generated files)`,
    () => {
      fc.assert(
        fc.property(pyprojectFile, (text) => {
          const result = importDependencyFile(text, catalog, { file: 'pyproject.toml', django: '5.2', python: '3.12' });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const merged = mergePyproject(text, pyprojectArrays(result.diagram, catalog).arrays);
          expect(merged).toMatchObject({ ok: true });
          if (!merged.ok) return;
          expect(pyprojectMeaning(merged.text)).toEqual(pyprojectMeaning(text));
        }),
        { numRuns: FUZZ_RUNS.roundTripPyproject.runs },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
