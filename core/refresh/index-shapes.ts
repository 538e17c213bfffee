/**
 * The shapes of the two index protocols the refresh reads, as documented:
 * - PyPI's JSON API (https://docs.pypi.org/api/json/): `/pypi/<project>/json` lists every
 *   release's files; `/pypi/<project>/<version>/json` has that release's own `info`
 *   (requires_dist, classifiers), which the project document has only for the newest release.
 * - The JSON simple API (PEP 691), with upload times and versions (PEP 700) and core-metadata
 *   files next to each distribution (PEP 658, named `core-metadata` since PEP 714).
 * Objects are loose (indexes add fields), strings and lists bounded: a response is untrusted.
 */
import { z } from '../zod';

const Text = z.string().max(10_000);
const ShortText = z.string().max(500);

export const PypiFile = z.looseObject({
  filename: ShortText,
  packagetype: ShortText.optional(),
  requires_python: ShortText.nullish(),
  upload_time_iso_8601: ShortText.nullish(),
  upload_time: ShortText.nullish(),
  yanked: z.boolean().optional(),
  yanked_reason: Text.nullish(),
  digests: z
    .looseObject({
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    })
    .optional(),
  url: z.string().max(2000).optional(),
});
export type PypiFile = z.infer<typeof PypiFile>;

export const PypiInfo = z.looseObject({
  name: ShortText,
  version: ShortText,
  requires_python: ShortText.nullish(),
  requires_dist: z.array(ShortText).max(2000).nullish(),
  classifiers: z.array(ShortText).max(2000).nullish(),
  summary: Text.nullish(),
  yanked: z.boolean().optional(),
  yanked_reason: Text.nullish(),
});
export type PypiInfo = z.infer<typeof PypiInfo>;

/** `/pypi/<project>/json`. */
export const PypiProject = z.looseObject({
  info: PypiInfo,
  releases: z.record(ShortText, z.array(PypiFile).max(2000)).optional(),
  urls: z.array(PypiFile).max(2000).optional(),
});
export type PypiProject = z.infer<typeof PypiProject>;

/** `/pypi/<project>/<version>/json`. */
export const PypiRelease = z.looseObject({
  info: PypiInfo,
  urls: z.array(PypiFile).max(2000).optional(),
});
export type PypiRelease = z.infer<typeof PypiRelease>;

const CoreMetadataFlag = z.union([z.boolean(), z.looseObject({ sha256: z.string().max(200).optional() })]);

export const SimpleFile = z.looseObject({
  filename: ShortText,
  url: z.string().max(2000),
  hashes: z.record(ShortText, ShortText).optional(),
  'requires-python': ShortText.nullish(),
  'core-metadata': CoreMetadataFlag.optional(),
  'dist-info-metadata': CoreMetadataFlag.optional(),
  yanked: z.union([z.boolean(), Text]).optional(),
  'upload-time': ShortText.optional(),
});
export type SimpleFile = z.infer<typeof SimpleFile>;

/** A PEP 691 project page (`application/vnd.pypi.simple.v1+json`). */
export const SimpleProject = z.looseObject({
  meta: z.looseObject({ 'api-version': ShortText }),
  name: ShortText,
  files: z.array(SimpleFile).max(20_000),
  versions: z.array(ShortText).max(20_000).optional(),
});
export type SimpleProject = z.infer<typeof SimpleProject>;

/** The media type a PEP 691 client asks for. */
export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
