/**
 * The extras a package is installed with (`celery[redis]`): those the user's own requirement
 * line names, plus those the exporter adds for the wiring (celery wired to Redis, psycopg's
 * binary wheels). One function for both the requirements exporter and the resolver, so the
 * file pip reads and the graph the resolver checked agree.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { normalizeExtra } from '../util/pep508';
import { StackContext } from './context';
import { packageModule } from './packages';

/** The extras package `name` (a catalog name) is installed with in this stack, sorted. */
export function installExtras(ctx: StackContext, name: string): string[] {
  const extras = new Set<string>();
  for (const stackNode of ctx.nodes) {
    if (stackNode.name !== name) continue;
    for (const extra of stackNode.node.requirement?.extras ?? []) if (typeof extra === 'string') extras.add(extra);
  }
  for (const extra of packageModule(name)?.extras?.(ctx) ?? []) extras.add(extra);
  return [...extras].sort();
}

/**
 * The extras of every catalog Python package on the canvas, for the resolver. The versions
 * that decide some extras (django-storages' `s3` from 1.14 on) are read before resolution: the
 * pin, else the newest release for the target.
 */
export function extrasByPackage(diagram: Diagram, catalog: Catalog): Map<string, string[]> {
  const provisional = { ok: false, packages: {}, implicit: {}, nodes: {}, levels: {}, explanation: null, failures: [] };
  const ctx = new StackContext(diagram, catalog, provisional);
  const found = new Map<string, string[]>();
  for (const stackNode of ctx.pythonPackages) {
    const extras = installExtras(ctx, stackNode.name).map(normalizeExtra);
    if (extras.length > 0) found.set(stackNode.name, extras);
  }
  return found;
}
