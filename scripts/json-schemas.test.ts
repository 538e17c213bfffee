import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeDjstack } from '../core/format/djstack';
import { jsonSchemaFiles } from './json-schemas';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('generated JSON Schemas', () => {
  it.each(Object.keys(jsonSchemaFiles()))('%s is up to date (run npx tsx scripts/json-schemas.ts)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(jsonSchemaFiles()[path]);
  });

  it('the diagram schema names the fields a .djstack file needs and allows unknown ones', () => {
    const schema = JSON.parse(jsonSchemaFiles()['docs/djstack.schema.json']!);
    expect(schema.required).toEqual(['format', 'version', 'target', 'nodes', 'edges']);
    expect(schema.properties.version.const).toBe(1);
    expect(schema.additionalProperties).toEqual({});
    expect(schema.properties.nodes.items.required).toEqual(['id', 'package', 'position']);
    expect(schema.properties.edges.items.required).toEqual([
      'id',
      'source',
      'sourcePort',
      'target',
      'targetPort',
      'role',
    ]);
    // Sanity: a saved diagram has exactly the documented top-level keys.
    const saved = JSON.parse(
      serializeDjstack(
        { format: 'djstack', version: 1, target: { django: '5.2', python: '3.12' }, nodes: [], edges: [] },
        { catalogVersion: '1' },
      ),
    );
    expect(Object.keys(saved).every((key) => key in schema.properties)).toBe(true);
  });

  it('the catalog schema is strict, as the zod schema is', () => {
    const schema = JSON.parse(jsonSchemaFiles()['catalog/schema.json']!);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['name', 'kind', 'title', 'summary', 'links', 'status', 'sources']),
    );
  });
});
