import { describe, expect, it } from 'vitest';
import { catalog } from '../store/catalog';
import { groupByRole, paletteOrder, primaryRole, searchPackages } from './palette-model';

const names = (query: string) => searchPackages(catalog, query).map((pkg) => pkg.name);

describe('palette search', () => {
  it('finds a package by its INSTALLED_APPS label', () => {
    expect(names('rest_framework')).toContain('djangorestframework');
  });

  it('finds packages by role label, and every word must match', () => {
    const broker = names('broker');
    expect(broker).toContain('redis-server');
    expect(names('broker redis')).toContain('redis-server');
    expect(names('broker redis')).not.toContain('rabbitmq');
  });

  it('finds by summary words and is case-insensitive', () => {
    expect(names('JSON Web Token')).toContain('djangorestframework-simplejwt');
  });

  it('lists everything for an empty query and nothing for nonsense', () => {
    expect(names('  ')).toHaveLength(catalog.packages.length);
    expect(names('zzzz-no-such-thing')).toEqual([]);
  });
});

describe('palette groups', () => {
  it('puts each package once, under its first provided role, in the order of roles.json', () => {
    const groups = groupByRole(catalog, catalog.packages);
    const listed = groups.flatMap((group) => group.packages.map((pkg) => pkg.name));
    expect(listed.sort()).toEqual(catalog.packages.map((pkg) => pkg.name).sort());
    expect(groups[0]!.id).toBe('core');
    const roleOrder = catalog.roles.map((role) => role.id);
    const ids = groups.slice(1).map((group) => group.id);
    expect(ids).toEqual([...ids].sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b)));
    for (const group of groups) for (const pkg of group.packages) expect(primaryRole(pkg)).toBe(group.id);
  });
});

describe('palette ranking: Enter adds the first entry shown', () => {
  const first = (query: string) => paletteOrder(catalog, query)[0]?.name;

  it.each([
    ['django-allauth', 'django-allauth'],
    ['celery', 'celery'],
    ['django-redis', 'django-redis'],
    ['redis', 'redis'],
    ['Simple JWT', 'djangorestframework-simplejwt'],
  ])('“%s” puts %s first', (query, name) => {
    expect(first(query)).toBe(name);
  });

  it('an alias counts as an exact name', () => {
    expect(first('django_rest_framework_simplejwt')).toBe('djangorestframework-simplejwt');
  });

  it('a prefix comes before a word found in a summary', () => {
    const order = paletteOrder(catalog, 'django-cel').map((pkg) => pkg.name);
    expect(order.slice(0, 3)).toEqual(
      expect.arrayContaining(['django-celery', 'django-celery-beat', 'django-celery-results']),
    );
  });

  it('a typo-free abbreviation still finds the package (fuzzy last)', () => {
    expect(paletteOrder(catalog, 'spectaclr').map((pkg) => pkg.name)).toContain('drf-spectacular');
  });
});
