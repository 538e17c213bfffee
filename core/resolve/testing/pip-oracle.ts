/**
 * An independent judge of an exported requirements.txt, written for the tests and sharing no
 * code with the engine (no pip-requirements-js, no @renovatebot/pep440, no core/util): it reads
 * PEP 508 strings and markers with its own small parser and compares plain numeric versions
 * (the fixtures' versions are all of that form). It answers what pip's resolver would: every
 * Requires-Python and every Requires-Dist that applies (markers for the target Python on
 * Linux / CPython, extras requested by the file or by other requirements) is satisfied by the
 * pins, or it lists the violations.
 */

export interface OracleRelease {
  python: string;
  requiresDist: string[];
}

/** name → version → metadata, for every package the file may pin. */
export type OracleIndex = Record<string, Record<string, OracleRelease>>;

interface Clause {
  op: string;
  version: string;
}

interface Req {
  name: string;
  extras: string[];
  clauses: Clause[];
  marker: string;
}

const norm = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

function parseClauses(text: string): Clause[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(~=|===|==|!=|<=|>=|<|>)\s*(.+)$/.exec(part);
      if (!match) throw new Error(`oracle: bad clause "${part}"`);
      return { op: match[1]!, version: match[2]!.trim() };
    });
}

/** `name[extra,…] clauses ; marker`, as Requires-Dist writes it. */
export function parseReq(text: string): Req {
  const [head, ...rest] = text.split(';');
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*\(?([^)]*)\)?\s*$/.exec(head!);
  if (!match) throw new Error(`oracle: bad requirement "${text}"`);
  return {
    name: norm(match[1]!),
    extras: (match[2] ?? '')
      .split(',')
      .map((e) => norm(e.trim()))
      .filter(Boolean),
    clauses: parseClauses(match[3] ?? ''),
    marker: rest.join(';').trim(),
  };
}

/**
 * A release's numbers for comparison; a post-release (`2.9.0.post0`) sorts after its release
 * and before the next, so it becomes one more component ([2, 9, 0, -1] for 2.9.0 is not needed:
 * absent components count as 0, and the post number is offset by one).
 */
function numbers(version: string): number[] {
  const post = /^(.*)\.post(\d+)$/.exec(version);
  if (post) return [...numbers(post[1]!), 0.5 + Number(post[2])];
  return version.split('.').map((part) => {
    const n = Number(part);
    if (!Number.isInteger(n)) throw new Error(`oracle: version "${version}" is not plain numeric`);
    return n;
  });
}

