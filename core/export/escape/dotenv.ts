/**
 * The one escaping function for .env values. Three readers meet there: the plain reader in the
 * generated settings and django-environ (both split the file with Python's `str.splitlines()`,
 * which breaks lines on \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 too), and a shell doing
 * `set -a; . ./.env`, which runs `$( )` and backticks inside double quotes. A value keeps only what
 * none of them can read as a new line, a command or the end of the quotes.
 */
import { wellFormed } from '../python/literal';

/**
 * Every character a .env value never keeps: C0 and C1 controls (all of splitlines()'s breaks are
 * among them, with \u2028 \u2029), DEL, and the shell's specials inside double quotes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const DROPPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\$`]/g;

/** A value no reader needs quoted: no spaces, quotes, `#`, `$` or anything else a shell or parser sees. */
const BARE = /^[A-Za-z0-9_./:@,+=*?()[\]-]*$/;

/** A .env value: bare when it is plain, else double-quoted with the dangerous characters dropped. */
export function envValue(value: string): string {
  if (BARE.test(value)) return value;
  return `"${wellFormed(value).replace(DROPPED, '')}"`;
}

/** A `NAME=value` line; the name is one the exporter chose (an identifier), checked all the same. */
export function envLine(name: string, value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an environment variable name: ${name}`);
  return `${name}=${envValue(value)}`;
}
