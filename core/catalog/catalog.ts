/**
 * The package catalog as the rest of core sees it: validated packages and roles with lookups
 * by name and by role. Built once from the data files in catalog/.
 */
import { PACKAGE_FILES, ROLES_FILE } from '../../catalog/index';
import { CatalogPackage, RolesFile, type RoleDefinition } from '../../catalog/schema';
import { normalizePackageName } from '../util/package-name';

export type { CatalogPackage, RoleDefinition };

export { normalizePackageName };

export class Catalog {
  readonly packages: readonly CatalogPackage[];
  readonly roles: readonly RoleDefinition[];
  private readonly byName = new Map<string, CatalogPackage>();
  private readonly byAlias = new Map<string, CatalogPackage>();
  private readonly roleById = new Map<string, RoleDefinition>();

  constructor(packages: readonly CatalogPackage[], roles: readonly RoleDefinition[]) {
    this.packages = [...packages].sort((a, b) => a.name.localeCompare(b.name));
    this.roles = roles;
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
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Validates raw package files; each error names the file and the field. */
export function validatePackageFiles(files: Record<string, unknown>): { packages: CatalogPackage[]; errors: CatalogFileError[] } {
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

let shared: Catalog | undefined;

/** The catalog shipped with the app. Throws (at start-up, in tests) if a data file is invalid. */
export function defaultCatalog(): Catalog {
  if (shared) return shared;
  const { packages, errors } = validatePackageFiles(PACKAGE_FILES);
  if (errors.length > 0) {
    throw new Error(`Invalid catalog: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  }
  const roles = RolesFile.parse(ROLES_FILE).roles;
  shared = new Catalog(packages, roles);
  return shared;
}
