/**
 * pyproject.toml (PEP 621 `[project]` dependencies and optional-dependencies, PEP 735
 * `[dependency-groups]`, Poetry's tables), Pipfile, Pipfile.lock, poetry.lock and uv.lock, read
 * with a TOML library and turned into requirements text: one PEP 508 line per requirement
 * (locks: pinned, with their hashes), each group under a `# djstack-group: …` comment naming the
 * array it came from, so that the pyproject exporter can write each array back.
 */
import { uvLockEntries } from './uv-lock';
import { parse as parseToml } from 'smol-toml';
import { poetryToPep440 } from './poetry-version';

/** The kinds of dependency files import reads besides requirements.txt. */
export type DependencyFileKind = 'pyproject' | 'pipfile' | 'pipfile-lock' | 'poetry-lock' | 'uv-lock';

/** The kind of a dependency file, from its name; null for requirements files. */
export function dependencyFileKind(fileName: string): DependencyFileKind | null {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  if (base === 'pyproject.toml') return 'pyproject';
  if (base === 'pipfile') return 'pipfile';
  if (base === 'pipfile.lock') return 'pipfile-lock';
  if (base === 'poetry.lock') return 'poetry-lock';
  if (base === 'uv.lock') return 'uv-lock';
  return null;
}

/** Requirements text read from a dependency file, or why it could not be read. */
export type DependencyText =
  | {
      ok: true;
      text: string;
      notes: string[];
      /** The Python the file says the project runs on, as a PEP 440 specifier. */
      requiresPython?: string;
    }
  | { ok: false; error: string };

/** The comment that opens a group's lines: `# djstack-group: project.optional-dependencies.dev`. */
export const GROUP_MARK = '# djstack-group: ';

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** Reads a dependency file of `kind` into requirements text. Never throws. */
export function dependencyFileText(text: string, kind: DependencyFileKind): DependencyText {
  let data: Table;
  try {
    data = kind === 'pipfile-lock' ? (JSON.parse(text) as Table) : (parseToml(text) as Table);
    if (!isTable(data)) throw new Error('expected a table');
  } catch (error) {
    const what = kind === 'pipfile-lock' ? 'JSON' : 'TOML';
    return {
      ok: false,
      error: `not valid ${what}: ${oneLine(error instanceof Error ? error.message.split('\n')[0]! : String(error))}`,
    };
  }
  const out = new Writer();
  if (kind === 'pyproject') readPyproject(data, out);
  else if (kind === 'pipfile') readPipfile(data, out);
  else if (kind === 'pipfile-lock') readPipfileLock(data, out);
  else if (kind === 'poetry-lock') readPoetryLock(data, out);
  else readUvLock(data, out);
  const requiresPython = pythonOf(data, kind);
  return {
    ok: true,
    text: out.lines.map((line) => `${line}\n`).join(''),
    notes: out.notes,
    ...(requiresPython ? { requiresPython } : {}),
  };
}

/** Where each kind of file says which Python the project runs on. */
function pythonOf(data: Table, kind: DependencyFileKind): string | undefined {
  const at = (value: unknown, ...path: string[]): unknown =>
    path.reduce<unknown>((v, key) => (isTable(v) ? v[key] : undefined), value);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const poetry = (value: unknown) => {
    const constraint = text(value);
    const converted = constraint ? poetryToPep440(constraint) : undefined;
    return converted && 'specifier' in converted && converted.specifier ? converted.specifier : undefined;
  };
  const pipfile = (value: unknown) => {
    const version = text(value);
    return version ? `==${version}${version.split('.').length < 3 ? '.*' : ''}` : undefined;
  };
  if (kind === 'pyproject')
    return text(at(data, 'project', 'requires-python')) ?? poetry(at(data, 'tool', 'poetry', 'dependencies', 'python'));
  if (kind === 'uv-lock') return text(data['requires-python']);
  if (kind === 'poetry-lock') return poetry(at(data, 'metadata', 'python-versions'));
  const requires = kind === 'pipfile' ? at(data, 'requires') : at(data, '_meta', 'requires');
  return pipfile(at(requires, 'python_full_version')) ?? pipfile(at(requires, 'python_version'));
}

class Writer {
  lines: string[] = [];
  notes: string[] = [];
  group(path: string): void {
    this.lines.push(`${GROUP_MARK}${oneLine(path)}`);
  }
  requirement(line: string): void {
    // A requirement is one line; a newline inside a TOML string must not start a second one.
    this.lines.push(oneLine(line));
  }
}

function stringsOf(value: unknown, where: string, out: Writer): string[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) out.notes.push(`${where} is not an array; not read`);
    return [];
  }
  return value.flatMap((item) => {
    if (typeof item === 'string') return [item];
    // PEP 735 `{include-group = "x"}`: the included group's lines are under its own name.
    if (isTable(item) && typeof item['include-group'] === 'string')
      out.notes.push(
        `${where} includes the group ${oneLine(item['include-group'])}; its requirements are read from it`,
      );
    else out.notes.push(`${where} has an entry that is not a string; not read`);
    return [];
  });
}

