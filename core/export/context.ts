/**
 * What every exporter reads: the diagram's packages with the versions the resolver chose, the
 * wiring between them, node options with their catalog defaults, and the services behind them.
 * Exporters never look at the diagram directly, so "which version?" has one answer.
 */
import type { Catalog, CatalogPackage } from '../catalog/catalog';
import type { DiagramNode, Diagram, JsonValue } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';
import type { Resolution } from '../resolve/types';
import { fits, isKnownVersionSyntax, isVersion, newestFirst } from '../util/pep440';

function safeResolve(diagram: Diagram, catalog: Catalog): Resolution {
  try {
    return resolveDiagram(diagram, catalog);
  } catch (error) {
    const message = `The stack could not be resolved (${(error as Error).message}).`;
    return { ok: false, packages: {}, implicit: {}, nodes: {}, levels: {}, explanation: message, failures: [] };
  }
}

export interface StackNode {
  node: DiagramNode;
  /** The catalog entry; undefined for an unknown package. */
  pkg: CatalogPackage | undefined;
  /** The PEP 503 name: the catalog's, or the node's own for an unknown package. */
  name: string;
}

/** A service on the canvas (Redis, PostgreSQL) and the environment variable carrying its URL. */
export interface ServiceRef {
  name: string;
  nodeId: string;
  urlEnv: string;
  localUrl: string;
  image: string;
  port: number;
}

export class StackContext {
  readonly nodes: StackNode[];
  readonly resolution: Resolution;
  private readonly serviceEnv = new Map<string, string>();

  constructor(
    readonly diagram: Diagram,
    readonly catalog: Catalog,
    resolution?: Resolution,
  ) {
    this.resolution = resolution ?? safeResolve(diagram, catalog);
    this.nodes = diagram.nodes.map((node) => {
      const pkg = catalog.get(node.package);
      return { node, pkg, name: pkg?.name ?? node.package };
    });
    // Two nodes of the same service get distinct variables (REDIS_URL, REDIS_URL_2).
    const used = new Map<string, number>();
    for (const { node, pkg } of this.nodes) {
      if (pkg?.kind !== 'service' || !pkg.service) continue;
      const count = (used.get(pkg.service.urlEnv) ?? 0) + 1;
      used.set(pkg.service.urlEnv, count);
      this.serviceEnv.set(node.id, count === 1 ? pkg.service.urlEnv : `${pkg.service.urlEnv}_${count}`);
    }
  }

  /** Python packages of the catalog on the canvas (one entry per package name, first node wins). */
  get pythonPackages(): StackNode[] {
    const seen = new Set<string>();
    return this.nodes.filter((n) => {
      if (n.pkg?.kind !== 'python' || seen.has(n.name)) return false;
      seen.add(n.name);
      return true;
    });
  }

  /** Whether a package is on the canvas. */
  has(name: string): boolean {
    return this.nodes.some((n) => n.name === name);
  }

  nodeOf(name: string): StackNode | undefined {
    return this.nodes.find((n) => n.name === name);
  }

  /**
   * The version exports are written for: the resolver's choice, else the node's pin, else the
   * newest catalog release that fits the target (so a stack that does not resolve still exports).
   */
  version(name: string): string | undefined {
    const resolved = this.resolution.packages[name];
    if (resolved) return resolved;
    const stackNode = this.nodeOf(name);
    if (stackNode?.node.pin && isVersion(stackNode.node.pin)) return stackNode.node.pin;
    const pkg = stackNode?.pkg ?? this.catalog.get(name);
    if (!pkg || pkg.releases.length === 0) return undefined;
    // Never outside the user's own range: a range no release fits leaves the version unknown.
    const range = stackNode?.node.requirement?.specifier;
    const releases = [...pkg.releases]
      .filter((r) => !range || fits(r.version, range))
      .sort((a, b) => newestFirst(a.version, b.version));
    if (releases.length === 0) return undefined;
    const target = this.diagram.target;
    // A target that is not a version (a hand-edited file) fits no release: the newest is used.
    const valid = isKnownVersionSyntax(target.django) && isKnownVersionSyntax(target.python);
    const fitting = valid && releases.find((r) => fits(target.django, r.django) && fits(target.python, r.python));
    return (fitting || releases[0])!.version;
  }

  /** Whether `name` is on the canvas and its export version (always a valid version) is inside `specifier`. */
  is(name: string, specifier: string): boolean {
    const version = this.has(name) ? this.version(name) : undefined;
    return version !== undefined && fits(version, specifier);
  }

