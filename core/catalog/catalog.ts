/**
 * The package catalog as the rest of core sees it: validated packages and roles with lookups
 * by name and by role, and the dependency records of packages outside the catalog that its
 * releases require (never shown in the palette). Built once from the data files in catalog/.
 */
import { DEPENDENCY_FILES, PACKAGE_FILES, ROLES_FILE, VALIDATED } from '../../catalog/index';
import { CatalogPackage, DependencyRecord, RolesFile, type RoleDefinition } from '../../catalog/schema';
import { normalizePackageName } from '../util/package-name';
import { compareText } from '../util/collate';

export type { CatalogPackage, DependencyRecord, RoleDefinition };

export { normalizePackageName };

export class Catalog {
  readonly packages: readonly CatalogPackage[];
  readonly roles: readonly RoleDefinition[];
  private readonly byName = new Map<string, CatalogPackage>();
  private readonly byAlias = new Map<string, CatalogPackage>();
  private readonly roleById = new Map<string, RoleDefinition>();
  private readonly depByName = new Map<string, DependencyRecord>();
  /** Dependency records (catalog/deps), by name order. */
  readonly dependencies: readonly DependencyRecord[];

  constructor(
    packages: readonly CatalogPackage[],
    roles: readonly RoleDefinition[],
    dependencies: readonly DependencyRecord[] = [],
  ) {
    this.packages = [...packages].sort((a, b) => compareText(a.name, b.name));
    this.roles = roles;
    this.dependencies = [...dependencies].sort((a, b) => compareText(a.name, b.name));
    for (const dep of this.dependencies) this.depByName.set(dep.name, dep);
    for (const pkg of this.packages) {
      this.byName.set(pkg.name, pkg);
      for (const alias of pkg.aliases) this.byAlias.set(normalizePackageName(alias), pkg);
    }
    for (const role of roles) this.roleById.set(role.id, role);
  }

  /** The package with this PyPI name (any spelling, or a known alias), if the catalog has it. */
  get(name: string): CatalogPackage | undefined {
    const normal = normalizePackageName(name);
    return this.byName.get(normal) ?? this.byAlias.get(normal);
  }

  /** The dependency record of a package outside the catalog (kombu, redis, asgiref), if any. */
  dependency(name: string): DependencyRecord | undefined {
    return this.depByName.get(normalizePackageName(name));
  }

  role(id: string): RoleDefinition | undefined {
    return this.roleById.get(id);
  }

  /** Packages with an output port of this role. */
  providersOf(role: string): CatalogPackage[] {
    return this.packages.filter((pkg) => pkg.provides.some((port) => port.role === role));
  }

  /** Packages with an input port of this role. */
  consumersOf(role: string): CatalogPackage[] {
    return this.packages.filter((pkg) => pkg.needs.some((port) => port.role === role));
  }
}

export interface CatalogFileError {
  file: string;
  /** "releases[2].django: expected a string" */
  message: string;
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates raw package files; each error names the file and the field. */
export function validatePackageFiles(files: Record<string, unknown>): {
  packages: CatalogPackage[];
  errors: CatalogFileError[];
} {
  const packages: CatalogPackage[] = [];
  const errors: CatalogFileError[] = [];
  for (const [file, data] of Object.entries(files)) {
    const parsed = CatalogPackage.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issuePath(issue.path);
        errors.push({ file, message: `${where || '(file)'}: ${issue.message}` });
      }
      continue;
    }
    if (`${parsed.data.name}.json` !== file) {
      errors.push({ file, message: `name: "${parsed.data.name}" does not match the file name` });
      continue;
    }
    packages.push(parsed.data);
  }
  return { packages, errors };
}

/** Validates raw dependency records (catalog/deps); each error names the file and the field. */
export function validateDependencyFiles(files: Record<string, unknown>): {
  dependencies: DependencyRecord[];
  errors: CatalogFileError[];
} {
  const dependencies: DependencyRecord[] = [];
  const errors: CatalogFileError[] = [];
  for (const [file, data] of Object.entries(files)) {
    const parsed = DependencyRecord.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file, message: `${issuePath(issue.path) || '(file)'}: ${issue.message}` });
      continue;
    }
    if (`${parsed.data.name}.json` !== file) {
      errors.push({ file, message: `name: "${parsed.data.name}" does not match the file name` });
      continue;
    }
    dependencies.push(parsed.data);
  }
  return { dependencies, errors };
}

/** The bundled catalog's files through their schemas (defaults filled in), by file name. */
export interface ValidatedFiles {
  packages: Record<string, CatalogPackage>;
  dependencies: Record<string, DependencyRecord>;
  roles: RolesFile;
}

/**
 * Validates the files shipped in catalog/; throws, naming every file and field, if one is
 * invalid. The app's builds call it at build time (scripts/prevalidated-catalog.ts), so the app
 * itself starts on data that already passed it.
 */
export function validateBundledFiles(): ValidatedFiles {
  const { packages, errors } = validatePackageFiles(PACKAGE_FILES);
  const deps = validateDependencyFiles(DEPENDENCY_FILES);
  const all = [...errors, ...deps.errors.map((e) => ({ ...e, file: `deps/${e.file}` }))];
  if (all.length > 0) {
    throw new Error(`Invalid catalog: ${all.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  }
  const byFile = <T extends { name: string }>(items: T[]) =>
    Object.fromEntries(items.map((item) => [`${item.name}.json`, item]));
  return { packages: byFile(packages), dependencies: byFile(deps.dependencies), roles: RolesFile.parse(ROLES_FILE) };
}

let shared: Catalog | undefined;

/**
 * The catalog shipped with the app. Throws (at start-up, in tests) if a data file is invalid;
 * in the app's builds the files were validated when it was built (`VALIDATED`).
 */
export function defaultCatalog(): Catalog {
  if (shared) return shared;
  const files: ValidatedFiles = VALIDATED
    ? {
        packages: PACKAGE_FILES as Record<string, CatalogPackage>,
        dependencies: DEPENDENCY_FILES as Record<string, DependencyRecord>,
        roles: ROLES_FILE as RolesFile,
      }
    : validateBundledFiles();
  const packages = Object.values(files.packages);
  // A record for a name the catalog has as a package would shadow nothing: the package wins.
  const dependencies = Object.values(files.dependencies).filter((dep) => !(`${dep.name}.json` in files.packages));
  shared = new Catalog(packages, files.roles.roles, dependencies);
  return shared;
}
