/**
 * Atomic writes: the data goes to a temporary file in the same folder, is fsynced, and is then
 * renamed over the target. A crash or kill at any moment leaves the old file or the new one,
 * never a mix; write-file-atomic does the work and removes its temporary file on failure.
 */
import writeFileAtomic from 'write-file-atomic';

/** Replaces `path` with `data` atomically (temp file + fsync + rename). */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(
    path,
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    {
      fsync: true,
      encoding: 'utf8',
    },
  );
}
