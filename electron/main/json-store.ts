/** Small JSON files in the app's data folder (recent list, window state), read through a schema. */
import { readBounded } from './bounded-read';
import type { z } from '../../core/zod';
import { writeAtomic } from './atomic-write';

/** The file's content when it exists and matches `schema`; null when it is missing or not valid. */
export async function readJson<T>(path: string, schema: z.ZodType<T>, maxBytes = 1024 * 1024): Promise<T | null> {
  let text: string;
  try {
    // The app's own files; bounded all the same (regular files only, `maxBytes` at most).
    text = new TextDecoder().decode(await readBounded(path, maxBytes));
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
