/**
 * Schemas of every payload the renderer may send. The main process treats the renderer as
 * untrusted (it shows data from files strangers send): each message is parsed here before any
 * handler sees it, and anything unexpected is refused.
 */
import { LIMITS } from '../../core/format/limits';
import { fitsFileLimit } from '../../core/format/size';
import { MAX_REFRESH_NAMES } from '../../core/refresh/package-data';
import { z } from '../../core/zod';
import type { InvokeName, SendName } from '../shared/ipc-channels';

/** Exports can be larger than diagrams (a PNG of a big canvas, a settings file). */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;
const MAX_PROJECT_FILES = 500;

/** Handles are issued by the main process (`handles.ts`); anything else cannot name a file. */
export const HandleSchema = z.string().regex(/^h_[0-9a-f]{32}$/, 'not a file handle issued by this app');

const FORBIDDEN_NAME = /[/\\:*?"<>|]/;
const hasControlCharacter = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20);

/** A file name to suggest in a save dialog: a bare name, never a path. */
export const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !FORBIDDEN_NAME.test(name) && !hasControlCharacter(name) && name !== '.' && name !== '..',
    'not a plain file name',
  );

/**
 * A diagram's text is bounded as the loader bounds a file, in UTF-8 bytes, so that main accepts
 * exactly what the app can open again (a limit in UTF-16 units let through non-ASCII text of up
 * to three times the size). serializeDjstack writes within it (compact past the limit).
 */
export const DiagramText = z
  .string()
  .max(LIMITS.fileBytes)
  .refine(fitsFileLimit, `larger than the ${LIMITS.fileBytes / 1024 / 1024} MB a .djstack diagram may be`);
const ExportText = z.string().max(MAX_EXPORT_BYTES);

/** A relative POSIX path inside an exported project: no absolute paths, no `..`, no empty parts. */
export const ProjectPathSchema = z
  .string()
  .min(1)
  .max(400)
  .refine(
    (path) =>
      !path.includes('\\') &&
      !path.includes('\u0000') &&
      !path.startsWith('/') &&
      path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[:*?"<>|]/.test(part)),
    'not a relative path inside the project',
  );

export const INVOKE_SCHEMAS = {
  openDiagram: z.undefined(),
  openDependencyFile: z.undefined(),
  saveDiagram: z.strictObject({
    handle: HandleSchema.nullable(),
    suggestedName: SuggestedNameSchema,
    text: DiagramText,
  }),
  saveDiagramAs: z.strictObject({ suggestedName: SuggestedNameSchema, text: DiagramText }),
  exportText: z.strictObject({ suggestedName: SuggestedNameSchema, text: ExportText }),
  exportBinary: z.strictObject({
    suggestedName: SuggestedNameSchema,
    data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= MAX_EXPORT_BYTES, 'the export is too large'),
  }),
  exportProject: z.strictObject({
    suggestedName: SuggestedNameSchema,
    files: z
      .array(z.strictObject({ path: ProjectPathSchema, content: ExportText }))
      .min(1)
      .max(MAX_PROJECT_FILES),
  }),
  openRecent: HandleSchema,
  listRecent: z.undefined(),
  reload: HandleSchema,
  writeAutosave: z.strictObject({ text: DiagramText, name: z.string().max(255).nullable() }),
  readRecovery: z.undefined(),
  clearAutosave: z.undefined(),
  readPackageData: z.undefined(),
  refreshPackageData: z.strictObject({
    indexUrl: z
      .string()
      .max(2048)
      .refine((url) => /^https?:\/\//i.test(url), 'the package index must be an http or https URL'),
    names: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not a normalised package name')
          .max(100),
      )
      .min(1)
      .max(MAX_REFRESH_NAMES),
  }),
} satisfies Record<InvokeName, z.ZodType>;

export const SEND_SCHEMAS = {
  setDocumentState: z.strictObject({
    name: z.string().min(1).max(255),
    dirty: z.boolean(),
    handle: HandleSchema.nullable(),
  }),
  openExternal: z.string().max(2048),
  confirmClose: z.boolean(),
  rendererReady: z.undefined(),
  cancelPackageDataRefresh: z.undefined(),
} satisfies Record<SendName, z.ZodType>;

export type InvokePayload<N extends InvokeName> = z.infer<(typeof INVOKE_SCHEMAS)[N]>;
export type SendPayload<N extends SendName> = z.infer<(typeof SEND_SCHEMAS)[N]>;
