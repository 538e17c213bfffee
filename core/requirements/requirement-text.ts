/**
 * The requirement part of a line (what pip hands to install_req_from_line): a PEP 508
 * requirement through pip-requirements-js, or a URL, VCS URL or local path as pip allows.
 */
import { parsePipRequirementsLine, type RequirementWithLocation } from 'pip-requirements-js';
import type { RequirementLink, VersionClause } from './types';

export interface RequirementText {
  name: string | null;
  extras: string[];
  specifiers: VersionClause[];
  marker: string | null;
  link: RequirementLink | null;
}

export type RequirementTextResult = { ok: true; requirement: RequirementText } | { ok: false; error: string };

// pip's is_url: the schemes it downloads from, plus version-control schemes.
const URL_SCHEME = /^(?:https?|file|ftp|(?:git|hg|svn|bzr)(?:\+[a-z]+)?):/i;
const VCS_SCHEME = /^(?:git|hg|svn|bzr)(?:\+[a-z]+)?:/i;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i;
const NAMED_URL = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(.+)$/s;

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Failed to parse requirements line\.\s*/, '').replace(/^Line 1, /, '');
}

function parseLibrary(text: string): RequirementWithLocation | null | { error: string } {
  try {
    return parsePipRequirementsLine(text, { includeLocations: true });
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** Validates a marker by parsing it after a dummy name; returns the trimmed marker or an error. */
function checkMarker(marker: string): { marker: string } | { error: string } {
  const parsed = parseLibrary(`x ; ${marker}`);
  if (parsed && 'error' in parsed) return { error: `the environment marker "${marker}" is not valid` };
  return { marker: marker.trim() };
}

/**
 * What a URL or path says about its project: the name from `#egg=name`, or the name and version
 * from a wheel's file name (`celery-5.3.1-py3-none-any.whl`), as pip reads them.
 */
export function projectFromLocation(location: string): { name: string | null; version: string | null } {
  const file = location.split(/[?#]/)[0]!.split(/[\\/]/).pop() ?? '';
  const wheel = /^([A-Za-z0-9][A-Za-z0-9._]*)-([^-]+)(?:-[^-]+)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(file);
  if (wheel) return { name: wheel[1]!, version: wheel[2]! };
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(location);
  return { name: egg ? egg[1]!.replace(/-\d.*$/, '') : null, version: null };
}

function looksLikePath(text: string): boolean {
  return (
    /^[.~/\\]/.test(text) ||
    /^[A-Za-z]:[\\/]/.test(text) ||
    /[\\/]/.test(text) ||
    ARCHIVE.test(text.replace(/\[.*\]$/, ''))
  );
}

function linkOf(location: string): RequirementLink {
  if (VCS_SCHEME.test(location)) return { kind: 'vcs', location };
  if (URL_SCHEME.test(location)) return { kind: 'url', location };
  return { kind: 'path', location };
}

function splitExtras(text: string): { base: string; extras: string[] } {
  const match = /^(.*?)\[([^\]]*)\]$/s.exec(text);
  if (!match) return { base: text, extras: [] };
  return {
    base: match[1]!,
    extras: match[2]!
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  };
}

/** A URL or path requirement without a PEP 508 name (`https://…/x.whl`, `./pkg[dev]`, `git+…#egg=x`). */
function parseLocation(text: string): RequirementTextResult {
  // pip: for URLs the marker must follow "; " so that ";" inside a URL stays part of it.
  const separator = URL_SCHEME.test(text) ? /;\s/ : /;/;
  const at = text.search(separator);
  let marker: string | null = null;
  let head = text;
  if (at !== -1) {
    const checked = checkMarker(text.slice(at + 1));
    if ('error' in checked) return { ok: false, error: checked.error };
    marker = checked.marker;
    head = text.slice(0, at).trim();
  }
  const { base, extras } = URL_SCHEME.test(head) ? { base: head, extras: [] } : splitExtras(head);
  if (!base) return { ok: false, error: 'expected a requirement' };
  const project = projectFromLocation(base);
  const specifiers = project.version ? [{ operator: '==', version: project.version }] : [];
  return { ok: true, requirement: { name: project.name, extras, specifiers, marker, link: linkOf(base) } };
}

/** `name[extras] @ url ; marker`: the name part by the library, the URL and marker split as pip does. */
function parseNamedUrl(text: string, match: RegExpExecArray): RequirementTextResult {
  const rest = match[3]!;
  const at = rest.search(/\s;/);
  const url = (at === -1 ? rest : rest.slice(0, at)).trim();
  let marker: string | null = null;
  if (at !== -1) {
    const checked = checkMarker(rest.slice(at + 2));
    if ('error' in checked) return { ok: false, error: checked.error };
    marker = checked.marker;
  }
  const parsed = parseLibrary(`${match[1]}${match[2] ?? ''} @ ${url}`);
  if (parsed === null) return { ok: false, error: 'expected a requirement' };
  if ('error' in parsed) return { ok: false, error: `"${text}" is not a valid requirement (${parsed.error})` };
  const data = parsed.data;
  if (data.type !== 'ProjectURL') return { ok: false, error: `"${text}" is not a valid requirement` };
  return {
    ok: true,
    requirement: {
      name: data.name.data,
      extras: (data.extras ?? []).map((e) => e.data),
      specifiers: [],
      marker,
      link: linkOf(data.url.data),
    },
  };
}

/**
 * pip-requirements-js tries "==" before "===" and so rejects arbitrary equality (`foo===1.0`),
 * which pip accepts. Before the marker, each "===" is handed to it as "==" and the positions
 * are remembered, so that the clause gets its real operator back.
 */
function withoutArbitraryEquality(text: string): { text: string; arbitrary: Set<number> } {
  const semicolon = text.indexOf(';');
  const head = semicolon === -1 ? text : text.slice(0, semicolon);
  const arbitrary = new Set<number>();
  const parts = head.split('===');
  let rewritten = parts[0]!;
  for (const part of parts.slice(1)) {
    arbitrary.add(rewritten.length);
    rewritten += `==${part}`;
  }
  return { text: rewritten + (semicolon === -1 ? '' : text.slice(semicolon)), arbitrary };
}

/**
 * Longer requirements are refused unread: real ones are far shorter, and the grammar library
 * takes time in proportion to the text, so a hostile file could otherwise stall the app.
 */
export const MAX_REQUIREMENT_LENGTH = 2000;

/**
 * The grammar library takes about a millisecond per requirement, and the app exports again on
 * every edit, reading each kept line to see whether its package changed: recent results are
 * remembered (oldest forgotten first), so that an edit costs only the lines it changed.
 */
const REMEMBERED = new Map<string, RequirementTextResult>();
const REMEMBERED_MAX = 5000;

/** Parses the requirement part of a line; `editable` requirements must be a path or URL, as with pip. */
export function parseRequirementText(text: string, editable: boolean): RequirementTextResult {
  const key = `${editable ? 'e' : 'n'}${text}`;
  let result = REMEMBERED.get(key);
  if (!result) {
    result = parseRequirementTextUnremembered(text, editable);
    if (REMEMBERED.size >= REMEMBERED_MAX) REMEMBERED.delete(REMEMBERED.keys().next().value!);
    REMEMBERED.set(key, result);
  }
  // Callers own what they get (they may edit it): a copy, never the remembered object.
  return structuredClone(result);
}

function parseRequirementTextUnremembered(text: string, editable: boolean): RequirementTextResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'expected a requirement' };
  if (trimmed.length > MAX_REQUIREMENT_LENGTH) {
    return {
      ok: false,
      error: `the requirement is ${trimmed.length} characters long; at most ${MAX_REQUIREMENT_LENGTH} are read`,
    };
  }
  if (editable) {
    if (NAMED_URL.test(trimmed) && !URL_SCHEME.test(trimmed)) {
      return { ok: false, error: 'an editable requirement must be a local path or a VCS URL, not "name @ url"' };
    }
    return parseLocation(trimmed);
  }
  if (URL_SCHEME.test(trimmed)) return parseLocation(trimmed);
  const named = NAMED_URL.exec(trimmed);
  if (named) return parseNamedUrl(trimmed, named);
  // A name requirement never has a slash or an archive suffix before its marker; a path does.
  if (looksLikePath(trimmed.split(';')[0]!.trim())) return parseLocation(trimmed);

  const { text: parseable, arbitrary } = withoutArbitraryEquality(trimmed);
  const parsed = parseLibrary(parseable);
  if (parsed === null) return { ok: false, error: 'expected a requirement' };
  if ('error' in parsed) return { ok: false, error: `"${trimmed}" is not a valid requirement: ${parsed.error}` };
  const data = parsed.data;
  if (data.type !== 'ProjectName') return { ok: false, error: `"${trimmed}" is not a valid requirement` };
  const markerLocation = data.environmentMarkerTree?.location;
  return {
    ok: true,
    requirement: {
      name: data.name.data,
      extras: (data.extras ?? []).map((e) => e.data),
      specifiers: (data.versionSpec ?? []).map((clause) => ({
        operator: arbitrary.has(clause.data.operator.location.startIdx) ? '===' : clause.data.operator.data,
        version: clause.data.version.data,
      })),
      marker: markerLocation ? parseable.slice(markerLocation.startIdx, markerLocation.endIdx).trim() : null,
      link: null,
    },
  };
}
