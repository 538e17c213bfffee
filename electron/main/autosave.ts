/**
 * Unsaved changes kept in the app's data folder, so that a crash or a killed process loses at
 * most a few seconds of work. The renderer writes every few seconds and on quit; on the next
 * start it reads the recovery and offers to restore it.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Recovery } from '../../core/host/contract';
import { LIMITS } from '../../core/format/limits';
import { fitsFileLimit } from '../../core/format/size';
import { z } from '../../core/zod';
import { writeAtomic } from './atomic-write';
import { readJson } from './json-store';

const AutosaveSchema = z.object({
  version: z.literal(1),
  text: z.string().max(LIMITS.fileBytes).refine(fitsFileLimit),
  savedAt: z.iso.datetime(),
  name: z.string().max(255).nullable(),
});

export class Autosave {
  private readonly file: string;

  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(folder, 'unsaved-changes.json');
  }

  async write(text: string, name: string | null): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeAtomic(this.file, `${JSON.stringify({ version: 1, text, savedAt: this.now().toISOString(), name })}\n`);
  }

  /**
   * The unsaved changes of the last session, or null. A damaged autosave is moved aside, not
   * deleted: it is still someone's work.
   */
  async read(): Promise<Recovery | null> {
    // JSON escaping can make the saved text up to six times its size (\u0000 for each control character).
    const stored = await readJson(this.file, AutosaveSchema, LIMITS.fileBytes * 6 + 64 * 1024);
    if (stored) return { text: stored.text, savedAt: stored.savedAt, name: stored.name };
    // Nothing to move when there is no autosave at all (the rename then fails quietly).
    const aside = join(this.folder, `unsaved-changes.damaged-${this.now().getTime()}.json`);
    await rename(this.file, aside).catch(() => undefined);
    return null;
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
