/**
 * Schema of a `.djstack` file, format version 1. Objects are loose: unknown fields are kept so
 * that they survive a round trip. See docs/djstack-format.md for the written specification.
 */
import { z } from '../zod';
import { LIMITS } from './limits';

const Text = z.string().max(LIMITS.stringLength);
const Id = z.string().min(1).max(200);
const Coordinate = z.number().finite().min(-1e7).max(1e7);
const VersionText = z.string().regex(/^\d+\.\d+$/, 'expected "major.minor", like "5.2"');

const JsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([Text, z.number().finite(), z.boolean(), z.null(), z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const TargetSchema = z.looseObject({ django: VersionText, python: VersionText });

export const NodeSchema = z.looseObject({
  id: Id,
  package: z.string().min(1).max(200),
  position: z.looseObject({ x: Coordinate, y: Coordinate }),
  pin: z.string().min(1).max(100).optional(),
  options: z.record(z.string(), JsonValue).optional(),
});

export const EdgeSchema = z.looseObject({
  id: Id,
  source: Id,
  sourcePort: Text,
  target: Id,
  targetPort: Text,
  role: Text,
});

export const DiagramSchemaV1 = z.looseObject({
  format: z.literal('djstack'),
  version: z.literal(1),
  /** The catalog version the diagram was last saved with. */
  catalog: z.string().max(100).optional(),
  target: TargetSchema,
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
});
