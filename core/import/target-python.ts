/**
 * The Python an imported project is checked at. A file that says which Python it runs on
 * (`requires-python`, Poetry's `python = "~3.9"`, Pipfile's `python_version`, a lock's
 * `requires-python`) is believed; otherwise the app's default Python when the project's Django
 * line supports it, else the newest Python that line supports. Checking Saleor's Django 3.2 at
 * Python 3.12 would report a warning about a Python the project never runs.
 */
import type { Catalog } from '../catalog/catalog';
import { targetChoices } from '../check/targets';
import { DEFAULT_TARGET } from '../diagram/model';
import { isSpecifier, satisfies } from '../util/pep440';

/** Whether some patch release of the Python line `minor` ("3.9") satisfies `specifier`. */
function lineAllows(minor: string, specifier: string): boolean {
  return [`${minor}.0`, `${minor}.99`].some((version) => satisfies(version, specifier));
}

/** The Python line to check a project at; `requiresPython` is a PEP 440 specifier or undefined. */
export function importTargetPython(catalog: Catalog, django: string, requiresPython: string | undefined): string {
  const known = targetChoices(catalog).python;
  const line = catalog.get('django')?.lines.find((l) => l.line === django)?.python;
  const byLine = line ? known.filter((minor) => lineAllows(minor, line)) : known;
  if (requiresPython && isSpecifier(requiresPython)) {
    const wanted = known.filter((minor) => lineAllows(minor, requiresPython));
    const both = wanted.filter((minor) => byLine.includes(minor));
    const pick = both.includes(DEFAULT_TARGET.python) ? DEFAULT_TARGET.python : (both.at(-1) ?? wanted.at(-1));
    if (pick) return pick;
  }
  if (byLine.length === 0 || byLine.includes(DEFAULT_TARGET.python)) return DEFAULT_TARGET.python;
  return byLine.at(-1)!;
}