function cmp(a: string, b: string): number {
  const x = numbers(a);
  const y = numbers(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function clauseHolds(version: string, { op, version: bound }: Clause): boolean {
  if (bound.endsWith('.*')) {
    const prefix = numbers(bound.slice(0, -2));
    const mine = numbers(version);
    const same = prefix.every((n, i) => (mine[i] ?? 0) === n);
    return op === '==' ? same : op === '!=' ? !same : false;
  }
  const c = cmp(version, bound);
  switch (op) {
    case '==':
    case '===':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '~=': {
      const parts = numbers(bound);
      const upper = [...parts.slice(0, -2), (parts[parts.length - 2] ?? 0) + 1].join('.');
      return c >= 0 && cmp(version, upper) < 0;
    }
    default:
      throw new Error(`oracle: operator ${op}`);
  }
}

/** Whether `version` satisfies every clause of `specifier` ("" = any). */
export function holds(version: string, specifier: string): boolean {
  return parseClauses(specifier).every((clause) => clauseHolds(version, clause));
}

/** Evaluates a marker (and/or/parentheses/comparisons) for `python` on Linux with `extra`. */
export function markerHolds(marker: string, python: string, extra: string): boolean {
  const env: Record<string, string> = {
    python_version: python,
    python_full_version: `${python}.0`,
    sys_platform: 'linux',
    platform_system: 'Linux',
    os_name: 'posix',
    platform_python_implementation: 'CPython',
    implementation_name: 'cpython',
    platform_machine: 'x86_64',
    extra,
  };
  const tokens =
    marker.match(/\(|\)|"[^"]*"|'[^']*'|===|==|!=|<=|>=|~=|<|>|not in|\bin\b|\band\b|\bor\b|[A-Za-z_][A-Za-z0-9_]*/g) ??
    [];
  let at = 0;
  const value = (token: string) => (/^["']/.test(token) ? token.slice(1, -1) : (env[token] ?? ''));
  const isVersionVar = (token: string) => /^(python_version|python_full_version)$/.test(token);
  const primary = (): boolean => {
    if (tokens[at] === '(') {
      at++;
      const inner = or();
      at++; // ')'
      return inner;
    }
    const leftToken = tokens[at++]!;
    const op = tokens[at++]!;
    const rightToken = tokens[at++]!;
    const left = value(leftToken);
    const right = value(rightToken);
    if (op === 'in') return right.includes(left);
    if (op === 'not in') return !right.includes(left);
    if (leftToken === 'extra' || rightToken === 'extra')
      return op === '==' ? norm(left) === norm(right) : norm(left) !== norm(right);
    if (isVersionVar(leftToken) || isVersionVar(rightToken)) return clauseHolds(left, { op, version: right });
    return op === '==' ? left === right : op === '!=' ? left !== right : false;
  };
  const and = (): boolean => {
    let result = primary();
    while (tokens[at] === 'and') {
      at++;
      result = primary() && result;
    }
    return result;
  };
  const or = (): boolean => {
    let result = and();
    while (tokens[at] === 'or') {
      at++;
      result = and() || result;
    }
    return result;
  };
  return or();
}

/**
 * The violations of a requirements.txt (lines `name[extras]==version`, comments ignored) at
 * Python `python`: unpinned or unknown packages, Requires-Python, and every applicable
 * Requires-Dist whose package is missing or pinned outside its range. [] when pip would accept.
 */
export function violations(requirementsTxt: string, index: OracleIndex, python: string): string[] {
  const pins = new Map<string, string>();
  const extras = new Map<string, Set<string>>();
  const found: string[] = [];
  for (const raw of requirementsTxt.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const req = parseReq(line);
    const pin = req.clauses.find((c) => c.op === '==');
    if (!pin) {
      found.push(`${req.name} is not pinned`);
      continue;
    }
    pins.set(req.name, pin.version);
    extras.set(req.name, new Set(req.extras));
  }
  // Extras asked for by other packages' requirements switch on more requirements: to a fixed point.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, version] of pins) {
      for (const text of index[name]?.[version]?.requiresDist ?? []) {
        const req = parseReq(text);
        if (!applies(req, python, extras.get(name)!)) continue;
        const set = extras.get(req.name);
        for (const extra of req.extras)
          if (set && !set.has(extra)) {
            set.add(extra);
            changed = true;
          }
      }
    }
  }
  for (const [name, version] of pins) {
    const release = index[name]?.[version];
    if (!release) {
      if (index[name]) found.push(`${name}==${version} is not a known release`);
      continue;
    }
    if (release.python && !holds(python, release.python))
      found.push(`${name}==${version} requires Python ${release.python}`);
    for (const text of release.requiresDist) {
      const req = parseReq(text);
      if (!applies(req, python, extras.get(name)!)) continue;
      const installed = pins.get(req.name);
      if (installed === undefined) {
        if (index[req.name]) found.push(`${name}==${version} needs ${text}, which is not in the file`);
      } else if (!req.clauses.every((clause) => clauseHolds(installed, clause))) {
        found.push(`${name}==${version} needs ${text}, but the file pins ${req.name}==${installed}`);
      }
    }
  }
  return found;
}

function applies(req: Req, python: string, extras: Set<string>): boolean {
  if (!req.marker) return true;
  if (markerHolds(req.marker, python, '')) return true;
  return [...extras].some((extra) => markerHolds(req.marker, python, extra));
}
