/**
 * `djstack import` of any dependency file: requirements.txt (and its includes) as it is;
 * pyproject.toml, Pipfile and the lock files through their requirements text (pyproject.ts).
 */
import type { Catalog } from '../catalog/catalog';
import { dependencyFileKind, dependencyFileText } from './pyproject';
import { importRequirements, type ImportOptions, type ImportResult } from './requirements';

/** Imports `text`, read as the kind its file name says. Never throws; bad input is an error. */
export function importDependencyFile(
  text: string,
  catalog: Catalog,
  options: ImportOptions & { file: string },
): ({ ok: true } & ImportResult) | { ok: false; error: string } {
  const kind = dependencyFileKind(options.file);
  if (!kind) return { ok: true, ...importRequirements(text, catalog, options) };
  const read = dependencyFileText(text.replace(/^\uFEFF/, ''), kind);
  if (!read.ok) return { ok: false, error: `${options.file}: ${read.error}` };
  const result = importRequirements(read.text, catalog, {
    ...options,
    readInclude: undefined,
    requiresPython: options.requiresPython ?? read.requiresPython,
  });
  if (result.diagram.requirementsFile) result.diagram.requirementsFile.format = kind;
  return { ok: true, ...result, notes: [...read.notes.map((note) => `${options.file}: ${note}`), ...result.notes] };
}
