import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseDjstackWith, serializeDjstack, type FormatVersions } from '../djstack';
import { sampleDiagram } from '../testing/documents';
import { MIGRATIONS, migrateDocument, type Migration } from './index';

// A made-up format "version 0" that called nodes "items" and had no edges: test-only, to drive
// the framework that real migrations will use.
const itemsToNodes: Migration = {
  from: 0,
  describe: 'items became nodes; edges were added',
  migrate: ({ items, ...rest }) => ({ ...rest, nodes: items, edges: [] }),
};

const WITH_V0: FormatVersions = { current: 1, migrations: [itemsToNodes] };

function versionZero(): string {
  const { nodes, ...rest } = sampleDiagram();
  return JSON.stringify({ ...rest, version: 0, items: nodes, edges: undefined });
}

describe('format migrations', () => {
  it('a file in an older version is migrated on open and says from which version', () => {
    const result = parseDjstackWith(versionZero(), WITH_V0);
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!result.ok) return;
    expect(result.diagram.version).toBe(1);
    expect(result.diagram.nodes.map((n) => n.id)).toEqual(['django', 'drf', 'redis', 'acme']);
    expect(result.diagram.edges).toEqual([]);
    expect(JSON.parse(serializeDjstack(result.diagram)).version).toBe(1);
  });

  it('a file in the current version is not marked as migrated', () => {
    const result = parseDjstackWith(serializeDjstack(sampleDiagram()), WITH_V0);
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });

  it('a migration that fails gives a message and no diagram', () => {
    const broken: Migration = {
      ...itemsToNodes,
      migrate: () => {
        throw new Error('items is not a list');
      },
    };
    const result = parseDjstackWith(versionZero(), { current: 1, migrations: [broken] });
    expect(result).toEqual({
      ok: false,
      error: 'The file could not be upgraded from format version 0 (items is not a list); it was not changed.',
    });
  });

  it('a migrated document is still validated against the current schema', () => {
    const sloppy: Migration = { ...itemsToNodes, migrate: (doc) => ({ ...doc, nodes: 'oops', edges: [] }) };
    const result = parseDjstackWith(versionZero(), { current: 1, migrations: [sloppy] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The diagram is not valid: nodes: /);
  });

  it('a gap in the chain of migrations is reported', () => {
    expect(migrateDocument({}, 0, 2, [itemsToNodes])).toEqual({
      ok: false,
      error: 'No upgrade from .djstack format version 1 is known.',
    });
  });

  it('without a migration an older version is refused', () => {
    const result = parseDjstackWith(versionZero(), { current: 1, migrations: [] });
    expect(!result.ok && result.error).toMatch(/no valid format "version"/);
  });

  it('shipped migrations form a chain ending at the current version', () => {
    // Version 1 is the first format: there is nothing to migrate yet, and nothing fake is shipped.
    MIGRATIONS.forEach((migration, index) => expect(migration.from).toBe(MIGRATIONS[0]!.from + index));
    if (MIGRATIONS.length > 0) expect(MIGRATIONS[MIGRATIONS.length - 1]!.from).toBe(CURRENT_FORMAT_VERSION - 1);
  });
});
