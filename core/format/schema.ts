/**
 * Schema of a `.djstack` file, format version 1. Objects are loose: unknown fields are kept so
 * that they survive a round trip. See docs/djstack-format.md for the written specification;
 * docs/djstack.schema.json is generated from this file (scripts/json-schemas.ts).
 */
import { z } from '../zod';
import { isExactNumberText } from './json-text';
import { LIMITS } from './limits';

const Text = z.string().max(LIMITS.stringLength);
const Id = z.string().min(1).max(200);
const Coordinate = z.number().finite().min(-1e7).max(1e7);
const VersionText = z.string().regex(/^\d+\.\d+$/, 'expected "major.minor", like "5.2"');

/**
 * A number too precise for a double is read as its text (a LosslessNumber, see json-text.ts) and
 * written back unchanged; it is checked here as the number it stands for. Exporters, which accept
 * only real numbers, treat it as an invalid value and use the option's default.
 */
const ExactNumber = z.preprocess(
  (value) => (isExactNumberText(value) ? Number.parseFloat(value.value) : value),
  z.number().finite(),
);

/** A JSON value, as stored in node options and unknown fields. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([Text, ExactNumber, z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const TargetSchema = z
  .looseObject({
    django: VersionText.describe('The Django feature release the stack is planned for ("5.2").'),
    python: VersionText.describe('The Python version the stack is planned for ("3.12").'),
  })
  .describe('The project-level target versions.');

export const RequirementSchema = z
  .looseObject({
    specifier: z.string().max(1000).optional().describe('PEP 440 specifier set as written (">=4.2,<5.0").'),
    extras: z.array(z.string().min(1).max(100)).max(100).optional().describe('Extras as written (["redis"]).'),
    marker: z.string().max(2000).optional().describe('PEP 508 environment marker as written.'),
    url: z.string().max(2000).optional().describe('Direct reference or VCS URL; credentials replaced by ${VAR}.'),
    editable: z.boolean().optional().describe('Installed with -e.'),
    hashes: z.array(z.string().min(1).max(200)).max(1000).optional().describe('--hash values as written.'),
    comment: z.string().max(2000).optional().describe("The line's trailing comment, without '#'."),
    line: z.string().max(LIMITS.stringLength).optional().describe('The original logical line, credentials redacted.'),
  })
  .describe("The requirement as the user's own file wrote it, kept so that export writes back the same meaning.");

export const NodeSchema = z
  .looseObject({
    id: Id.describe('Unique within the diagram and stable across saves; edges refer to it.'),
    package: z
      .string()
      .min(1)
      .max(200)
      .describe('The PyPI project name (PEP 503 normalised when it comes from the catalog). Unknown names are kept.'),
    position: z
      .looseObject({ x: Coordinate, y: Coordinate })
      .describe('Top-left corner of the node on the canvas, in canvas units.'),
    pin: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('A version the user pinned ("5.0.2"); the resolver honours it.'),
    requirement: RequirementSchema.optional(),
    options: z
      .record(z.string(), JsonValue)
      .optional()
      .describe(
        "Package settings chosen in the inspector (keys from the catalog's options); written with sorted keys.",
      ),
  })
  .describe('A package or service placed on the canvas.');

export const EdgeSchema = z
  .looseObject({
    id: Id.describe('Unique within the diagram and stable across saves.'),
    source: Id.describe('The id of the providing node.'),
    sourcePort: Text.describe("The provider's output port (a role id)."),
    target: Id.describe('The id of the consuming node.'),
    targetPort: Text.describe("The consumer's input port (a role id)."),
    role: Text.describe('The role the wire carries ("auth", "cache", "broker" …).'),
  })
  .describe("A wire from a provider's output port to a consumer's input port of the same role.");

export const FileEntrySchema = z
  .looseObject({
    text: Text.optional().describe(
      'The physical lines of the entry joined with "\\n", credentials replaced by ${VAR}.',
    ),
    package: z.string().min(1).max(200).optional().describe('For a requirement line: the PEP 503 name of its node.'),
    include: z.string().min(1).max(1000).optional().describe('For a -r/-c line: the path of the included file.'),
  })
  .describe('One logical line of a kept file: a requirement, an include, or other text (comments, options).');

export const RequirementsFileSchema = z
  .looseObject({
    newline: z.enum(['\n', '\r\n']).optional().describe('The line ending the file was written with.'),
    format: z
      .enum(['pyproject', 'pipfile', 'pipfile-lock', 'poetry-lock', 'uv-lock'])
      .optional()
      .describe('The file read when not a requirements file; its groups are kept as "# djstack-group:" lines.'),
    added: z
      .array(Id)
      .max(LIMITS.nodes)
      .optional()
      .describe('Nodes import placed that no file lists (the Django hub, services): export leaves them out.'),
    files: z
      .array(
        z.looseObject({
          path: z.string().min(1).max(1000).describe("Relative to the top file's folder; the top file first."),
          kind: z.enum(['requirements', 'constraints']),
          entries: z.array(FileEntrySchema).max(LIMITS.nodes * 4),
        }),
      )
      .min(1)
      .max(100),
  })
  .describe('The imported requirements file(s), line by line, so that export writes back the same meaning.');

export const DiagramSchemaV1 = z
  .looseObject({
    format: z.literal('djstack').describe('Always "djstack".'),
    version: z.literal(1).describe('The format version. Files from newer versions are refused, older ones migrated.'),
    catalog: z.string().max(100).optional().describe('The catalog version the diagram was last saved with.'),
    target: TargetSchema,
    nodes: z.array(NodeSchema).max(LIMITS.nodes),
    edges: z.array(EdgeSchema).max(LIMITS.edges),
    requirementsFile: RequirementsFileSchema.optional(),
  })
  .describe('A Django Stack Builder diagram (.djstack), format version 1.');
