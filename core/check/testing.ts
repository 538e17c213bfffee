/**
 * Test vocabulary for the engine: small synthetic catalogs and diagrams built in one line
 * (`stackOf(catalog, 'djangorestframework', 'django-rest-knox')`), so that tests read as
 * scenarios instead of setup. Used by tests and benchmarks only.
 */
import { Catalog, type CatalogPackage } from '../catalog/catalog';
import { CatalogPackage as CatalogPackageSchema, DependencyRecord, RolesFile } from '../../catalog/schema';
import { ROLES_FILE } from '../../catalog/index';
import { autoWire } from '../diagram/auto-wire';
import { emptyDiagram, type Diagram, type DiagramNode, type Target } from '../diagram/model';

/** Where test releases say their metadata was read. */
const TEST_SOURCE = 'https://example.org/metadata';

export type ReleaseSpec = [version: string, django: string, python?: string, requires?: Record<string, string>];

/** A release as its metadata states it, for tests of the real-graph engine (PEP 508 strings). */
export interface MetadataReleaseSpec {
  version: string;
  django?: string;
  python?: string;
  requiresDist?: string[];
  declaresPython?: string;
  yanked?: string;
}

/** A dependency record (catalog/deps) in one line: releases as [version, python, requiresDist]. */
export type DependencySpec = [version: string, python?: string, requiresDist?: string[]][];

export interface PackageSpec {
  kind?: 'python' | 'service';
  releases?: (ReleaseSpec | MetadataReleaseSpec)[];
  breakages?: { releases?: string; django?: string; python?: string; what: string; evidence: string }[];
  lines?: { line: string; python: string; endOfSupport: string; lts?: boolean; source: string }[];
  provides?: string[];
  needs?: { role: string; required?: boolean; multiple?: boolean; suggest?: string[] }[];
  status?: { state: 'maintained' | 'deprecated' | 'unmaintained'; successors?: string[]; note?: string };
  conflicts?: { package: string; versions?: string; otherVersions?: string; reason: string }[];
}

/** A catalog package parsed through the real schema (so defaults apply as in data files). */
export function testPackage(name: string, spec: PackageSpec): CatalogPackage {
  const kind = spec.kind ?? 'python';
  return CatalogPackageSchema.parse({
    name,
    kind,
    title: name,
    summary: `${name} (test package)`,
    links: {},
    status: { state: 'maintained', successors: [], ...spec.status },
    provides: (spec.provides ?? []).map((role) => ({ role })),
    needs: spec.needs ?? [],
    releases: (spec.releases ?? []).map((release) =>
      Array.isArray(release)
        ? {
            version: release[0],
            date: '2024-01-01',
            django: release[1],
            python: release[2] ?? '',
            // Test releases count as read from their metadata unless a test says otherwise.
            metadataSource: TEST_SOURCE,
            ...(release[3] ? { requires: release[3] } : {}),
          }
        : { date: '2024-01-01', django: '', python: '', metadataSource: TEST_SOURCE, ...release },
    ),
    conflicts: spec.conflicts ?? [],
    breakages: spec.breakages ?? [],
    lines: spec.lines ?? [],
    ...(kind === 'service' ? { service: { image: name, port: 1, urlEnv: 'URL', localUrl: 'x://localhost' } } : {}),
    sources: [{ url: 'https://example.org/', covers: 'test data' }],
  });
}

/** A catalog of test packages with the real roles, and dependency records outside the catalog. */
export function testCatalog(
  packages: Record<string, PackageSpec>,
  dependencies: Record<string, DependencySpec> = {},
): Catalog {
  const roles = RolesFile.parse(ROLES_FILE).roles;
  return new Catalog(
    Object.entries(packages).map(([name, spec]) => testPackage(name, spec)),
    roles,
    Object.entries(dependencies).map(([name, releases]) =>
      DependencyRecord.parse({
        name,
        releases: releases.map(([version, python, requiresDist]) => ({
          version,
          date: '2024-01-01',
          django: '',
          python: python ?? '',
          ...(requiresDist ? { requiresDist } : {}),
        })),
        sources: [{ url: 'https://example.org/', covers: 'test data' }],
      }),
    ),
  );
}

export interface StackOptions {
  target?: Partial<Target>;
  pins?: Record<string, string>;
  /** Requirements as a user's file wrote them (specifier, extras), by package. */
  requirements?: Record<string, { specifier?: string; extras?: string[] }>;
  /** Leave the edges out (auto-wire is on by default, as when a user drops packages). */
  unwired?: boolean;
}

/** A diagram with one node per package (`<package>-1`), auto-wired like the canvas does. */
export function stackOf(catalog: Catalog, ...names: (string | StackOptions)[]): Diagram {
  const options = (names.find((n) => typeof n === 'object') as StackOptions | undefined) ?? {};
  const diagram = emptyDiagram({ django: '5.2', python: '3.12', ...options.target });
  names
    .filter((n): n is string => typeof n === 'string')
    .forEach((name, i) => {
      const node: DiagramNode = {
        id: `${name}-1`,
        package: name,
        position: { x: (i % 6) * 280, y: Math.floor(i / 6) * 180 },
      };
      if (options.pins?.[name]) node.pin = options.pins[name];
      if (options.requirements?.[name]) node.requirement = { ...options.requirements[name] };
      diagram.nodes.push(node);
    });
  return options.unwired ? diagram : autoWire(diagram, catalog);
}

/** The node of `diagram` for `name` (first one). */
export function nodeOf(diagram: Diagram, name: string): DiagramNode {
  const node = diagram.nodes.find((n) => n.package === name);
  if (!node) throw new Error(`no ${name} node in the diagram`);
  return node;
}
