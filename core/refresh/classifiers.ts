/**
 * What a release declares through its trove classifiers: the Django feature releases
 * (`Framework :: Django :: 5.2`, or a whole major, `Framework :: Django :: 6`) and the Python
 * versions (`Programming Language :: Python :: 3.12`).
 * Declared is not allowed: these make warnings, never errors (see catalog/schema.ts).
 */
import { compareVersions } from '../util/pep440';

const DJANGO = /^Framework :: Django :: (\d+\.\d+)$/;
const DJANGO_MAJOR = /^Framework :: Django :: (\d+)$/;
const PYTHON = /^Programming Language :: Python :: (3\.\d+)$/;

/** "major.minor" versions named by classifiers matching `pattern`, oldest first, deduplicated. */
function declaredLines(classifiers: readonly string[], pattern: RegExp): string[] {
  const lines = new Set<string>();
  for (const classifier of classifiers) {
    const match = pattern.exec(classifier.trim());
    if (match) lines.add(match[1]!);
  }
  return [...lines].sort(compareVersions);
}

/**
 * A specifier covering exactly `lines` among the `known` lines: `>=first,<line after last`, plus
 * `!=X.Y.*` for each known line missing in between (PEP 440 has no "or"). "" when `lines` is empty.
 */
export function specifierOfLines(lines: readonly string[], known: readonly string[], upper?: string): string {
  if (lines.length === 0) return '';
  const ordered = [...known].sort(compareVersions);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const below = upper ?? nextLine(last, ordered);
  const from = ordered.indexOf(first);
  const to = ordered.indexOf(last);
  const contiguous = from >= 0 && to >= 0 && to - from + 1 === lines.length;
  if (!contiguous) {
    const gaps = from >= 0 && to >= 0 ? ordered.slice(from, to + 1).filter((line) => !lines.includes(line)) : [];
    return [`>=${first}`, `<${below}`, ...gaps.map((gap) => `!=${gap}.*`)].join(',');
  }
  return `>=${first},<${below}`;
}

function nextLine(line: string, ordered: readonly string[]): string {
  const i = ordered.indexOf(line);
  if (i >= 0 && i + 1 < ordered.length) return ordered[i + 1]!;
  const [major, minor] = line.split('.').map(Number);
  return `${major}.${minor! + 1}`;
}

/**
 * The Django versions a release declares, as a specifier over the known Django lines ("" = none
 * declared). A major-only classifier (`Framework :: Django :: 6`) is the parent of that major's
 * feature classifiers: next to them it adds nothing (django-cte 4.0.0 lists 4, 4.2, 5, 5.1, …),
 * alone it declares every line of that major, known today or to come (dj-database-url 3.1.2
 * lists 4.2, 5.2 and 6: `>=4.2,<7,!=5.0.*,!=5.1.*`).
 */
export function declaredDjango(classifiers: readonly string[], knownDjangoLines: readonly string[]): string {
  const majorOf = (line: string) => Number(line.split('.')[0]);
  const named = declaredLines(classifiers, DJANGO);
  const wholeMajors = declaredLines(classifiers, DJANGO_MAJOR)
    .map(Number)
    .filter((major) => !named.some((line) => majorOf(line) === major));
  const expanded = [...named];
  for (const major of wholeMajors) {
    const lines = knownDjangoLines.filter((line) => majorOf(line) === major);
    expanded.push(...(lines.length > 0 ? lines : [`${major}.0`]));
  }
  const lines = [...new Set(expanded)].sort(compareVersions);
  if (lines.length === 0) return '';
  const lastMajor = majorOf(lines[lines.length - 1]!);
  const upper = wholeMajors.includes(lastMajor) ? `${lastMajor + 1}` : undefined;
  return specifierOfLines(lines, [...new Set([...knownDjangoLines, ...lines])], upper);
}

/** The Python 3 versions a release declares, as a specifier ("" = none declared). */
export function declaredPython(classifiers: readonly string[]): string {
  const lines = declaredLines(classifiers, PYTHON);
  const known: string[] = [];
  for (let minor = 0; minor <= 30; minor++) known.push(`3.${minor}`);
  return specifierOfLines(lines, known);
}
