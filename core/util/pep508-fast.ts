/**
 * A fast path for the common PEP 508 strings (`redis>=4.5.2,!=4.5.5; extra == "redis"`), giving
 * exactly what pip-requirements-js's `parsePipRequirementsLine` gives for them. That library's
 * parser (an Ohm grammar) costs about a millisecond a string before it is warm, and a check of a
 * large diagram reads some 1,500 distinct Requires-Dist strings. Anything outside the plain
 * ASCII subset handled here (leading or trailing blanks, comments, URLs, `===`, line breaks,
 * non-ASCII letters, …) returns `undefined`, and the caller asks the library. A property test
 * (pep508-fast.test.ts) compares both on every catalog string and on generated ones.
 */
import type { EnvironmentMarker, ProjectNameRequirement, VersionSpec } from 'pip-requirements-js';

const NAME = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const BLANKS = /[ \t]*/y;
/** `versionCmp` of the grammar, in its order: `===` is never reached there (`==` wins, then fails). */
const VERSION_CMP = /<=|<|!=|==|>=|>|~=/y;
const VERSION = /[A-Za-z0-9\-_.*+!]+/y;
const ENV_VAR =
  /python_version|python_full_version|os_name|sys_platform|platform_release|platform_system|platform_version|platform_machine|platform_python_implementation|implementation_name|implementation_version|extra/y;
const PYTHON_STR =
  /'[ \tA-Za-z0-9().{}\-_*#:;,/?[\]!~`@$%^&=+|<>"]*'|"[ \tA-Za-z0-9().{}\-_*#:;,/?[\]!~`@$%^&=+|<>']*"/y;
/** What a fast-path string may contain at all: printable ASCII, no `#` (a comment), no `\`. */
const PLAIN = /^[^\s#\\][\t -"$-[\]-~]*$/;

/** Signals "not in the fast path": the library decides. */
class Unsure extends Error {}

class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  blanks(): void {
    BLANKS.lastIndex = this.at;
    BLANKS.exec(this.text);
    this.at = BLANKS.lastIndex;
  }

  /** Skips blanks, then matches `pattern` here (sticky), or returns null and stays put. */
  token(pattern: RegExp): string | null {
    this.blanks();
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (!match) return null;
    this.at = pattern.lastIndex;
    return match[0];
  }

  /** Skips blanks, then consumes `literal` if it comes next. */
  literal(literal: string): boolean {
    this.blanks();
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }

  peek(): string {
    this.blanks();
    return this.text[this.at] ?? '';
  }

  expect(pattern: RegExp): string {
    const found = this.token(pattern);
    if (found === null) throw new Unsure();
    return found;
  }
}

/**
 * `parsePipRequirementsLine(text)` for a plain name requirement, or `undefined` when `text` is
 * outside the fast path (the answer may then be anything, a throw included).
 */
export function parseRequirementFast(text: string): ProjectNameRequirement | undefined {
  if (!PLAIN.test(text) || /[ \t]$/.test(text)) return undefined;
  try {
    const s = new Scanner(text);
    const name = s.expect(NAME);
    let extras: string[] | undefined;
    if (s.literal('[')) {
      extras = [];
      if (!s.literal(']')) {
        do extras.push(s.expect(NAME));
        while (s.literal(','));
        if (!s.literal(']')) throw new Unsure();
      }
    }
    if (s.peek() === '@') return undefined; // a URL requirement
    let versionSpec: VersionSpec[] | undefined;
    if (s.literal('(')) {
      versionSpec = versionMany(s) ?? [];
      if (!s.literal(')')) throw new Unsure();
    } else versionSpec = versionMany(s);
    let environmentMarkerTree: EnvironmentMarker | undefined;
    if (s.literal(';')) environmentMarkerTree = markerOr(s);
    if (s.at !== text.length) throw new Unsure();
    return { type: 'ProjectName', name, versionSpec, extras, environmentMarkerTree };
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function versionMany(s: Scanner): VersionSpec[] | undefined {
  const specs: VersionSpec[] = [];
  do {
    const operator = s.token(VERSION_CMP);
    if (operator === null) {
      if (specs.length === 0) return undefined;
      throw new Unsure();
    }
    if (s.text.startsWith('=', s.at)) throw new Unsure(); // `===`
    specs.push({ operator: operator as VersionSpec['operator'], version: s.expect(VERSION) });
  } while (s.literal(','));
  return specs;
}

/** `MarkerOr = MarkerAnd "or" MarkerOr | MarkerAnd`: right-nested, as the grammar builds it. */
function markerOr(s: Scanner): EnvironmentMarker {
  const left = markerAnd(s);
  if (!keyword(s, 'or')) return left;
  return { operator: 'or', left, right: markerOr(s) };
}

function markerAnd(s: Scanner): EnvironmentMarker {
  const left = markerExpr(s);
  if (!keyword(s, 'and')) return left;
  return { operator: 'and', left, right: markerAnd(s) };
}

/** `and` / `or` followed by a blank or `(`; anything else glued to it is left to the library. */
function keyword(s: Scanner, word: string): boolean {
  s.blanks();
  if (!s.text.startsWith(word, s.at)) return false;
  const next = s.text[s.at + word.length];
  if (next !== ' ' && next !== '\t' && next !== '(') throw new Unsure();
  s.at += word.length;
  return true;
}

function markerExpr(s: Scanner): EnvironmentMarker {
  if (s.literal('(')) {
    const inner = markerOr(s);
    if (!s.literal(')')) throw new Unsure();
    return inner;
  }
  const left = markerVar(s);
  const operator = markerOp(s);
  const right = markerVar(s);
  return { left, operator, right } as EnvironmentMarker;
}

function markerVar(s: Scanner): string {
  const found = s.token(PYTHON_STR) ?? s.token(ENV_VAR);
  if (found === null) throw new Unsure();
  // `python_versionx`: the grammar would take the prefix and then fail; leave it to the library.
  if (/[A-Za-z0-9_]/.test(s.text[s.at] ?? '')) throw new Unsure();
  return found;
}

function markerOp(s: Scanner): string {
  const cmp = s.token(VERSION_CMP);
  if (cmp !== null) {
    if (s.text.startsWith('=', s.at)) throw new Unsure(); // `===`
    return cmp;
  }
  if (s.literal('in')) return 'in';
  // The grammar keeps the blanks of `not  in` as written: only the one-space form is here.
  if (s.text.startsWith('not in', s.at)) {
    s.at += 'not in'.length;
    return 'not in';
  }
  throw new Unsure();
}
