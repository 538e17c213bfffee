/**
 * A requirements.txt as pip reads it: requirements, file-level options, includes, and every
 * line that could not be understood, each with the file and line it came from.
 */

/** Where a logical line came from. `line` is 1-based and names the first physical line of a continued line. */
export interface RequirementSource {
  file: string;
  line: number;
  /** The logical line as pip sees it: continuations joined, comment removed. */
  text: string;
}

/** One PEP 440 clause: `>=4.2`. */
export interface VersionClause {
  operator: string;
  version: string;
}

/** A requirement given by URL or path instead of (or as well as) a name. */
export interface RequirementLink {
  /** `vcs` for git+/hg+/svn+/bzr+ URLs, `url` for other URLs, `path` for local files and folders. */
  kind: 'url' | 'vcs' | 'path';
  location: string;
}

/** A per-line or file-level pip option (`--index-url URL`, `--hash sha256:...`, `--pre`). */
export interface RequirementsOption {
  /** The long name without dashes: `index-url`, `extra-index-url`, `hash`, `pre`. */
  name: string;
  /** The value, or null for a flag. */
  value: string | null;
  source: RequirementSource;
}

export interface ParsedRequirement {
  /** The project name as written (`Django_REST_framework`), or null when only a URL/path names it. */
  name: string | null;
  /** PEP 503 normalised name (`django-rest-framework`), or null when unknown. */
  normalizedName: string | null;
  /** Extras as written, in order: `celery[redis]` → `['redis']`. */
  extras: string[];
  /** The version clauses, in order; empty for "any version". */
  specifiers: VersionClause[];
  /** The clauses joined as pip would print them: `>=4.2,<5.0` ('' for any). */
  specifier: string;
  /** The exact version when the requirement pins one (`==5.2.1`, no wildcard), else null. */
  pinned: string | null;
  /** The environment marker text (`python_version < "3.12"`), or null. */
  marker: string | null;
  link: RequirementLink | null;
  /** Installed with `-e` / `--editable`. */
  editable: boolean;
  /** Came from a `-c` constraints file: limits versions but installs nothing. */
  constraint: boolean;
  /** `--hash` values (`sha256:…`). */
  hashes: string[];
  /** Other per-requirement options (`--config-settings`, `--global-option`). */
  options: RequirementsOption[];
  source: RequirementSource;
}

export interface RequirementsInclude {
  kind: 'requirements' | 'constraints';
  /** The path as written after `-r` / `-c`. */
  path: string;
  /** The file the callback resolved it to, or null when it was not read. */
  file: string | null;
  source: RequirementSource;
}

/**
 * A line that was not understood, or understood but not fully checkable. `error`: pip would
 * refuse it too (bad syntax, unknown option, missing include). `warning`: pip accepts it but
 * this parser cannot tell everything about it (a URL without a project name, an unset variable).
 */
export interface RequirementsIssue {
  severity: 'error' | 'warning';
  message: string;
  source: RequirementSource;
}

export interface ParsedRequirements {
  /** Requirements to install, in file order (includes expanded where they appear). */
  requirements: ParsedRequirement[];
  /** Entries of `-c` constraints files. */
  constraints: ParsedRequirement[];
  /** File-level options (`--index-url`, `--pre`, `--find-links` …), in order. */
  options: RequirementsOption[];
  includes: RequirementsInclude[];
  issues: RequirementsIssue[];
}

/**
 * Reads a `-r`/`-c` include. `path` is as written; `fromFile` is the including file's name as
 * returned for it earlier (or the `file` option for the top file). Returns the included file's
 * canonical name (used to detect include cycles and in messages) and its text, or an error.
 */
export type ReadInclude = (path: string, fromFile: string) => { file: string; text: string } | { error: string };

export interface ParseRequirementsOptions {
  /** The name of the text's file, for messages and includes. Default `requirements.txt`. */
  file?: string;
  /** Follows `-r` and `-c`; without it includes are listed but not read. */
  readInclude?: ReadInclude;
  /** Values for `${VAR}` substitution, as pip takes them from the environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How deep includes may nest. Default 20. */
  maxIncludeDepth?: number;
}
