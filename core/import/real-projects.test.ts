/**
 * Real projects' own dependency files, checked at the Django and Python they run on: no false
 * error, and import → export keeps what they wrote. Each fixture is the project's file as
 * published (netbox's requirements.txt of its 4.5 line, Tandoor Recipes' requirements.txt of
 * July 2026, an excerpt of Saleor's Poetry pyproject.toml of its 3.15 line), unchanged.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { analyze } from '../check/analyze';
import { exportRequirements } from '../export/requirements';
import { importDependencyFile } from './dependency-file';

const catalog = defaultCatalog();
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const TODAY = '2026-12-04';

function imported(fixture: string, file: string) {
  const text = readFileSync(join(FIXTURES, fixture), 'utf8');
  const result = importDependencyFile(text, catalog, { file });
  if (!result.ok) throw new Error(result.error);
  const { problems } = analyze(result.diagram, catalog, TODAY);
  return { text, diagram: result.diagram, problems };
}
const errors = (problems: { severity: string; code: string; message: string }[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.code}: ${p.message}`);

describe('real projects at their own Django', () => {
  it('netbox (Django 6.1): no error, every line back', () => {
    const { text, diagram, problems } = imported('netbox-requirements.txt', 'requirements.txt');
    expect(diagram.target.django).toBe('6.1');
    expect(errors(problems)).toEqual([]);
    // Packages whose releases do not declare 6.1 are warnings that say pip installs them.
    expect(
      problems.find((p) => p.code === 'undeclared-target' && p.message.startsWith('django-storages')),
    ).toBeTruthy();
    expect(exportRequirements(diagram, catalog)).toBe(text);
  });

  it('Tandoor Recipes (Django 5.2.15): no error, every line back, the allauth extras kept', () => {
    const { text, diagram, problems } = imported('tandoor-requirements.txt', 'requirements.txt');
    expect(diagram.target).toEqual({ django: '5.2', python: '3.12' });
    expect(errors(problems)).toEqual([]);
    expect(diagram.nodes.find((n) => n.id === 'django-allauth')?.requirement).toMatchObject({
      specifier: '==65.15.0',
      extras: ['mfa', 'socialaccount'],
    });
    // `===` (arbitrary equality) and `== 9.0.3` (a space after the operator) come back as written.
    expect(exportRequirements(diagram, catalog)).toBe(text);
  });

  it('Saleor (Poetry, Django ^3.2.16, Python ~3.9): checked at Python 3.9; only true warnings', () => {
    const { diagram, problems } = imported('saleor-pyproject.toml', 'pyproject.toml');
    expect(diagram.target).toEqual({ django: '3.2', python: '3.9' });
    expect(errors(problems)).toEqual([]);
    expect(problems.some((p) => p.code === 'end-of-life-target')).toBe(true);
    // Ranges below the recorded history (the catalog starts at 8.0.0 and 5.2.9) are not judged.
    const unchecked = problems.filter((p) => p.code === 'bad-pin').map((p) => p.packages[0]);
    expect(unchecked).toEqual(expect.arrayContaining(['django-phonenumber-field', 'django-stubs-ext']));
    // Django 3.2 runs on Python 3.9: no warning about the Python.
    expect(problems.filter((p) => p.message.includes('Python 3.9'))).toEqual([]);
    const requirement = (id: string) => diagram.nodes.find((n) => n.id === id)?.requirement;
    expect(requirement('django')).toMatchObject({ specifier: '>=3.2.16,<4.0.0', extras: ['bcrypt'] });
    expect(requirement('python-magic-bin')?.marker).toBe('sys_platform == "win32"');
    expect(requirement('uvicorn')).toMatchObject({ specifier: '>=0.23.1,<0.24.0', extras: ['standard'] });
  });
});

describe('the target Python of an imported file', () => {
  const target = (text: string, file: string) => {
    const result = importDependencyFile(text, catalog, { file });
    if (!result.ok) throw new Error(result.error);
    return result.diagram.target;
  };

  it('comes from requires-python, Pipfile [requires] and uv.lock', () => {
    expect(
      target(
        '[project]\nname = "x"\nrequires-python = ">=3.10,<3.11"\ndependencies = ["Django>=4.2,<5"]\n',
        'pyproject.toml',
      ),
    ).toEqual({ django: '4.2', python: '3.10' });
    expect(target('[packages]\ndjango = "==4.2.16"\n[requires]\npython_version = "3.11"\n', 'Pipfile')).toEqual({
      django: '4.2',
      python: '3.11',
    });
  });

  it("without one, the default Python when the project's Django supports it, else that Django's newest", () => {
    expect(target('Django==3.2.25\n', 'requirements.txt')).toEqual({ django: '3.2', python: '3.10' });
    expect(target('Django==5.2.8\n', 'requirements.txt')).toEqual({ django: '5.2', python: '3.12' });
  });
});
