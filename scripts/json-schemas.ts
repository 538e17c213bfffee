/**
 * Writes the JSON Schema files generated from the zod schemas, for editors and other tools:
 * docs/djstack.schema.json (a .djstack diagram) and catalog/schema.json (one catalog package
 * file; the package files point at it with "$schema") and catalog/dep-schema.json (one dependency
 * record in catalog/deps). A test fails when they are out of date:
 * run `npx tsx scripts/json-schemas.ts` after changing a schema.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogPackage, DependencyRecord } from '../catalog/schema';
import { DiagramSchemaV1 } from '../core/format/schema';
import { z } from '../core/zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function schemaText(schema: z.ZodType, title: string): string {
  // `input`: what a file may contain (fields with defaults are optional in a file).
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/** The generated files, by path from the repository root. */
export function jsonSchemaFiles(): Record<string, string> {
  return {
    'docs/djstack.schema.json': schemaText(
      DiagramSchemaV1,
      'Django Stack Builder diagram (.djstack), format version 1',
    ),
    'catalog/schema.json': schemaText(CatalogPackage, 'Django Stack Builder catalog package file'),
    'catalog/dep-schema.json': schemaText(DependencyRecord, 'Django Stack Builder dependency record (catalog/deps)'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of Object.entries(jsonSchemaFiles())) {
    writeFileSync(join(root, path), text);
    console.log(`${path} written`);
  }
}
