/** The size of a saved diagram, measured as the loader measures it: in UTF-8 bytes. */
import { LIMITS } from './limits';

/** The UTF-8 length of `text` without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a saved diagram's text is one the loader (LIMITS.fileBytes) will open again. */
export function fitsFileLimit(text: string): boolean {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length * 3 <= LIMITS.fileBytes) return true;
  if (text.length > LIMITS.fileBytes) return false;
  return utf8ByteLength(text) <= LIMITS.fileBytes;
}

/**
 * Why `text` cannot be saved (it is larger than the app opens), or null. Saving it would write
 * a file that the app then refuses, so the caller keeps the document unsaved and says this.
 */
export function saveSizeProblem(text: string): string | null {
  return fitsFileLimit(text) ? null : sizeProblem(utf8ByteLength(text));
}

/** Why a text of `bytes` UTF-8 bytes cannot be saved, or null: `saveSizeProblem` for a length counted elsewhere. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `This diagram is ${mb(bytes)} MB as a file, over the ${mb(LIMITS.fileBytes)} MB a .djstack diagram may be; it was not saved. Remove nodes or long option values and save again.`;
}
