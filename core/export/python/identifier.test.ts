import { describe, expect, it } from 'vitest';
import { projectNameProblem, suggestProjectName } from './identifier';

describe('project names that Python already uses', () => {
  it('refuses standard-library modules, builtins and keywords', () => {
    for (const name of ['hashlib', 'shutil', 'tomllib', 'zoneinfo', 'Logging'])
      expect(projectNameProblem(name), name).toMatch(/standard library/);
    for (const name of ['print', 'list', 'open']) expect(projectNameProblem(name), name).toMatch(/builtin/);
    expect(projectNameProblem('match')).toMatch(/keyword/);
    expect(projectNameProblem('shop')).toBeNull();
  });

  it('a diagram called hashlib gets a usable suggestion', () => {
    expect(projectNameProblem(suggestProjectName('hashlib.djstack'))).toBeNull();
  });
});
