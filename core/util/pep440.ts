/**
 * PEP 440 versions and specifiers, through @renovatebot/pep440 (a maintained implementation):
 * nothing in the project compares versions by hand. The empty specifier means "any version".
 * This is the project's one PEP 440 API; `fits` and `isKnownVersionSyntax` are its memoised
 * forms for the engine, which asks the same few hundred questions on every edit (a comparison
 * through the library costs ~0.1 ms).
 */
import { compare, parse, satisfies as pepSatisfies, valid, validRange } from '@renovatebot/pep440';

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

/** A parsed version as the library builds it (its typings describe `explain`'s shape instead). */
interface ParsedVersion {
  epoch: number;
  release: number[];
  pre: [string, number] | null;
  post: [string, number] | null;
  dev: [string, number] | null;
  local: (string | number)[] | null;
}

interface EqualityKey {
  /** The library's comparison key (`compare` is 0 exactly when two keys are equal), as text. */
  full: string;
  /** The same without the local segment ("1.0+abc" → that of "1.0"). */
  public: string;
  local: boolean;
  prerelease: boolean;
}

const keyMemo = new Map<string, EqualityKey | null>();

/** The library's `calculateKey` (lib/operator.js), written as text so that equal keys are equal strings. */
function keyText(parsed: ParsedVersion, withLocal: boolean): string {
  const release = [...parsed.release];
  while (release.length > 0 && release[release.length - 1] === 0) release.pop();
  const { pre, post, dev } = parsed;
  const local = withLocal ? parsed.local : null;
  const key = [
    parsed.epoch,
    release,
    !pre && !post && dev ? -Infinity : !pre ? Infinity : pre,
    !post ? -Infinity : post,
    !dev ? Infinity : dev,
    !local ? -Infinity : local.map((i) => (Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''])),
  ];
  return JSON.stringify(key, (_, value: unknown) =>
    value === Infinity ? '+inf' : value === -Infinity ? '-inf' : value,
  );
}

function equalityKey(version: string): EqualityKey | null {
  let key = keyMemo.get(version);
  if (key === undefined) {
    const parsed = parse(version) as unknown as ParsedVersion | null;
    key = parsed && {
      full: keyText(parsed, true),
      public: keyText(parsed, false),
      local: parsed.local !== null && parsed.local !== undefined,
      prerelease: Boolean(parsed.dev || parsed.pre),
    };
    if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(version, key);
  }
  return key;
}

/**
 * `fits(a, "==" + b)` without a specifier parse per pair: the library's own reading of `==`
 * (a pre-release only equals a pre-release; a local `a` is compared without both local
 * segments), on comparison keys computed once per version. Text that is not a version goes
 * through `fits`.
 */
export function versionsEqual(a: string, b: string): boolean {
  const left = equalityKey(a);
  const right = equalityKey(b);
  if (!left || !right) return fits(a, `==${b}`);
  if (left.prerelease && !right.prerelease) return false;
  return left.local ? left.public === right.public : left.full === right.full;
}
