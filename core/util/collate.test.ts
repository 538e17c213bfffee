import { describe, expect, it } from 'vitest';
import { compareText } from './collate';

describe('compareText', () => {
  it('orders names by English collation rules, not by code unit', () => {
    const names = [
      'djangorestframework',
      'Django',
      'django-fsm-2',
      'drf-yasg',
      'django-fsm',
      'dj-database-url',
      'celery',
    ];
    expect([...names].sort(compareText)).toEqual([
      'celery',
      'dj-database-url',
      'Django',
      'django-fsm',
      'django-fsm-2',
      'djangorestframework',
      'drf-yasg',
    ]);
    // Code-unit order would put the capital first.
    expect([...names].sort()[0]).toBe('Django');
  });

  it('does not depend on the locale of the machine', () => {
    // Swedish sorts "ä" after "z"; Lithuanian sorts "y" with "i": the one order stays English.
    const names = ['zeta', 'äpple', 'yarn', 'ivy'];
    expect([...names].sort(compareText)).toEqual(['äpple', 'ivy', 'yarn', 'zeta']);
    expect([...names].sort(new Intl.Collator('sv').compare)).not.toEqual([...names].sort(compareText));
  });
});
