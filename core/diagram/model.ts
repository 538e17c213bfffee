/**
 * The diagram: the only source data of a stack. Problems, resolved versions and exports are
 * derived from it by pure functions, never stored in it.
 *
 * Objects keep the unknown fields they were read with (`[key: string]: unknown`), so a file
 * written by a newer app or edited by hand survives a round trip unchanged.
 */

/** A JSON value, as stored in node options and unknown fields. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The Django and Python versions a stack is planned for, as "major.minor" strings. */
export interface Target {
  django: string;
  python: string;
  [extra: string]: unknown;
}

export interface Position {
  x: number;
  y: number;
}

/**
 * A requirement as the user's own file wrote it (imported from requirements.txt, pyproject.toml
 * or a lock file), kept so that an export writes back the same meaning. Credentials never appear
 * in `url` or `line`: import replaces them with `${VAR}` references.
 */
export interface NodeRequirement {
  /** The PEP 440 specifier set as written (">=4.2,<5.0", "==3.14.0", "~=2.1"); "" or absent: any. */
  specifier?: string;
  /** Extras as written (["redis"] for `celery[redis]`), in the file's order. */
  extras?: string[];
  /** The PEP 508 environment marker as written (`sys_platform == "win32"`). */
  marker?: string;
  /** A direct reference or VCS URL (`name @ URL`, `git+https://…#egg=name`). */
  url?: string;
  /** Installed with `-e` (editable). */
  editable?: boolean;
  /** `--hash=sha256:…` values, in the file's order. */
  hashes?: string[];
  /** The line's trailing comment, without the `#`. */
  comment?: string;
  /** The original logical line, for the inspector and for writing an unchanged line back verbatim. */
  line?: string;
  [extra: string]: unknown;
}

/** A package placed on the canvas. `package` is the PEP 503 normalised PyPI name. */
export interface DiagramNode {
  id: string;
  package: string;
  position: Position;
  /** A version the user pinned ("5.0.2"); the resolver must honour it. */
  pin?: string;
  /** The requirement as imported from the user's file; the resolver honours its specifier and extras. */
  requirement?: NodeRequirement;
  options?: Record<string, JsonValue>;
  [extra: string]: unknown;
}

/** A wire from a provider's output port to a consumer's input port, both carrying `role`. */
export interface DiagramEdge {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
  targetPort: string;
  role: string;
  [extra: string]: unknown;
}

/** One logical line of a kept requirements file (see RequirementsFile). */
export interface RequirementsFileEntry {
  /** The physical lines joined with "\n", credentials redacted; absent when too long to keep. */
  text?: string;
  /** For a requirement line: the package of its node. */
  package?: string;
  /** For a `-r`/`-c` line that was followed: the included file's path. */
  include?: string;
  [extra: string]: unknown;
}

/**
 * The requirements file(s) a diagram was imported from, line by line, so that export writes
 * back the user's own lines (options, comments, includes, unknown lines) for unchanged packages.
 */
export interface RequirementsFile {
  newline?: '\n' | '\r\n';
  /** The file read when it was not a requirements file (its groups are kept as `# djstack-group:` lines). */
  format?: 'pyproject' | 'pipfile' | 'pipfile-lock' | 'poetry-lock' | 'uv-lock';
  /** Node ids import placed that no file lists (the Django hub, services). */
  added?: string[];
  /** The top file first, then each include once. */
  files: {
    path: string;
    kind: 'requirements' | 'constraints';
    entries: RequirementsFileEntry[];
    [extra: string]: unknown;
  }[];
  [extra: string]: unknown;
}

export interface Diagram {
  format: 'djstack';
  version: number;
  target: Target;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The imported requirements file(s), kept for a lossless export. */
  requirementsFile?: RequirementsFile;
  [extra: string]: unknown;
}

/**
 * Whether two versions of a node differ at most in where they sit: the same package, pin,
 * options and extra fields (compared by identity, as every edit makes new objects).
 */
export function sameButPosition(a: DiagramNode, b: DiagramNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'position' || (key in b && a[key] === b[key]));
}

export const DEFAULT_TARGET: Target = { django: '5.2', python: '3.12' };

/** An empty diagram for a new document. */
export function emptyDiagram(target: Target = DEFAULT_TARGET): Diagram {
  return { format: 'djstack', version: 1, target: { ...target }, nodes: [], edges: [] };
}
