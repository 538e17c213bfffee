/**
 * The diagram: the only source data of a stack. Problems, resolved versions and exports are
 * derived from it by pure functions, never stored in it.
 *
 * Objects keep the unknown fields they were read with (`[key: string]: unknown`), so a file
 * written by a newer app or edited by hand survives a round trip unchanged.
 */
import type {
  DiagramSchemaV1,
  EdgeSchema,
  FileEntrySchema,
  NodeSchema,
  RequirementSchema,
  RequirementsFileSchema,
  TargetSchema,
} from '../format/schema';
import type { z } from '../zod';

/** A JSON value, as stored in node options and unknown fields. */
export type { JsonValue } from '../format/schema';

// The types are the schema's own (z.infer): one definition, so that the loader's check and the
// code that uses a diagram cannot drift apart. Field documentation is in the schema's describe().

/** The Django and Python versions a stack is planned for, as "major.minor" strings. */
export type Target = z.infer<typeof TargetSchema>;

/** A package placed on the canvas. `package` is the PEP 503 normalised PyPI name. */
export type DiagramNode = z.infer<typeof NodeSchema>;

/** Where a node sits on the canvas. */
export type Position = DiagramNode['position'];

/**
 * A requirement as the user's own file wrote it (imported from requirements.txt, pyproject.toml
 * or a lock file), kept so that an export writes back the same meaning. Credentials never appear
 * in `url` or `line`: import replaces them with `${VAR}` references.
 */
export type NodeRequirement = z.infer<typeof RequirementSchema>;

/** A wire from a provider's output port to a consumer's input port, both carrying `role`. */
export type DiagramEdge = z.infer<typeof EdgeSchema>;

/** One logical line of a kept requirements file (see RequirementsFile). */
export type RequirementsFileEntry = z.infer<typeof FileEntrySchema>;

/**
 * The requirements file(s) a diagram was imported from, line by line, so that export writes
 * back the user's own lines (options, comments, includes, unknown lines) for unchanged packages.
 */
export type RequirementsFile = z.infer<typeof RequirementsFileSchema>;

/** A diagram, format version 1: the only source data of a stack. */
export type Diagram = z.infer<typeof DiagramSchemaV1>;

/**
 * Whether two versions of a node differ at most in where they sit: the same package, pin,
 * options and extra fields (compared by identity, as every edit makes new objects).
 */
export function sameButPosition(a: DiagramNode, b: DiagramNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'position' || (key in b && a[key] === b[key]));
}

export const DEFAULT_TARGET: Target = { django: '5.2', python: '3.12' };

/** An empty diagram for a new document. */
export function emptyDiagram(target: Target = DEFAULT_TARGET): Diagram {
  return { format: 'djstack', version: 1, target: { ...target }, nodes: [], edges: [] };
}
