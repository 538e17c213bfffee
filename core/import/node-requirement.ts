/**
 * What a node keeps of the requirement lines that name its package: one line's facts, or, for a
 * name listed twice, their faithful merge (pip installs both: the union of the extras, every
 * version clause, so the intersection of the ranges). Shared by import and by export, which
 * compares a node with its lines to tell whether the user changed it.
 */
import type { NodeRequirement } from '../diagram/model';
import type { ParsedRequirement } from '../requirements/parse';

/** The facts of `lines` (in file order) as a node's requirement; the first line's comment and text. */
export function mergeRequirementLines(
  lines: readonly { parsed: ParsedRequirement; comment: string | null }[],
): NodeRequirement {
  const requirement: NodeRequirement = {};
  const clauses: string[] = [];
  const extras: string[] = [];
  const hashes: string[] = [];
  for (const { parsed } of lines) {
    for (const clause of parsed.specifiers) {
      const text = `${clause.operator}${clause.version}`;
      if (!clauses.includes(text)) clauses.push(text);
    }
    for (const extra of parsed.extras) if (!extras.includes(extra)) extras.push(extra);
    for (const hash of parsed.hashes) if (!hashes.includes(hash)) hashes.push(hash);
    if (parsed.marker && requirement.marker === undefined) requirement.marker = parsed.marker;
    if (parsed.link && requirement.url === undefined) requirement.url = parsed.link.location;
    if (parsed.editable) requirement.editable = true;
  }
  if (clauses.length > 0) requirement.specifier = clauses.join(',');
  if (extras.length > 0) requirement.extras = extras;
  if (hashes.length > 0) requirement.hashes = hashes;
  const first = lines[0];
  if (first?.comment) requirement.comment = first.comment;
  if (first) requirement.line = first.parsed.source.text;
  return requirement;
}

/** Whether two requirements ask pip for the same thing (specifier, extras, marker, URL, editable). */
export function sameRequirementMeaning(a: NodeRequirement, b: NodeRequirement): boolean {
  const set = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort().join('\u0000');
  return (
    (a.specifier ?? '') === (b.specifier ?? '') &&
    set(a.extras) === set(b.extras) &&
    (a.marker ?? '') === (b.marker ?? '') &&
    (a.url ?? '') === (b.url ?? '') &&
    !!a.editable === !!b.editable
  );
}

/** What a node's own requirement adds to its package name, for the canvas; null when nothing. */
export interface RequirementBadge {
  /** Short text: `-e`, `[c,pool]`, `@ github.com/x/y@main`, `; sys_platform == "win32"`. */
  text: string;
  /** The same in full, for a tooltip and a screen reader. */
  full: string;
}

/**
 * The parts of an imported requirement the node's title does not say (editable, extras, a URL,
 * a marker), so a Windows-only line or a fork pinned to a commit is visible on the canvas.
 */
export function requirementBadge(requirement: NodeRequirement | undefined): RequirementBadge | null {
  if (!requirement) return null;
  const parts: string[] = [];
  const full: string[] = [];
  if (requirement.editable) {
    parts.push('-e');
    full.push('editable');
  }
  if (requirement.extras && requirement.extras.length > 0) {
    parts.push(`[${requirement.extras.join(',')}]`);
    full.push(`extras ${requirement.extras.join(', ')}`);
  }
  if (requirement.url) {
    // The scheme and "www." say little on a 240-pixel node; the tooltip has the whole URL.
    const short = requirement.url.replace(/^[a-z+]+:\/\/(www\.)?/i, '').replace(/#egg=.*$/, '');
    parts.push(`@ ${short}`);
    full.push(`from ${requirement.url}`);
  }
  if (requirement.marker) {
    parts.push(`; ${requirement.marker}`);
    full.push(`only where ${requirement.marker}`);
  }
  return parts.length === 0 ? null : { text: parts.join(' '), full: full.join('; ') };
}
