/**
 * PEP 440 versions and specifiers, through @renovatebot/pep440 (a maintained implementation):
 * nothing in the project compares versions by hand. The empty specifier means "any version".
 * This is the project's one PEP 440 API; `fits` and `isKnownVersionSyntax` are its memoised
 * forms for the engine, which asks the same few hundred questions on every edit (a comparison
 * through the library costs ~0.1 ms).
 */
import { compare, satisfies as pepSatisfies, valid, validRange } from '@renovatebot/pep440';

/** Whether `version` ("5.2", "3.16.0") is inside `specifier` (">=4.2,<6.0"; "" = any). */
export function satisfies(version: string, specifier: string | undefined): boolean {
  if (!specifier || specifier.trim() === '') return true;
  return pepSatisfies(version, specifier);
}

/** Whether a string is a valid PEP 440 version. */
export function isVersion(text: string): boolean {
  return valid(text) !== null;
}

/** Whether a string is a valid PEP 440 specifier set ("" counts as valid: any version). */
export function isSpecifier(text: string): boolean {
  return text.trim() === '' || validRange(text);
}

/** Orders versions newest first. */
export function newestFirst(a: string, b: string): number {
  return compare(b, a);
}

export { compare as compareVersions };

const MEMO_LIMIT = 200_000;
const satisfiesMemo = new Map<string, boolean>();

/**
 * `satisfies`, memoised, and false (never a throw) for text that is not a version or a
 * specifier: a malformed specifier in data is caught by the catalog tests, here it matches nothing.
 */
export function fits(version: string, specifier: string | undefined): boolean {
  if (!specifier || specifier.trim() === '') return true;
  const key = `${version}\u0000${specifier}`;
  let answer = satisfiesMemo.get(key);
  if (answer === undefined) {
    try {
      answer = pepSatisfies(version, specifier);
    } catch {
      answer = false;
    }
    if (satisfiesMemo.size >= MEMO_LIMIT) satisfiesMemo.clear();
    satisfiesMemo.set(key, answer);
  }
  return answer;
}

const versionMemo = new Map<string, boolean>();

/** `isVersion`, memoised. */
export function isKnownVersionSyntax(text: string): boolean {
  let answer = versionMemo.get(text);
  if (answer === undefined) {
    answer = isVersion(text);
    if (versionMemo.size >= MEMO_LIMIT) versionMemo.clear();
    versionMemo.set(text, answer);
  }
  return answer;
}
