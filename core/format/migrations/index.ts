/**
 * Upgrading old `.djstack` documents. Each migration lives in its own module
 * (`v<n>-to-v<n+1>.ts`) with its own test, and turns a version-n document into a version-(n+1)
 * document; loading applies them in order, then validates against the current schema.
 *
 * Version 1 is the first format, so no migration exists yet. To change the format: bump
 * CURRENT_FORMAT_VERSION, write `v1-to-v2.ts` exporting a Migration, and list it in MIGRATIONS.
 */

/** A parsed JSON object, as a migration sees it: untyped, because it is an old format. */
export type JsonObject = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** What changed, for the changelog and the migration's own test name. */
  describe: string;
  /** Returns the upgraded document; may throw on a document it cannot upgrade. */
  migrate(document: JsonObject): JsonObject;
}

/** Every shipped migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult = { ok: true; document: JsonObject } | { ok: false; error: string };

/** Applies the migrations from `version` up to `current`; each step must exist. Never throws. */
export function migrateDocument(
  document: JsonObject,
  version: number,
  current: number,
  migrations: readonly Migration[],
): MigrationResult {
  let upgraded = document;
  for (let from = version; from < current; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) return { ok: false, error: `No upgrade from .djstack format version ${from} is known.` };
    try {
      upgraded = { ...step.migrate(upgraded), version: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: `The file could not be upgraded from format version ${from} (${reason}); it was not changed.`,
      };
    }
  }
  return { ok: true, document: upgraded };
}

/** The oldest version the migrations can read (the current one when there are none). */
export function oldestReadableVersion(current: number, migrations: readonly Migration[]): number {
  return migrations.reduce((oldest, migration) => Math.min(oldest, migration.from), current);
}
