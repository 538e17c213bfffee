import { describe, expect, it } from 'vitest';
import { poetryToPep440 } from './poetry-version';

describe("Poetry's caret and tilde ranges, as Poetry's documentation defines them", () => {
  it.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^1.2', '>=1.2,<2.0.0'],
    ['^1', '>=1,<2.0.0'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0.0', '>=0.0,<0.1.0'],
    ['^0', '>=0,<1.0.0'],
    ['~1.2.3', '>=1.2.3,<1.3.0'],
    ['~1.2', '>=1.2,<1.3.0'],
    ['~1', '>=1,<2.0.0'],
    ['*', ''],
    ['1.2.*', '==1.2.*'],
    ['4.2.16', '==4.2.16'],
    ['>=4.2,<5.0', '>=4.2,<5.0'],
    ['>= 1.2, < 1.5', '>=1.2,<1.5'],
    ['~=2.1', '~=2.1'],
  ])('%s → %s', (poetry, pep440) => {
    expect(poetryToPep440(poetry)).toEqual({ specifier: pep440 });
  });

  it('a union has no PEP 440 form and is reported', () => {
    expect(poetryToPep440('^1.0 || ^2.0')).toMatchObject({ error: expect.stringContaining('union') });
  });
});
