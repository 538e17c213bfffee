/**
 * Requirements files compared with a diagram's export, for `djstack check --requirements` and
 * `djstack drift`: reading the file and its -r includes from disk, and the JSON and annotation
 * shapes of the result.
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { Catalog } from '../core/catalog/catalog';
import type { Diagram } from '../core/diagram/model';
import { printable } from '../core/diff/format';
import { checkRequirementsDrift, type DriftResult } from '../core/drift/drift';
import { LIMITS } from '../core/format/limits';
import type { Resolution } from '../core/resolve/types';
import { readTextFile } from './files';
import type { Annotation } from './github-annotations';
import { UsageError } from './io';

export interface DriftFlags {
  ranges: boolean;
  allowExtra: boolean;
}

/** A requirements file's text, or a UsageError naming it (missing, too large, not UTF-8). */
function readRequirementsText(path: string, shown: string): string {
  return readTextFile(path, shown, `larger than ${LIMITS.fileBytes / 1024 / 1024} MB, not a requirements file`);
}

/**
 * Compares the requirements file with the diagram's export. A file pip could not read either
 * (a line that is no requirement, an include that is missing) cannot be said to match or not:
 * that is bad input, exit 2, like a broken diagram.
 */
export function requirementsDrift(
  cwd: string,
  shown: string,
  diagram: Diagram,
  catalog: Catalog,
  options: DriftFlags,
  resolution: Resolution | undefined,
): DriftResult {
  const path = resolve(cwd, shown);
  const text = readRequirementsText(path, shown);
  const base = dirname(path);
  const result = checkRequirementsDrift(diagram, catalog, text, {
    file: shown,
    // Includes are named relative to the top file's folder, as they appear in messages.
    readInclude: (included, fromFile) => {
      const from = fromFile === shown ? path : resolve(base, fromFile);
      const target = resolve(dirname(from), included);
      try {
        return { file: relative(base, target), text: readRequirementsText(target, included) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
    env: process.env,
    ranges: options.ranges,
    allowExtra: options.allowExtra,
    resolution,
  });
  const unreadable = result.differences.filter((d) => d.kind === 'unreadable');
  if (unreadable.length > 0) {
    const more = unreadable.length > 1 ? ` (and ${unreadable.length - 1} more unreadable lines)` : '';
    throw new UsageError(`${printable(unreadable[0]!.message.replace(/\.$/, ''))}${more}`);
  }
  return result;
}

export function jsonDrift(file: string, drift: DriftResult) {
  return {
    file,
    ok: drift.ok,
    differences: drift.differences.map((d) => ({
      kind: d.kind,
      package: d.package,
      expected: d.expected,
      actual: d.actual,
      message: d.message,
      source: d.source ? { file: d.source.file, line: d.source.line } : null,
    })),
    warnings: drift.warnings,
  };
}

/**
 * Each difference as an annotation on the requirements file (the included file and line when
 * the difference is on one), naming the diagram it was compared with.
 */
export function driftAnnotations(diagramFile: string, requirementsFile: string, drift: DriftResult): Annotation[] {
  const base = dirname(requirementsFile);
  return drift.differences.map((difference) => {
    const source = difference.source;
    return {
      level: 'error',
      file: source ? join(base, source.file) : requirementsFile,
      ...(source ? { line: source.line } : {}),
      title: `djstack drift: ${difference.kind}`,
      message: `${difference.message} (compared with ${diagramFile})`,
    };
  });
}