  /** The Django version the project is written for: the resolved django, else the target. */
  get djangoVersion(): string {
    const fromTarget = `${this.diagram.target.django}.0`;
    // A target that is not a version (a hand-edited file) falls back to the app's default.
    return this.resolution.packages.django ?? this.version('django') ?? (isVersion(fromTarget) ? fromTarget : '5.2.0');
  }

  /** Whether the project's Django version is inside `specifier` (">=4.2"). */
  django(specifier: string): boolean {
    return fits(this.djangoVersion, specifier);
  }

  /** Nodes wired into an input `role` of any node of package `consumer`. */
  providersInto(consumer: string, role: string): StackNode[] {
    const targets = new Set(this.nodes.filter((n) => n.name === consumer).map((n) => n.node.id));
    const sources = this.diagram.edges
      .filter((e) => targets.has(e.target) && e.targetPort === role)
      .map((e) => e.source);
    return this.nodes.filter((n) => sources.includes(n.node.id));
  }

  /** Nodes that an output `role` of package `provider` is wired into. */
  consumersOf(provider: string, role: string): StackNode[] {
    const sources = new Set(this.nodes.filter((n) => n.name === provider).map((n) => n.node.id));
    const targets = this.diagram.edges
      .filter((e) => sources.has(e.source) && e.sourcePort === role)
      .map((e) => e.target);
    return this.nodes.filter((n) => targets.includes(n.node.id));
  }

  /** The first service wired into `consumer`'s input `role` (celery's broker, django-redis's redis). */
  serviceInto(consumer: string, role: string): ServiceRef | undefined {
    const provider = this.providersInto(consumer, role).find((n) => n.pkg?.kind === 'service' && n.pkg.service);
    return provider ? this.serviceRef(provider) : undefined;
  }

  /** Every service node on the canvas. */
  get services(): ServiceRef[] {
    return this.nodes.filter((n) => n.pkg?.kind === 'service' && n.pkg.service).map((n) => this.serviceRef(n));
  }

  private serviceRef(stackNode: StackNode): ServiceRef {
    const service = stackNode.pkg!.service!;
    return {
      name: stackNode.name,
      nodeId: stackNode.node.id,
      urlEnv: this.serviceEnv.get(stackNode.node.id) ?? service.urlEnv,
      localUrl: service.localUrl,
      image: service.image,
      port: service.port,
    };
  }

  /**
   * A node option: the user's value when it has the catalog's type, else the catalog default.
   * Only options the catalog declares are read: a key it does not declare is kept in the diagram
   * for the round trip but never exported (a shared diagram must not set CORS_ALLOW_ALL_ORIGINS
   * through a key the inspector does not show).
   */
  option(name: string, key: string): string | number | boolean | undefined {
    const stackNode = this.nodeOf(name);
    const spec = stackNode?.pkg?.options.find((o) => o.key === key);
    if (!spec) return undefined;
    const raw: JsonValue | undefined = stackNode?.node.options?.[key];
    const typeOk =
      (spec.type === 'boolean' && typeof raw === 'boolean') ||
      (spec.type === 'integer' && typeof raw === 'number' && Number.isSafeInteger(raw)) ||
      (spec.type === 'string' && typeof raw === 'string') ||
      (spec.type === 'choice' && typeof raw === 'string' && (spec.choices ?? []).includes(raw));
    return typeOk ? (raw as string | number | boolean) : spec.default;
  }

  /**
   * The setting an option declares in the catalog (`AXES_COOLOFF_TIME`, `--timeout`): exporters
   * write an option under this name, never under one of their own.
   */
  setting(name: string, key: string): string | undefined {
    return this.catalog.get(name)?.options.find((o) => o.key === key)?.setting;
  }

  /** The option's value when the user set one of the catalog's type on the node, else undefined. */
  explicit(name: string, key: string): string | number | boolean | undefined {
    const raw = this.nodeOf(name)?.node.options?.[key];
    if (raw === undefined || raw === null) return undefined;
    const value = this.option(name, key);
    return value === raw ? value : undefined;
  }

  /** A string option, or `fallback`. */
  text(name: string, key: string, fallback: string): string {
    const value = this.option(name, key);
    return typeof value === 'string' ? value : fallback;
  }

  /** A comma-separated string option as its trimmed, non-empty items (`fallback` when unset). */
  textList(name: string, key: string, fallback: string): string[] {
    return this.text(name, key, fallback)
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /** An integer option, or `fallback`. */
  integer(name: string, key: string, fallback: number): number {
    const value = this.option(name, key);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback;
  }

  /** A boolean option, or `fallback`. */
  flag(name: string, key: string, fallback: boolean): boolean {
    const value = this.option(name, key);
    return typeof value === 'boolean' ? value : fallback;
  }
}
