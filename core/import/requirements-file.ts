/**
 * A requirements file read for a lossless round trip: every physical line is kept, grouped into
 * entries (a requirement, an include, or any other text: comments, blank lines, options, lines
 * pip would refuse), so that export can write back what was imported. `-r`/`-c` includes are
 * followed through a reader the caller passes in (core reads no files), each file once, within
 * the top file's folder tree unless allowed, with cycles refused and the bytes counted.
 */
import type { RequirementsFile, RequirementsFileEntry } from '../diagram/model';
import { LIMITS } from '../format/limits';
import { withoutComment } from '../requirements/logical-lines';
import { parseRequirements, type ParsedRequirement, type ParsedRequirements } from '../requirements/parse';
import { redactCredentials } from './redact';

type FileEntry = RequirementsFileEntry;
type KeptFile = RequirementsFile['files'][number];

/** A requirement line of a kept file, parsed, with what the diagram keeps of it. */
export interface KeptRequirement {
  parsed: ParsedRequirement;
  /** The trailing comment, without "#". */
  comment: string | null;
  file: string;
  line: number;
}

/** Reads an include by its path relative to the top file's folder. Never throws. */
export type IncludeReader = (path: string) => { text: string } | { error: string };

export interface ReadFileOptions {
  /** The top file's name, as the user named it. */
  file: string;
  readInclude?: IncludeReader;
  /** Follow includes that leave the top file's folder (`../x.txt`, `/etc/x`). */
  allowIncludeOutside?: boolean;
  /** At most this many files are read, includes counted. */
  maxFiles?: number;
}

export interface ReadRequirementsFile {
  files: KeptFile[];
  requirements: KeptRequirement[];
  /** "file:line: message" for each thing the user should know. */
  notes: string[];
  /** Includes that could not be read: "path (why)". */
  missing: string[];
  /** Variables that now stand for credentials found in URLs. */
  redacted: string[];
  newline: '\n' | '\r\n';
}

const DEFAULT_MAX_FILES = 100;
const VARIABLE = /\$\{([A-Z0-9_]+)\}/g;
const STAND_IN = /zzdjstackvar([A-Z0-9_]+)zzend/g;

/**
 * Parses one kept entry as pip would after expanding `${VAR}`: each variable stands in as a
 * plain word while parsing (a URL's `${TOKEN}@host` is not valid PEP 508 until expanded) and
 * is written back as `${VAR}` in what is kept, so no value from the environment is ever read.
 */
export function parseKeptLine(text: string, file = 'requirements.txt'): ParsedRequirements {
  const env: Record<string, string> = {};
  for (const [, name] of text.matchAll(VARIABLE)) env[name!] = `zzdjstackvar${name}zzend`;
  const parsed = parseRequirements(text, { file, env });
  const restore = (value: string) => value.replace(STAND_IN, (_, name: string) => `\${${name}}`);
  for (const requirement of parsed.requirements) {
    requirement.source.text = restore(requirement.source.text);
    if (requirement.link) requirement.link.location = restore(requirement.link.location);
  }
  for (const include of parsed.includes) include.path = restore(include.path);
  return parsed;
}

interface Chunk {
  line: number;
  lines: string[];
}

/** Groups physical lines into logical lines the way pip joins backslash continuations. */
function chunksOf(text: string): Chunk[] {
  const physical = text.split(/\r\n|\r|\n/);
  if (physical.length > 1 && physical[physical.length - 1] === '') physical.pop();
  const chunks: Chunk[] = [];
  let pending: Chunk | null = null;
  physical.forEach((raw, index) => {
    const continues = raw.endsWith('\\') && !/^\s*#/.test(raw);
    if (pending) pending.lines.push(raw);
    else pending = { line: index + 1, lines: [raw] };
    if (!continues) {
      chunks.push(pending);
      pending = null;
    }
  });
  if (pending) chunks.push(pending);
  return chunks;
}

/** The comment of a logical line, as pip would strip it, without the "#". */
function commentOf(lines: readonly string[]): string | null {
  const joined = lines.map((l, i) => (i < lines.length - 1 ? l.replace(/\\+$/, '') : l)).join('');
  const code = withoutComment(joined);
  return code.length < joined.length ? joined.slice(code.length + 1).trim() : null;
}

/** `base` + `relative` as a normalised "/" path; null when it climbs above the top folder. */
export function joinIncludePath(fromFile: string, relative: string): { path: string; outside: boolean } {
  const absolute = relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative);
  const parts = absolute ? [] : fromFile.split('/').slice(0, -1);
  let outside = absolute;
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0 || parts[parts.length - 1] === '..') {
        outside = true;
        parts.push('..');
      } else parts.pop();
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return { path: absolute ? `/${joined}` : joined, outside };
}

