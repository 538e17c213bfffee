import { describe, expect, it } from 'vitest';
import { declaredDjango, declaredPython } from './classifiers';

const KNOWN = ['3.2', '4.0', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0', '6.1'];

describe('Django lines declared by trove classifiers', () => {
  it('feature releases make a range over the known lines, with the gaps left out', () => {
    expect(declaredDjango(['Framework :: Django :: 4.2', 'Framework :: Django :: 5.2'], KNOWN)).toBe(
      '>=4.2,<6.0,!=5.0.*,!=5.1.*',
    );
    expect(
      declaredDjango(['Framework :: Django', 'Framework :: Django :: 5.1', 'Framework :: Django :: 5.2'], KNOWN),
    ).toBe('>=5.1,<6.0');
  });

  it('a major-only classifier declares every line of that major (dj-database-url 3.1.2 at its tag)', () => {
    const djDatabaseUrl = [
      'Framework :: Django',
      'Framework :: Django :: 4.2',
      'Framework :: Django :: 5.2',
      'Framework :: Django :: 6',
    ];
    expect(declaredDjango(djDatabaseUrl, KNOWN)).toBe('>=4.2,<7,!=5.0.*,!=5.1.*');
    // A major the catalog has no line of yet still counts, from its .0.
    expect(declaredDjango(['Framework :: Django :: 7'], KNOWN)).toBe('>=7.0,<8');
  });

  it('a major-only classifier next to its own feature releases is their parent and adds nothing', () => {
    // django-cte 4.0.0 (Debian sid's METADATA)
    const djangoCte = [
      'Framework :: Django :: 4',
      'Framework :: Django :: 4.2',
      'Framework :: Django :: 5',
      'Framework :: Django :: 5.1',
      'Framework :: Django :: 5.2',
      'Framework :: Django :: 6.0',
      'Framework :: Django :: 6.1',
    ];
    expect(declaredDjango(djangoCte, KNOWN)).toBe('>=4.2,<6.2,!=5.0.*');
    // Only the majors without a feature classifier of their own are whole.
    expect(
      declaredDjango(['Framework :: Django :: 4', 'Framework :: Django :: 4.2', 'Framework :: Django :: 5'], KNOWN),
    ).toBe('>=4.2,<6');
  });

  it('no Django classifier, or only the bare framework one, declares nothing', () => {
    expect(declaredDjango([], KNOWN)).toBe('');
    expect(declaredDjango(['Framework :: Django'], KNOWN)).toBe('');
    expect(declaredDjango(['Framework :: Django :: CMS'], KNOWN)).toBe('');
  });
});

describe('Python versions declared by trove classifiers', () => {
  it('Python 3 minors make a range; a bare "3" or "3 :: Only" declares no minor', () => {
    expect(
      declaredPython([
        'Programming Language :: Python :: 3',
        'Programming Language :: Python :: 3 :: Only',
        'Programming Language :: Python :: 3.10',
        'Programming Language :: Python :: 3.12',
      ]),
    ).toBe('>=3.10,<3.13,!=3.11.*');
  });
});