function readPyproject(data: Table, out: Writer): void {
  const project = isTable(data.project) ? data.project : undefined;
  if (project) {
    out.group('project.dependencies');
    stringsOf(project.dependencies, '[project] dependencies', out).forEach((r) => out.requirement(r));
    const optional = isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
    for (const [name, list] of Object.entries(optional)) {
      out.group(`project.optional-dependencies.${name}`);
      stringsOf(list, `[project.optional-dependencies] ${name}`, out).forEach((r) => out.requirement(r));
    }
  }
  const groups = isTable(data['dependency-groups']) ? data['dependency-groups'] : {};
  for (const [name, list] of Object.entries(groups)) {
    out.group(`dependency-groups.${name}`);
    stringsOf(list, `[dependency-groups] ${name}`, out).forEach((r) => out.requirement(r));
  }
  const tool = isTable(data.tool) ? data.tool : {};
  const poetry = isTable(tool.poetry) ? tool.poetry : undefined;
  if (poetry) {
    if (isTable(poetry.dependencies)) {
      out.group(project ? 'dependency-groups.poetry-main' : 'project.dependencies');
      readPoetryTable(poetry.dependencies, '[tool.poetry.dependencies]', out);
    }
    if (isTable(poetry['dev-dependencies'])) {
      out.group('dependency-groups.dev');
      readPoetryTable(poetry['dev-dependencies'], '[tool.poetry.dev-dependencies]', out);
    }
    for (const [name, group] of Object.entries(isTable(poetry.group) ? poetry.group : {})) {
      if (!isTable(group) || !isTable(group.dependencies)) continue;
      out.group(`dependency-groups.${name}`);
      readPoetryTable(group.dependencies, `[tool.poetry.group.${name}.dependencies]`, out);
    }
  }
}

/** `python = "^3.10"` as a marker: `python_version >= "3.10" and python_version < "4.0.0"`. */
function pythonMarker(constraint: string): string | null {
  const converted = poetryToPep440(constraint);
  if ('error' in converted || !converted.specifier) return null;
  return converted.specifier
    .split(',')
    .map((clause) => {
      const [, op, version] = /^(===|==|!=|~=|<=|>=|<|>)(.*)$/.exec(clause)!;
      return `python_version ${op} "${version}"`;
    })
    .join(' and ');
}

function readPoetryTable(table: Table, where: string, out: Writer): void {
  for (const [name, spec] of Object.entries(table)) {
    if (name.toLowerCase() === 'python') continue;
    for (const one of Array.isArray(spec) ? spec : [spec]) {
      const line = poetryLine(name, one, `${where} ${name}`, out);
      if (line) out.requirement(line);
    }
  }
}

function poetryLine(name: string, spec: unknown, where: string, out: Writer): string | null {
  const table: Table = typeof spec === 'string' ? { version: spec } : isTable(spec) ? spec : {};
  const extras = Array.isArray(table.extras) ? table.extras.filter((e) => typeof e === 'string') : [];
  let head = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`;
  if (typeof table.git === 'string') {
    const ref = [table.rev, table.tag, table.branch].find((r) => typeof r === 'string');
    head += ` @ git+${table.git}${ref ? `@${ref}` : ''}`;
  } else if (typeof table.url === 'string') head += ` @ ${table.url}`;
  else if (typeof table.path === 'string') {
    out.notes.push(`${where} is a local path (${oneLine(table.path)}); kept as a direct reference`);
    head += ` @ file:${table.path}`;
  } else if (typeof table.version === 'string') {
    const converted = poetryToPep440(table.version);
    if ('error' in converted) {
      out.notes.push(`${where}: ${converted.error}; not read`);
      return null;
    }
    head += converted.specifier;
  }
  const markers: string[] = [];
  if (typeof table.markers === 'string') markers.push(table.markers);
  // Poetry's `platform = "win32"` is `sys_platform == "win32"`; a value with a quote is not a platform.
  if (typeof table.platform === 'string' && !/["'\\]/.test(table.platform))
    markers.push(`sys_platform == "${oneLine(table.platform)}"`);
  if (typeof table.python === 'string') {
    const marker = pythonMarker(table.python);
    if (marker) markers.push(marker);
  }
  if (typeof table.source === 'string') out.notes.push(`${where} comes from the source "${oneLine(table.source)}"`);
  const marker = markers.length > 1 ? markers.map((m) => `(${m})`).join(' and ') : markers[0];
  return marker ? `${head}${head.includes(' @ ') ? ' ' : ''}; ${marker}` : head;
}

function readPipfile(data: Table, out: Writer): void {
  for (const [section, group] of [
    ['packages', 'project.dependencies'],
    ['dev-packages', 'dependency-groups.dev'],
  ] as const) {
    if (!isTable(data[section])) continue;
    out.group(group);
    for (const [name, spec] of Object.entries(data[section])) {
      const table: Table = typeof spec === 'string' ? { version: spec } : isTable(spec) ? spec : {};
      const extras = Array.isArray(table.extras) ? table.extras.filter((e) => typeof e === 'string') : [];
      let head = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`;
      if (typeof table.git === 'string')
        head += ` @ git+${table.git}${typeof table.ref === 'string' ? `@${table.ref}` : ''}`;
      else if (typeof table.version === 'string' && table.version !== '*') head += table.version;
      const marker = typeof table.markers === 'string' ? table.markers : undefined;
      out.requirement(marker ? `${head}${head.includes(' @ ') ? ' ' : ''}; ${marker}` : head);
    }
  }
}