interface State {
  options: ReadFileOptions;
  result: ReadRequirementsFile;
  /** Files being read, outermost first. */
  chain: string[];
  read: Set<string>;
  bytes: number;
}

function readOne(text: string, path: string, kind: KeptFile['kind'], state: State): void {
  const { result } = state;
  const top = state.chain.length === 1;
  const kept: KeptFile = { path, kind, entries: [] };
  result.files.push(kept);
  for (const chunk of chunksOf(text.replace(/^\uFEFF/, ''))) {
    const { text: redacted, redactions } = redactCredentials(chunk.lines.join('\n'));
    for (const { variable, host } of redactions) {
      result.notes.push(
        `${path}:${chunk.line}: a credential for ${host} was replaced by \${${variable}} (set it before pip install)`,
      );
      if (!result.redacted.includes(variable)) result.redacted.push(variable);
    }
    const entry: FileEntry = redacted.length <= LIMITS.stringLength ? { text: redacted } : {};
    kept.entries.push(entry);
    const parsed = parseKeptLine(redacted, path);
    const where = `${path}:${chunk.line}`;
    for (const issue of parsed.issues) {
      if (issue.severity !== 'error') continue;
      // Included files are only echoed for their requirements: a stray -r must not print a secret file.
      result.notes.push(`${where}: ${top ? issue.message : 'not a requirement pip understands'}; kept as written`);
    }
    if (entry.text === undefined && parsed.requirements.length === 0) {
      result.notes.push(`${where}: a line longer than ${LIMITS.stringLength} characters was dropped`);
      continue;
    }
    const [requirement] = parsed.requirements;
    if (kind === 'requirements' && requirement && parsed.requirements.length === 1) {
      if (requirement.normalizedName) {
        entry.package = requirement.normalizedName;
        result.requirements.push({
          parsed: requirement,
          comment: commentOf(chunk.lines),
          file: path,
          line: chunk.line,
        });
      } else result.notes.push(`${where}: a requirement without a project name is kept as written, not drawn`);
    }
    const [include] = parsed.includes;
    if (include) followInclude(include.path, include.kind, entry, where, state);
  }
}

function followInclude(written: string, kind: KeptFile['kind'], entry: FileEntry, where: string, state: State): void {
  const { result, options } = state;
  const fromFile = state.chain[state.chain.length - 1]!;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) {
    result.notes.push(`${where}: the ${kind} file ${written} is a URL; kept as a reference, not read`);
    return;
  }
  const { path, outside } = joinIncludePath(fromFile, written);
  if (outside && !options.allowIncludeOutside) {
    result.missing.push(`${written} (outside the folder of ${state.chain[0]}; --allow-include-outside reads it)`);
    return;
  }
  entry.include = path;
  if (state.chain.includes(path)) {
    result.missing.push(
      `${written} (includes itself: ${[...state.chain.slice(state.chain.indexOf(path)), path].join(' → ')})`,
    );
    delete entry.include;
    return;
  }
  if (state.read.has(path)) return;
  if (!options.readInclude) {
    result.missing.push(`${written} (includes are not read here)`);
    delete entry.include;
    return;
  }
  if (state.read.size >= (options.maxFiles ?? DEFAULT_MAX_FILES)) {
    result.missing.push(`${written} (more than ${options.maxFiles ?? DEFAULT_MAX_FILES} files)`);
    delete entry.include;
    return;
  }
  let read: ReturnType<IncludeReader>;
  try {
    read = options.readInclude(path);
  } catch (error) {
    read = { error: error instanceof Error ? error.message : String(error) };
  }
  if ('error' in read) {
    result.missing.push(`${written} (${read.error})`);
    delete entry.include;
    return;
  }
  state.bytes += read.text.length;
  if (state.bytes > LIMITS.fileBytes) {
    result.missing.push(`${written} (the files together are larger than ${LIMITS.fileBytes} bytes)`);
    delete entry.include;
    return;
  }
  state.read.add(path);
  state.chain.push(path);
  readOne(read.text, path, kind, state);
  state.chain.pop();
}

/** Reads a requirements file and its includes for a lossless round trip. Never throws. */
export function readRequirementsFile(text: string, options: ReadFileOptions): ReadRequirementsFile {
  const result: ReadRequirementsFile = {
    files: [],
    requirements: [],
    notes: [],
    missing: [],
    redacted: [],
    newline: text.includes('\r\n') ? '\r\n' : '\n',
  };
  const state: State = { options, result, chain: [options.file], read: new Set([options.file]), bytes: text.length };
  readOne(text, options.file, 'requirements', state);
  return result;
}
