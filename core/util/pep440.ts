/**
 * PEP 440 versions and specifiers, through @renovatebot/pep440 (a maintained implementation):
 * nothing in the project compares versions by hand. The empty specifier means "any version".
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
