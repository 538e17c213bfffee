import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog';
import { importRequirements } from '../../import/requirements';
import { exportPreviewFiles } from '../project';

const catalog = defaultCatalog();
const zeros = (n: number) => new Uint8Array(n);

function settingsFiles(lines: string[], options: Record<string, Record<string, string>> = {}): Record<string, string> {
  const diagram = importRequirements(lines.join('\n'), catalog, {
    django: '5.2',
    python: '3.12',
    services: [],
  }).diagram;
  for (const node of diagram.nodes) if (options[node.package]) node.options = options[node.package];
  const files = exportPreviewFiles(diagram, catalog, { projectName: 'shop', random: zeros });
  return Object.fromEntries(files.filter((f) => /settings\.py$/.test(f.path)).map((f) => [f.path, f.content]));
}

/** Names bound by `from … import …` lines that the rest of the file never mentions. */
function unusedImports(text: string): string[] {
  const lines = text.split('\n');
  const body = lines.filter((line) => !/^(from|import) /.test(line)).join('\n');
  return lines
    .filter((line) => line.startsWith('from '))
    .flatMap((line) => line.replace(/^from \S+ import /, '').split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '*' && !new RegExp(`\\b${name}\\b`).test(body));
}

describe('exported settings', () => {
  it.each([
    ['an API stack', ['django', 'djangorestframework', 'djangorestframework-simplejwt']],
    ['class-based settings', ['django', 'django-configurations']],
  ])('%s imports nothing it does not use (stack_settings.py included)', (_name, lines) => {
    const files = settingsFiles(lines);
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [path, text] of Object.entries(files))
      expect({ path, unused: unusedImports(text) }).toEqual({ path, unused: [] });
  });

  it("allauth's backend comment names the login method the settings choose", () => {
    const byUsername = Object.values(settingsFiles(['django', 'django-allauth']))[0]!;
    expect(byUsername).toContain('log in by username (ACCOUNT_LOGIN_METHODS)');
    expect(byUsername).not.toContain('log in by e-mail');
    const byEmail = Object.values(
      settingsFiles(['django', 'django-allauth'], { 'django-allauth': { loginMethod: 'email' } }),
    )[0]!;
    expect(byEmail).toContain('log in by e-mail (ACCOUNT_LOGIN_METHODS)');
  });
});