function hashOptions(hashes: readonly string[]): string {
  return hashes.map((hash) => ` --hash=${hash}`).join('');
}

function readPipfileLock(data: Table, out: Writer): void {
  for (const [section, group] of [
    ['default', 'project.dependencies'],
    ['develop', 'dependency-groups.dev'],
  ] as const) {
    if (!isTable(data[section])) continue;
    out.group(group);
    for (const [name, spec] of Object.entries(data[section])) {
      if (!isTable(spec)) continue;
      const extras = Array.isArray(spec.extras) ? spec.extras.filter((e) => typeof e === 'string') : [];
      let head = `${name}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`;
      if (typeof spec.git === 'string')
        head += ` @ git+${spec.git}${typeof spec.ref === 'string' ? `@${spec.ref}` : ''}`;
      else if (typeof spec.version === 'string') head += spec.version;
      const marker = typeof spec.markers === 'string' ? spec.markers : undefined;
      const hashes = Array.isArray(spec.hashes) ? spec.hashes.filter((h): h is string => typeof h === 'string') : [];
      out.requirement(
        `${marker ? `${head}${head.includes(' @ ') ? ' ' : ''}; ${marker}` : head}${hashOptions(hashes)}`,
      );
    }
  }
}

/**
 * Poetry 2's lock (lock-version 2.1) keeps the marker a package is installed under: a string, or one
 * per dependency group, of which the package is installed under any.
 */
function poetryLockMarker(markers: unknown): string | undefined {
  if (typeof markers === 'string') return markers.trim() || undefined;
  if (!isTable(markers)) return undefined;
  const distinct = [...new Set(Object.values(markers).filter((m): m is string => typeof m === 'string'))];
  if (distinct.length === 0 || distinct.some((m) => m.trim() === '')) return undefined;
  return distinct.length === 1 ? distinct[0] : distinct.map((m) => `(${m})`).join(' or ');
}

function readPoetryLock(data: Table, out: Writer): void {
  out.group('project.dependencies');
  const legacyFiles = isTable(data.metadata) && isTable(data.metadata.files) ? data.metadata.files : {};
  for (const pkg of Array.isArray(data.package) ? data.package : []) {
    if (!isTable(pkg) || typeof pkg.name !== 'string' || typeof pkg.version !== 'string') continue;
    const source = isTable(pkg.source) ? pkg.source : undefined;
    const files = Array.isArray(pkg.files)
      ? pkg.files
      : Array.isArray(legacyFiles[pkg.name])
        ? legacyFiles[pkg.name]
        : [];
    const hashes = (files as unknown[]).flatMap((f) => (isTable(f) && typeof f.hash === 'string' ? [f.hash] : []));
    const marker = poetryLockMarker(pkg.markers);
    if (source?.type === 'git' && typeof source.url === 'string') {
      const ref = typeof source.resolved_reference === 'string' ? `@${source.resolved_reference}` : '';
      out.requirement(`${pkg.name} @ git+${source.url}${ref}${marker ? ` ; ${marker}` : ''}`);
    } else if (source?.type === 'directory' || source?.type === 'file') {
      out.notes.push(`poetry.lock: ${oneLine(pkg.name)} is a local ${source.type}; not read`);
    } else out.requirement(`${pkg.name}==${pkg.version}${marker ? ` ; ${marker}` : ''}${hashOptions(hashes)}`);
  }
}

function readUvLock(data: Table, out: Writer): void {
  out.group('project.dependencies');
  for (const entry of uvLockEntries(data)) {
    const pkg = entry.table;
    if (entry.root) continue;
    const source = isTable(pkg.source) ? pkg.source : {};
    const marker = entry.marker ? `; ${entry.marker}` : '';
    if (entry.broadened)
      out.notes.push(`uv.lock: ${oneLine(entry.name)} is reached on too many paths; written without its marker`);
    if (typeof source.git === 'string') {
      const [url, commit] = source.git.split('#');
      out.requirement(
        `${entry.name} @ git+${url!.replace(/\?.*$/, '')}${commit ? `@${commit}` : ''}${marker ? ` ${marker}` : ''}`,
      );
      continue;
    }
    if (typeof source.path === 'string' || typeof source.directory === 'string') {
      out.notes.push(`uv.lock: ${oneLine(entry.name)} is a local path; not read`);
      continue;
    }
    if (!entry.version) continue;
    const files = [pkg.sdist, ...(Array.isArray(pkg.wheels) ? pkg.wheels : [])];
    const hashes = files.flatMap((f) => (isTable(f) && typeof f.hash === 'string' ? [f.hash] : []));
    out.requirement(`${entry.name}==${entry.version}${marker ? ` ${marker}` : ''}${hashOptions(hashes)}`);
  }
}
